"""An event a handler records is named after the event that caused it: applied again in other
batches (as a service restored from a backup does), the same events come out with the same ids,
and downstream inboxes skip them."""

from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from shared.bus.base import ReceivedMessage
from shared.events.envelope import CloudEvent, EventPayload
from shared.messaging.inbox import InboxConsumer
from tests.conftest import make_bus
from tests.shared.messaging.harness import CaseOpened, Harness, build_harness, tables


class CaseFollowedUp(EventPayload):
    """What the consuming side records about a case it applied."""

    event_type = "test.case.followed_up.v1"
    n: int
    k: int


def _consumer(harness: Harness) -> InboxConsumer:
    async def follow_up(session: AsyncSession, events: Sequence[CloudEvent]) -> None:
        # Case 3 is followed up twice: the second of a cause's events of a type has an id of its own.
        await harness.outbox.record_many(
            session,
            [
                (CaseFollowedUp(n=e.data["n"], k=k), e.data["person"])
                for e in events
                for k in range(2 if e.data["n"] == 3 else 1)
            ],
        )

    return InboxConsumer(
        service="test",
        group_id="g",
        topics=[harness.stream.topic],
        bus=harness.bus,
        sessionmaker=harness.sessionmaker,
        inbox=tables.inbox,
        handlers={CaseOpened.event_type: follow_up},
    )


def _messages(people: Sequence[str]) -> list[ReceivedMessage]:
    """Case n opened for people[n], at offset n of one partition."""
    messages = []
    for n, person in enumerate(people):
        sent = CloudEvent.of(CaseOpened(person=person, n=n), source="test", subject=person).to_bus_message("t")
        messages.append(
            ReceivedMessage(
                topic="t", partition=0, offset=n, key=sent.key, value=sent.value, headers=sent.headers, timestamp_ms=0
            )
        )
    return messages


async def _recorded_when_applied(
    batches: Sequence[Sequence[ReceivedMessage]], folder: Path
) -> dict[tuple[int, int], str]:
    """Apply the batches to a fresh database; the id of each follow-up, by (case, k)."""
    folder.mkdir()
    bus = await make_bus("embedded", folder)
    harness = await build_harness(bus=bus, database_url=f"sqlite+aiosqlite:///{folder / 'service.db'}")
    try:
        consumer = _consumer(harness)
        for batch in batches:
            await consumer.apply(batch)
        async with harness.sessionmaker() as session:
            envelopes = (await session.scalars(select(tables.outbox.c.envelope))).all()
    finally:
        await harness.engine.dispose()
        await bus.stop()
    return {(e["data"]["n"], e["data"]["k"]): e["id"] for e in envelopes}


async def test_a_handlers_events_keep_their_ids_however_their_causes_are_batched(tmp_path: Path) -> None:
    # Person a has two cases: in one batch, a's follow-ups cannot be told apart by person, and the
    # consumer applies that batch one event at a time; in the others each batch names a person once.
    messages = _messages(["a", "b", "a", "c", "d"])
    together = await _recorded_when_applied([messages], tmp_path / "together")
    split = await _recorded_when_applied([messages[:2], messages[2:]], tmp_path / "split")
    after_a_restore = await _recorded_when_applied([messages[:3], messages[3:]], tmp_path / "restored")

    assert together == split == after_a_restore
    assert sorted(together) == [(0, 0), (1, 0), (2, 0), (3, 0), (3, 1), (4, 0)]
    assert len(set(together.values())) == 6  # every follow-up an id of its own


async def test_the_same_follow_up_of_another_event_is_another_event(tmp_path: Path) -> None:
    # The same cases opened again are new events (new ids): their follow-ups, equal in every field
    # but the id, are new events too, not taken for the first ones.
    first = await _recorded_when_applied([_messages(["a", "b"])], tmp_path / "first")
    second = await _recorded_when_applied([_messages(["a", "b"])], tmp_path / "second")
    assert first.keys() == second.keys() and not set(first.values()) & set(second.values())
