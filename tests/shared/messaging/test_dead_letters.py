"""Dead letters an operator can fix: a poison event dead-letters, the handler is fixed (the test
swaps it in), and a re-drive applies the event exactly once; a dry run changes nothing and says
what it would change; a discard keeps its reason. On the embedded default and Kafka + PostgreSQL."""

import asyncio

import pytest
from sqlalchemy import func, select

from shared.messaging.dead_letters.schemas import RedriveOutcome
from shared.messaging.dead_letters.service import (
    DeadLetterSource,
    NotOpen,
    discard_dead_letter,
    list_dead_letters,
    redrive_dead_letters,
    show_dead_letter,
)
from shared.messaging.tables import Resolution
from shared.problems import NotFound
from tests.shared.messaging.harness import CaseOpened, Harness, effects, tables

POISON = 3


async def poisoned(harness: Harness) -> str:
    """Five cases consumed by group g, whose handler cannot handle case 3; the dead letter's event id."""
    await harness.open_cases(5)
    await harness.publish_all()
    await harness.run_until(harness.consumer(group="g", poison=POISON), effects_expected=4)
    (letter,) = await list_dead_letters(source=fixed(harness))
    return letter.event_id


def fixed(harness: Harness) -> DeadLetterSource:
    """Group g's dead letters, with the handler fixed (the one that fails no case)."""
    return DeadLetterSource(consumer=harness.consumer(group="g"), resolutions=tables.dead_letter_resolutions)


def still_broken(harness: Harness) -> DeadLetterSource:
    return DeadLetterSource(
        consumer=harness.consumer(group="g", poison=POISON), resolutions=tables.dead_letter_resolutions
    )


async def applied_cases(harness: Harness, n: int = POISON) -> int:
    return await harness.scalar(select(func.count()).select_from(effects).where(effects.c.n == n))


async def test_a_poison_event_lists_as_open_with_its_error_and_shows_its_payload(harness: Harness) -> None:
    event_id = await poisoned(harness)

    (letter,) = await list_dead_letters(source=fixed(harness), event_type=CaseOpened.event_type)
    assert (letter.event_type, letter.topic, letter.attempts) == (CaseOpened.event_type, harness.stream.topic, 3)
    assert letter.error == f"ValueError: case {POISON} cannot be handled"
    assert await list_dead_letters(source=fixed(harness), event_type="test.other.v1") == []
    assert await list_dead_letters(source=fixed(harness), topic="test.elsewhere") == []

    shown = await show_dead_letter(source=fixed(harness), event_id=event_id)
    assert shown.open and shown.data["n"] == POISON and shown.resolutions == []
    assert shown.headers["dlq_consumer_group"] == "g"
    assert shown.headers["dlq_original_topic"] == harness.stream.topic
    with pytest.raises(NotFound):
        await show_dead_letter(source=fixed(harness), event_id="no-such-event")


async def test_a_redrive_applies_the_fixed_handler_once_however_often_it_is_asked(harness: Harness) -> None:
    event_id = await poisoned(harness)

    (result,) = await redrive_dead_letters(source=fixed(harness), operator="lan", event_id=event_id)
    assert result.outcome == RedriveOutcome.applied
    with pytest.raises(NotOpen):  # asked again, by id
        await redrive_dead_letters(source=fixed(harness), operator="lan", event_id=event_id)
    assert await redrive_dead_letters(source=fixed(harness), operator="lan") == []  # asked again, for all

    assert await applied_cases(harness) == 1
    assert await list_dead_letters(source=fixed(harness)) == []
    shown = await show_dead_letter(source=fixed(harness), event_id=event_id)
    assert not shown.open
    assert [(r.resolution, r.resolved_by) for r in shown.resolutions] == [(Resolution.redriven, "lan")]
    outcome = await harness.scalar(
        select(func.count()).where(tables.inbox.c.event_id == event_id, tables.inbox.c.outcome == "processed")
    )
    assert outcome == 1
    # The consumer, handed the event again, skips it: the inbox row says it is applied.
    await harness.run_until(harness.consumer(group="g"), effects_expected=5)
    assert await applied_cases(harness) == 1


async def test_two_concurrent_redrives_apply_it_once(harness: Harness) -> None:
    event_id = await poisoned(harness)

    results = await asyncio.gather(
        redrive_dead_letters(source=fixed(harness), operator="lan", event_id=event_id),
        redrive_dead_letters(source=fixed(harness), operator="minh", event_id=event_id),
        return_exceptions=True,
    )
    outcomes = sorted(
        "refused" if isinstance(r, NotOpen) else r[0].outcome  # type: ignore[index]
        for r in results
    )
    # The loser found the row already flipped, either when it listed it or when it claimed it.
    assert outcomes in (["applied", "not_open"], ["applied", "refused"]), results
    assert await applied_cases(harness) == 1
    assert await harness.scalar(select(func.count()).select_from(tables.dead_letter_resolutions)) == 1


async def test_a_dry_run_reports_what_it_would_change_and_changes_nothing(harness: Harness) -> None:
    event_id = await poisoned(harness)

    (tried,) = await redrive_dead_letters(source=fixed(harness), operator="lan", event_id=event_id, dry_run=True)
    assert tried.outcome == RedriveOutcome.would_apply
    assert [(c.statement, c.table, c.rows) for c in tried.changes] == [("INSERT", "effects", 1)]
    assert await applied_cases(harness) == 0
    assert [letter.event_id for letter in await list_dead_letters(source=fixed(harness))] == [event_id]
    assert await harness.scalar(select(func.count()).select_from(tables.dead_letter_resolutions)) == 0

    # With the handler still broken, the dry run says so, and so does a real re-drive; it stays open.
    (broken,) = await redrive_dead_letters(source=still_broken(harness), operator="lan", dry_run=True)
    (failed,) = await redrive_dead_letters(
        source=still_broken(harness), operator="lan", event_type=CaseOpened.event_type
    )
    for result in (broken, failed):
        assert result.outcome == RedriveOutcome.failed
        assert result.error == f"ValueError: case {POISON} cannot be handled"
    assert [letter.event_id for letter in await list_dead_letters(source=fixed(harness))] == [event_id]
    assert await applied_cases(harness) == 0


async def test_a_discarded_letter_keeps_its_reason_and_is_no_longer_open(harness: Harness) -> None:
    event_id = await poisoned(harness)

    resolution = await discard_dead_letter(
        source=fixed(harness), event_id=event_id, operator="lan", reason="case 3 was opened by mistake"
    )
    assert resolution.reason == "case 3 was opened by mistake"
    assert await list_dead_letters(source=fixed(harness)) == []
    shown = await show_dead_letter(source=fixed(harness), event_id=event_id)
    assert not shown.open
    assert [(r.resolution, r.resolved_by, r.reason) for r in shown.resolutions] == [
        (Resolution.discarded, "lan", "case 3 was opened by mistake")
    ]
    # Discarded means never applied: a re-drive or a second discard is refused.
    with pytest.raises(NotOpen):
        await redrive_dead_letters(source=fixed(harness), operator="minh", event_id=event_id)
    with pytest.raises(NotOpen):
        await discard_dead_letter(source=fixed(harness), event_id=event_id, operator="minh", reason="again")
    assert await applied_cases(harness) == 0
