"""Idempotency-Key on POST requests (the IETF httpapi draft's header, as Stripe and others use it).

The first request with a key runs as usual; its answer is stored with the key **in the same
transaction as its effects**, so either both are kept or neither is. The same key with the same
request within 24 hours gets that first answer again, marked `Idempotent-Replayed: true`, and
changes nothing; the same key with another request is 422. Two requests with one key at the same
time: one commits, the other's effects roll back and it gets 409 (send it again for the answer).

No library fits: the ones on PyPI keep keys in a cache beside the database, which cannot make
the stored answer and the effects one transaction.
"""

import hashlib
import re
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

import anyio
from sqlalchemy import Table, delete, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from shared.db import SESSION_STATE, utcnow
from shared.problems import problem_response

HEADER = "idempotency-key"
REPLAYED_HEADER = "Idempotent-Replayed"
RETENTION = timedelta(hours=24)
_KEY = re.compile(r"^[\x21-\x7e]{1,200}$")  # visible ASCII, as the header allows


def with_idempotency_keys(document: dict[str, Any]) -> dict[str, Any]:
    """The OpenAPI document with the optional Idempotency-Key header on every POST operation."""
    for item in document.get("paths", {}).values():
        if "post" in item:
            parameters = item["post"].setdefault("parameters", [])
            if not any(p.get("name") == "Idempotency-Key" for p in parameters):
                parameters.append(
                    {
                        "name": "Idempotency-Key",
                        "in": "header",
                        "required": False,
                        "schema": {"type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[\\x21-\\x7e]+$"},
                        "description": "send the POST again with the same key and body within 24 hours "
                        "to get its first answer "
                        "(marked Idempotent-Replayed: true) instead of a second effect",
                        "example": "HCM-Q10/2026-03-02/0001",
                    }
                )
    return document


def request_hash(method: str, path: str, query: bytes, body: bytes) -> str:
    return hashlib.sha256(b"\n".join([method.encode(), path.encode(), query, body])).hexdigest()


class IdempotentRequests:
    """ASGI middleware: POSTs that carry an Idempotency-Key are answered at most once per key.

    `scope_of` names who sent the request (the gateway: the partner client), so that two
    clients' keys never meet; None lets the request through unremembered (e.g. no credentials:
    it will be refused anyway)."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        table: Callable[[], Table],
        sessionmaker: Callable[[], async_sessionmaker[AsyncSession]],
        scope_of: Callable[[Request], Awaitable[str | None]] | None = None,
    ) -> None:
        self.app = app
        self.table = table
        self.sessionmaker = sessionmaker
        self.scope_of = scope_of

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = dict(scope.get("headers", ())) if scope["type"] == "http" else {}
        key = headers.get(HEADER.encode())
        if scope["type"] != "http" or scope["method"] != "POST" or key is None:
            await self.app(scope, receive, send)
            return
        text = key.decode("latin-1")
        if not _KEY.match(text):
            await problem_response(
                status=422,
                slug="validation",
                title="Invalid input",
                instance=scope["path"],
                detail="Idempotency-Key: 1 to 200 visible ASCII characters",
                errors=[
                    {
                        "field": "Idempotency-Key",
                        "rule": "idempotency_key",
                        "message": "1 to 200 visible ASCII characters",
                    }
                ],
            )(scope, receive, send)
            return
        body, more = b"", True
        while more:
            message = await receive()
            body += message.get("body", b"")
            more = message.get("more_body", False)
        owner = await self.scope_of(Request(scope)) if self.scope_of else ""
        if owner is None:
            await self.app(scope, _replaying(body), send)
            return
        await self._answer_once(scope, send, f"{owner}:{text}" if owner else text, body)

    async def _answer_once(self, scope: Scope, send: Send, key: str, body: bytes) -> None:
        table = self.table()
        digest = request_hash(scope["method"], scope["path"], scope.get("query_string", b""), body)
        async with self.sessionmaker()() as session:
            stored = (await session.execute(select(table).where(table.c.key == key))).first()
            if stored is not None and stored.created_at < utcnow() - RETENTION:
                await session.execute(delete(table).where(table.c.key == key))
                stored = None
            if stored is not None:
                await session.rollback()
                if stored.request_hash != digest:
                    await problem_response(
                        status=422,
                        slug="validation",
                        title="Invalid input",
                        instance=scope["path"],
                        detail="this Idempotency-Key was used for another request; use a new key for a new request",
                        errors=[
                            {"field": "Idempotency-Key", "rule": "same_request", "message": "used for another request"}
                        ],
                    )(scope, _replaying(b""), send)
                    return
                replay = [
                    (b"content-type", (stored.media_type or "application/octet-stream").encode()),
                    (REPLAYED_HEADER.lower().encode(), b"true"),
                ]
                await send({"type": "http.response.start", "status": stored.status, "headers": replay})
                await send({"type": "http.response.body", "body": stored.body})
                return
            scope.setdefault("state", {})[SESSION_STATE] = session
            answer: list[Message] = []

            async def keep(message: Message) -> None:
                answer.append(message)

            await self.app(scope, _replaying(body), keep)
            start = next(m for m in answer if m["type"] == "http.response.start")
            content = b"".join(m.get("body", b"") for m in answer if m["type"] == "http.response.body")
            if start["status"] >= 500:
                await session.rollback()
            else:
                media_type = dict(start.get("headers", ())).get(b"content-type", b"").decode("latin-1") or None
                try:
                    await session.execute(
                        insert(table).values(
                            key=key,
                            request_hash=digest,
                            status=start["status"],
                            media_type=media_type,
                            body=content,
                            created_at=utcnow(),
                        )
                    )
                    await session.commit()
                except IntegrityError:
                    # Another request with this key committed first; this one's effects are undone.
                    await session.rollback()
                    await problem_response(
                        status=409,
                        slug="conflict",
                        title="Conflict",
                        instance=scope["path"],
                        detail="a request with this Idempotency-Key was being answered at the same time; "
                        "nothing was saved "
                        "by this one: send it again to receive the first answer",
                    )(scope, _replaying(b""), send)
                    return
        for message in answer:
            await send(message)


def _replaying(body: bytes) -> Receive:
    """A receive that hands the app the body already read, then, like a server, waits until the
    client goes (a waiting app is cancelled when its answer is complete)."""
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        await anyio.sleep_forever()
        return {"type": "http.disconnect"}

    return receive


async def forget_expired(session: AsyncSession, table: Table) -> None:
    """Drop the keys older than the retention period (a platform job of every service)."""
    await session.execute(delete(table).where(table.c.created_at < utcnow() - RETENTION))
