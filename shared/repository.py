"""Repository base: all queries of a module live in its repository."""

from typing import Any, Generic, Protocol, TypeVar, cast

from sqlalchemy import CursorResult, Executable, Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from shared.pagination import PageRequest, fetch_page
from shared.problems import NotFound


class _Keyed(Protocol):
    """A mapped class whose key is `id` (every LabourLink table's)."""

    id: Any


M = TypeVar("M", bound=_Keyed)


def where_given(statement: Select[Any], *conditions: tuple[Any, ...]) -> Select[Any]:
    """The statement filtered by each condition whose value was given: `(column, value)` means
    `column == value`; `(column, value, compare)` means `compare(column, value)`, as in
    `(Placement.start_date, since, operator.ge)`."""
    for column, value, *compare in conditions:
        if value is not None:
            statement = statement.where(compare[0](column, value) if compare else column == value)
    return statement


async def rows_changed(session: AsyncSession, statement: Executable) -> int:
    """Run an UPDATE or DELETE; how many rows it changed."""
    result = cast(CursorResult[Any], await session.execute(statement))
    return result.rowcount or 0


class Repository(Generic[M]):
    """Loading and adding rows of one model."""

    model: type[M]
    noun: str  # how an error names one row: "no employer 12"

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, record_id: int) -> M | None:
        """The row with this id, or None."""
        return await self.session.get(self.model, record_id)

    async def get_or_404(self, record_id: int) -> M:
        """The row with this id, or a 404 problem."""
        record = await self.get(record_id)
        if record is None:
            raise NotFound(f"no {self.noun} {record_id}")
        return record

    async def add(self, record: M) -> M:
        """Insert a row and assign its id."""
        self.session.add(record)
        await self.session.flush()
        return record

    async def one_by(self, **equal: Any) -> M | None:
        """The row whose columns equal these values, or None."""
        return await self.session.scalar(select(self.model).filter_by(**equal).limit(1))

    async def page(self, statement: Select[Any], page: PageRequest) -> dict[str, Any]:
        """One keyset page of `statement`, ordered by id, as the body of a Page."""
        items, next_after = await fetch_page(self.session, statement, self.model.id, page)
        return {"items": items, "next_after": next_after}
