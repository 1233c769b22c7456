"""Conditional GET: an entity tag per response so a poller that has it gets 304 Not Modified."""

import hashlib

from fastapi import Request, Response


def entity_tag(*parts: object) -> str:
    """A strong entity tag derived from the parts that determine a response's content."""
    digest = hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()[:32]
    return f'"{digest}"'


def not_modified(request: Request, tag: str) -> Response | None:
    """A 304 response when the request's If-None-Match already names this tag, else None."""
    presented = {t.strip().removeprefix("W/") for t in request.headers.get("if-none-match", "").split(",")}
    if tag in presented or "*" in presented:
        return Response(status_code=304, headers={"ETag": tag})
    return None
