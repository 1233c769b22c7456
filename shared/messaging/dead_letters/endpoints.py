"""The dead-letter desk of every service, for the operator console: under /operations, which no
exposure of the gateway covers, so partners never reach it (routes.py routes only what it lists)."""

from typing import Annotated

from fastapi import APIRouter, Depends, Header, Request

from shared.messaging.dead_letters import service
from shared.messaging.dead_letters.schemas import (
    DeadLetterDetail,
    DeadLetterRead,
    DiscardRequest,
    RedriveResult,
    ResolutionRead,
)
from shared.messaging.dead_letters.service import DeadLetterSource, NotOpen

router = APIRouter(prefix="/operations/dead-letters", tags=["operations"])


def _source(request: Request) -> DeadLetterSource:
    return service.source_of(request.app.state.runtime)


Source = Annotated[DeadLetterSource, Depends(_source)]
# Who acts, as the console knows its signed-in operator; kept with each re-drive and discard.
Operator = Annotated[str, Header(alias="X-Operator", min_length=1, max_length=200)]


@router.get("", response_model=list[DeadLetterRead])
async def list_dead_letters(source: Source, event_type: str | None = None, topic: str | None = None) -> object:
    """The open dead letters of this service's consumer, in the order they were consumed."""
    return await service.list_dead_letters(source=source, event_type=event_type, topic=topic)


@router.post("/redrive", response_model=list[RedriveResult])
async def redrive_dead_letters(
    source: Source, operator: Operator, event_type: str | None = None, topic: str | None = None, dry_run: bool = False
) -> object:
    """Re-drive every open dead letter of a type, a topic, or all; each in a transaction of its own."""
    return await service.redrive_dead_letters(
        source=source, operator=operator, event_type=event_type, topic=topic, dry_run=dry_run
    )


@router.get("/{event_id}", response_model=DeadLetterDetail)
async def show_dead_letter(event_id: str, source: Source) -> object:
    """One dead letter with its payload, headers, error and what became of it."""
    return await service.show_dead_letter(source=source, event_id=event_id)


@router.post("/{event_id}/redrive", response_model=RedriveResult)
async def redrive_dead_letter(event_id: str, source: Source, operator: Operator, dry_run: bool = False) -> object:
    """Apply the dead letter with the service's handler (once, however many ask); with dry_run,
    roll back and report the statements it would run."""
    results = await service.redrive_dead_letters(source=source, operator=operator, event_id=event_id, dry_run=dry_run)
    (result,) = results
    if result.outcome == "not_open":  # a concurrent re-drive or discard came first
        raise NotOpen(f"the dead letter of event {event_id} was resolved meanwhile", event_id=event_id)
    return result


@router.post("/{event_id}/discard", response_model=ResolutionRead)
async def discard_dead_letter(event_id: str, body: DiscardRequest, source: Source, operator: Operator) -> object:
    """Close the dead letter without applying it; the reason is kept."""
    return await service.discard_dead_letter(source=source, event_id=event_id, operator=operator, reason=body.reason)
