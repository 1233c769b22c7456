"""Keyset pagination: pages ordered by id, continued with `after=<last id>`."""

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from fastapi import Query
from pydantic import BaseModel, Field
from sqlalchemy import Select
from sqlalchemy.ext.asyncio import AsyncSession

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    """One page of a list; pass `next_after` as `after` for the next page (null: no more)."""

    items: list[T]
    next_after: int | None = Field(description="the `after` of the next page; null on the last page")


class PageRequest(BaseModel):
    after: int | None = None
    limit: int = 50


def page_request(
    after: int | None = Query(None, description="id of the last item of the previous page"),
    limit: int = Query(50, ge=1, le=500, description="items per page"),
) -> PageRequest:
    """FastAPI dependency: the keyset parameters of a list endpoint."""
    return PageRequest(after=after, limit=limit)


async def fetch_page(
    session: AsyncSession, statement: Select[Any], id_column: Any, page: PageRequest
) -> tuple[Sequence[Any], int | None]:
    """Run `statement` for one page; returns the rows and the next page's `after`."""
    if page.after is not None:
        statement = statement.where(id_column > page.after)
    rows = (await session.scalars(statement.order_by(id_column).limit(page.limit + 1))).all()
    if len(rows) > page.limit:
        rows = rows[: page.limit]
        return rows, getattr(rows[-1], id_column.key)
    return rows, None


async def page_of(session: AsyncSession, statement: Select[Any], id_column: Any, page: PageRequest) -> dict[str, Any]:
    """One keyset page of `statement` as the body of a Page."""
    items, next_after = await fetch_page(session, statement, id_column, page)
    return {"items": items, "next_after": next_after}
