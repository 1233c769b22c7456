"""Contributions partitioned by month on PostgreSQL: created ahead by the service's job, and a month
that arrives before its partition is still imported, then given its own."""

from datetime import date

import httpx
from sqlalchemy import text

from tests.services.social_insurance import builders
from tests.services.support import sessionmaker_of, set_today

PERSON = "079190001234"


async def _partitions_of(client: httpx.AsyncClient) -> dict[str, int] | None:
    """Rows per table that holds them, or None on SQLite (one table)."""
    async with sessionmaker_of(client)() as session:
        if session.bind.dialect.name != "postgresql":
            return None
        rows = await session.execute(text("SELECT tableoid::regclass::text, count(*) FROM contributions GROUP BY 1"))
        months = await session.scalars(
            text(
                "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
                "WHERE i.inhparent = 'contributions'::regclass"
            )
        )
        return {**dict.fromkeys(months.all(), 0), **{name.partition(".")[2]: n for name, n in rows.tuples()}}


async def test_a_month_without_a_partition_is_imported_and_moved_into_its_own_by_the_job(
    client: httpx.AsyncClient,
) -> None:
    set_today(client, date(2026, 3, 10))
    lines = builders.contribution_lines(PERSON, last_day=date(2019, 6, 30), months=2)
    first = await builders.import_contributions(client, lines)
    assert first["created"] == 2
    before = await _partitions_of(client)

    await client._transport.app.state.runtime.run_periodic_once()  # type: ignore[attr-defined]

    after = await _partitions_of(client)
    if after is not None:
        assert before is not None and before["contributions_default"] == 2
        # The stray months have their own partitions now, and this month and the next three are ready.
        assert after == {
            "contributions_default": 0,
            "contributions_2019_05": 1,
            "contributions_2019_06": 1,
            "contributions_2026_03": 0,
            "contributions_2026_04": 0,
            "contributions_2026_05": 0,
            "contributions_2026_06": 0,
        }
    # Sending the file again after the move still finds each month: unchanged, or updated, same ids.
    again = await builders.import_contributions(client, [lines[0], {**lines[1], "paid_on": None}])
    assert [(r["status"], r["id"]) for r in again["results"]] == [
        ("unchanged", first["results"][0]["id"]),
        ("updated", first["results"][1]["id"]),
    ]
    listed = (await client.get("/contributions", params={"national_id": PERSON})).json()
    assert [c["month"] for c in listed["items"]] == ["2019-05", "2019-06"]


async def test_months_ahead_are_imported_into_their_partitions_and_the_job_runs_again_without_change(
    client: httpx.AsyncClient,
) -> None:
    set_today(client, date(2026, 3, 10))
    runtime = client._transport.app.state.runtime  # type: ignore[attr-defined]
    await runtime.run_periodic_once()
    await runtime.run_periodic_once()  # a second round (or a second worker) finds them made
    lines = builders.contribution_lines(PERSON, last_day=date(2026, 3, 31), months=2, paid=False)
    assert (await builders.import_contributions(client, lines))["created"] == 2

    partitions = await _partitions_of(client)
    if partitions is not None:
        # February is past (not created ahead): it waits in the default partition for the next round.
        assert "contributions_2026_02" not in partitions
        assert (partitions["contributions_default"], partitions["contributions_2026_03"]) == (1, 1)
        assert "contributions_2026_06" in partitions and "contributions_2026_07" not in partitions
