from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import select, tuple_, update

from services.social_insurance.models import Termination
from shared.repository import Repository

# A termination is known by labour's id together with the person (see Termination).
TerminationKey = tuple[int, str]


class TerminationRepository(Repository[Termination]):
    model = Termination
    noun = "termination"

    async def recorded_versions(self, keys: Iterable[TerminationKey]) -> dict[TerminationKey, tuple[int, int]]:
        """The row id and recorded version of each of these terminations that is known."""
        wanted = set(keys)
        rows = await self.session.execute(
            select(Termination.termination_id, Termination.national_id, Termination.id, Termination.version).where(
                Termination.termination_id.in_(sorted({termination_id for termination_id, _ in wanted}))
            )
        )
        return {(t, n): (row_id, version) for t, n, row_id, version in rows if (t, n) in wanted}

    async def insert(self, rows: Sequence[Mapping[str, Any]]) -> None:
        """Record first versions."""
        self.session.add_all([Termination(**row) for row in rows])
        await self.session.flush()

    async def replace(self, rows: Sequence[Mapping[str, Any]]) -> None:
        """Overwrite recorded terminations with newer versions, each row naming its `id`."""
        if rows:
            await self.session.execute(update(Termination), list(rows))  # UPDATE by primary key, one statement

    async def current(self, keys: Sequence[TerminationKey]) -> list[Termination]:
        """The recorded version of each of these terminations, in the order given (rows already
        loaded are refreshed: a correction may just have replaced them)."""
        if not keys:
            return []
        rows = await self.session.scalars(
            select(Termination)
            .where(tuple_(Termination.termination_id, Termination.national_id).in_(list(keys)))
            .execution_options(populate_existing=True)
        )
        by_key = {(t.termination_id, t.national_id): t for t in rows}
        return [by_key[key] for key in keys]
