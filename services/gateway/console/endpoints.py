"""The console's pages at /console: HTTP only (the session, the forms, the language), the figures
come from service.py. Not part of the partner API: no route here takes a token or an API key,
and no partner route reads the console's session."""

import hashlib
import re
import secrets
from collections.abc import Awaitable, Callable
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, FastAPI, Query, Request
from fastapi import Path as FastAPIPath
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError
from starlette.middleware.sessions import SessionMiddleware
from starlette.types import ASGIApp, Receive, Scope, Send

from services.gateway.access.lockouts import LockedOut, Lockouts
from services.gateway.access.policy import CONSOLE_OPERATE, Category
from services.gateway.console import service
from services.gateway.console.pages import LANGUAGES, chosen_language, render
from services.gateway.console.schemas import AuditQuery, DeskAnswer, Operator, ShownLetter
from services.gateway.dependencies import Services, Session, Settings
from services.gateway.traffic.counting import counts_of
from shared.clock import today_of
from shared.db import utcnow
from shared.messaging.dead_letters.schemas import DiscardRequest, RedriveResult, ResolutionRead
from shared.messaging.dead_letters.service import NotOpen
from shared.national_id import NATIONAL_ID_PATTERN, normalised
from shared.problems import (
    Forbidden,
    InvalidInput,
    NotFound,
    Problem,
    Unauthorized,
    response_for,
    validation_problem,
)

PREFIX = "/console"
COOKIE = "labourlink_console"
SESSION_HOURS = 8  # a working day; the operator logs in again the next
LANGUAGE_KEY = "language"
router = APIRouter(prefix=PREFIX, include_in_schema=False)


class ConsoleSessions:
    """Starlette's SessionMiddleware (a cookie signed by itsdangerous) for /console only: HttpOnly,
    SameSite=Strict, Secure when the request came over https, 8 hours. Built on the first request,
    when the gateway's settings (the key it derives from) are known."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.sessions: dict[bool, SessionMiddleware] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not (scope["path"] + "/").startswith(PREFIX + "/"):
            await self.app(scope, receive, send)  # a partner route has no session to read
            return
        secure = scope.get("scheme") == "https"
        if secure not in self.sessions:
            signing_key = scope["app"].state.settings.token_signing_key
            self.sessions[secure] = SessionMiddleware(
                self.app,
                # A key of its own, derived from the gateway's secret: a session cookie is no token.
                secret_key=hashlib.sha256(b"labourlink-console-session:" + signing_key.encode()).hexdigest(),
                session_cookie=COOKIE,
                max_age=SESSION_HOURS * 3600,
                path=PREFIX,
                same_site="strict",
                https_only=secure,
            )
        await self.sessions[secure](scope, receive, send)


class ClosedDesk:
    """The dead-letter desk every service app serves (shared/app.py) is refused on the gateway,
    whoever asks: 404 as for a path that does not exist. The gateway's dead letters carry
    national IDs, and its port faces the partners; the console handles them in-process."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] == "http" and (path + "/").startswith(service.DESK + "/"):
            response = response_for(NotFound(f"no route {path}: the gateway serves no dead letters"), instance=path)
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)


class LoginRequired(Exception):
    """No session, or its operator no longer holds console:read: back to the login page."""


def install_console(app: FastAPI) -> None:
    """The console's session middleware and its way back to the login page; the gateway's
    dead-letter desk closed to the network (the console's Bus page is its only way in)."""
    app.add_middleware(ConsoleSessions)
    app.add_middleware(ClosedDesk)

    async def to_login(request: Request, _: Exception) -> Response:
        return RedirectResponse(f"{PREFIX}/login", status_code=303)

    app.add_exception_handler(LoginRequired, to_login)


async def signed_in(request: Request, session: Session) -> Operator:
    """The operator of this session, as the registry holds them now."""
    client_id = request.session.get(service.OPERATOR_KEY)
    operator = await service.operator_of(session=session, client_id=client_id) if isinstance(client_id, str) else None
    if operator is None:
        request.session.pop(service.OPERATOR_KEY, None)
        raise LoginRequired
    return operator


Console = Annotated[Operator, Depends(signed_in)]


async def checked_form(request: Request) -> dict[str, str]:
    """The posted form, refused (403) unless it carries the session's anti-forgery token.

    Ours, on the session: the well-kept libraries do not fit a console of plain HTML forms.
    starlette-csrf reads the token from a header only (a form without JavaScript cannot send one);
    fastapi-csrf-protect keeps its secret and settings in class variables, one per process, where
    the gateway's come from its settings. A token kept in the signed session and compared in
    constant time is the synchronizer-token pattern; SameSite=Strict already keeps other sites'
    forms from carrying the cookie."""
    form = {key: value for key, value in (await request.form()).items() if isinstance(value, str)}
    if not service.csrf_holds(request.session, form.get("csrf_token")):
        raise Forbidden("the form's anti-forgery token is missing or stale: reload the page and try again")
    return form


Form = Annotated[dict[str, str], Depends(checked_form)]


def page(
    request: Request, template: str, *, status: int = 200, operator: Operator | None = None, **context: Any
) -> HTMLResponse:
    """The page in the operator's language, with what every page needs; no request may leave the
    machine, and the Content-Security-Policy says so to the browser too."""
    language = chosen_language(request.session.get(LANGUAGE_KEY), request.headers.get("accept-language", ""))
    nonce = secrets.token_urlsafe(16)
    html = render(
        language,
        template,
        operator=operator,
        csrf_token=service.csrf_token(request.session),
        path=request.url.path,
        query_string=request.url.query,
        nonce=nonce,
        **context,
    )
    return HTMLResponse(
        html,
        status_code=status,
        headers={
            "Content-Security-Policy": (
                f"default-src 'none'; style-src 'nonce-{nonce}'; img-src 'self' data:; form-action 'self'; "
                "frame-ancestors 'none'; base-uri 'none'"
            ),
            "Cache-Control": "no-store",
            "Referrer-Policy": "same-origin",
            "X-Content-Type-Options": "nosniff",
        },
    )


def given(value: str | None) -> str | None:
    """A form field's value; an empty field is not given."""
    return value.strip() or None if value is not None else None


def _day(field: str, value: str | None) -> date | None:
    if (text := given(value)) is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise InvalidInput.of(field, "iso_date", "a date as YYYY-MM-DD") from error


@router.get("")
async def home() -> Response:
    return RedirectResponse(f"{PREFIX}/targets", status_code=303)


@router.get("/login")
async def login_page(request: Request) -> HTMLResponse:
    return page(request, "login.html")


@router.post("/login")
async def log_in(request: Request, session: Session, settings: Settings, form: Form) -> Response:
    """Sign in with the client's id and secret (an operator agency's client holding console:read)."""
    client_id = form.get("client_id", "").strip()
    try:
        await service.log_in(
            session=session,
            signing_key=settings.token_signing_key,
            hash_key=settings.credential_key,
            lockouts=Lockouts.of(session, settings),
            client_id=client_id,
            client_secret=form.get("client_secret", ""),
        )
    except (Unauthorized, LockedOut, service.NotAnOperator) as refusal:
        failure = "not_operator" if isinstance(refusal, service.NotAnOperator) else "credentials"
        return page(request, "login.html", status=refusal.status, failure=failure, client_id=client_id)
    language = request.session.get(LANGUAGE_KEY)
    request.session.clear()  # a new session on login: nothing from before it carries over but the language
    request.session.update({service.OPERATOR_KEY: client_id, **({LANGUAGE_KEY: language} if language else {})})
    return RedirectResponse(f"{PREFIX}/targets", status_code=303)


@router.post("/logout")
async def log_out(request: Request, form: Form) -> Response:
    request.session.clear()
    return RedirectResponse(f"{PREFIX}/login", status_code=303)


@router.post("/language")
async def switch_language(request: Request, form: Form) -> Response:
    """Remember the language chosen in the session; back to the page it was chosen on."""
    if (language := form.get("language")) in LANGUAGES:
        request.session[LANGUAGE_KEY] = language
    back = form.get("next", "")
    # Only a console page: an open redirect would make the console a stepping stone.
    return RedirectResponse(
        back if re.fullmatch(rf"{PREFIX}/[\w/-]*(\?[\w=&%.+-]*)?", back) else PREFIX, status_code=303
    )


Quarter = Annotated[str | None, Query(pattern=r"^((19|20|21)\d{2}-Q[1-4])?$")]


@router.get("/targets")
async def targets(
    request: Request,
    session: Session,
    operator: Console,
    quarter: Quarter = None,
    level: Literal["province", "district", "centre"] = "province",
    province: Annotated[str | None, Query(max_length=100)] = None,
    district: Annotated[str | None, Query(max_length=100)] = None,
    centre_code: Annotated[str | None, Query(max_length=40)] = None,
) -> HTMLResponse:
    figures = await service.targets(
        session=session,
        quarter=given(quarter) or service.quarter_of(today_of(session)),
        level=level,
        province=given(province),
        district=given(district),
        centre_code=given(centre_code),
    )
    return page(request, "targets.html", operator=operator, page_=figures, amber_points=service.AMBER_POINTS)


def _upstream_headers(request: Request) -> dict[str, str]:
    # Only the trace: the browser's Accept (text/html) is not what the console asks a service for.
    return {"x-request-id": request.state.request_id, "traceparent": request.state.traceparent}


@router.get("/fund")
async def fund(request: Request, upstreams: Services, operator: Console) -> HTMLResponse:
    areas = await service.fund(upstreams=upstreams, headers=_upstream_headers(request))
    return page(request, "fund.html", operator=operator, areas=areas, forecast_months=service.FORECAST_MONTHS)


def _audit_query(
    national_id: str | None,
    client_id: str | None,
    category: str | None,
    purpose: str | None,
    since: str | None,
    until: str | None,
) -> AuditQuery:
    person = given(national_id)
    if person is not None and not re.fullmatch(NATIONAL_ID_PATTERN, person):
        raise InvalidInput.of("national_id", "national_id", "12 digits (VN) or 18 characters (CN)")
    kind = given(category)
    if kind is not None and kind not in Category.__members__:
        raise InvalidInput.of("category", "known_category", f"one of {sorted(Category.__members__)}")
    return AuditQuery(
        national_id=None if person is None else normalised(person),
        client_id=given(client_id),
        category=kind,
        purpose=given(purpose),
        since=_day("since", since),
        until=_day("until", until),
    )


Text = Annotated[str | None, Query(max_length=200)]


@router.get("/audit")
async def audit(
    request: Request,
    session: Session,
    operator: Console,
    national_id: Text = None,
    client_id: Text = None,
    category: Text = None,
    purpose: Text = None,
    since: Text = None,
    until: Text = None,
) -> HTMLResponse:
    query = _audit_query(national_id, client_id, category, purpose, since, until)
    entries = await service.audit_entries(session=session, query=query)
    return page(
        request, "audit.html", operator=operator, query=query, entries=entries, categories=sorted(Category.__members__)
    )


@router.get("/audit/verify")
async def verify_audit(
    request: Request,
    session: Session,
    operator: Console,
    head_seq: Annotated[str | None, Query(pattern=r"^\d{0,19}$")] = None,
    head_hash: Annotated[str | None, Query(pattern=r"^([0-9a-f]{64})?$")] = None,
) -> HTMLResponse:
    """Recompute the chain from the page (a read: no state changes), against a kept head if given."""
    seq, digest = given(head_seq), given(head_hash)
    if (seq is None) != (digest is None):
        raise InvalidInput.of("head_hash", "together", "give head_seq and head_hash together")
    verification = await service.verify(session=session, known_head=(int(seq), digest) if seq and digest else None)
    return page(
        request,
        "audit.html",
        operator=operator,
        query=AuditQuery(),
        entries=[],
        categories=sorted(Category.__members__),
        verification=verification,
    )


@router.get("/queue")
async def queue(
    request: Request,
    session: Session,
    upstreams: Services,
    operator: Console,
    centre_code: Annotated[str | None, Query(max_length=40)] = None,
) -> HTMLResponse:
    figures = await service.caseworker_queue(
        session=session, upstreams=upstreams, headers=_upstream_headers(request), centre_code=given(centre_code)
    )
    return page(request, "queue.html", operator=operator, queue=figures)


async def _released(session: Session, _: Console) -> None:
    """End the request's transaction once the operator is read: the gateway's own figures, dead
    letters and traffic are read in sessions of their own, and on SQLite every transaction holds
    the write lock (BEGIN IMMEDIATE) that they would wait for."""
    await session.commit()


Released = Annotated[None, Depends(_released)]


async def _desks(request: Request, upstreams: Services, _: Released) -> dict[str, service.Desk]:
    return service.desks(upstreams=upstreams, runtime=request.app.state.runtime, headers=_upstream_headers(request))


Desks = Annotated[dict[str, service.Desk], Depends(_desks)]
EventId = Annotated[str, FastAPIPath(pattern=r"^[A-Za-z0-9_-][A-Za-z0-9._:-]{0,127}$")]


def _desk(desks: dict[str, service.Desk], name: str) -> service.Desk:
    if name not in desks:
        raise NotFound(f"no service {name}: one of {sorted(desks)}")
    return desks[name]


async def bus_page(
    request: Request,
    operator: Operator,
    desks: dict[str, service.Desk],
    *,
    refused: Problem | None = None,
    shown: ShownLetter | None = None,
    answer: DeskAnswer | None = None,
) -> HTMLResponse:
    """The bus page, with a dead letter shown, what an action answered, or why it was refused
    (the page's status then)."""
    return page(
        request,
        "bus.html",
        status=refused.status if refused else 200,
        operator=operator,
        services=await service.bus(desks=desks),
        refused=refused,
        shown=shown,
        answer=answer,
    )


@router.get("/bus")
async def bus(request: Request, operator: Console, desks: Desks) -> HTMLResponse:
    return await bus_page(request, operator, desks)


@router.get("/bus/{service_name}/{event_id}")
async def dead_letter(
    request: Request, operator: Console, desks: Desks, service_name: str, event_id: EventId
) -> HTMLResponse:
    """The bus page with one dead letter shown: its payload (national IDs masked), error and resolutions."""
    try:
        shown = await service.shown_letter(service=service_name, desk=_desk(desks, service_name), event_id=event_id)
    except NotFound as missing:
        return await bus_page(request, operator, desks, refused=missing)
    return await bus_page(request, operator, desks, shown=shown)


def operating(operator: Console) -> Operator:
    """The operator, who may re-drive and discard (403 otherwise: the buttons were not shown)."""
    if not operator.operates:
        raise Forbidden(f"re-driving and discarding dead letters needs {CONSOLE_OPERATE}")
    return operator


Operating = Annotated[Operator, Depends(operating)]


async def acted(
    request: Request,
    operator: Operator,
    desks: dict[str, service.Desk],
    service_name: str,
    event_id: str,
    act: Callable[[service.Desk], Awaitable[RedriveResult | ResolutionRead]],
) -> HTMLResponse:
    """The bus page with what the action on the dead letter did, or why the desk refused it."""
    try:
        done = await act(_desk(desks, service_name))
    except (NotFound, NotOpen) as refusal:
        return await bus_page(request, operator, desks, refused=refusal)
    answer = DeskAnswer(
        service=service_name,
        event_id=event_id,
        redrive=done if isinstance(done, RedriveResult) else None,
        discard=done if isinstance(done, ResolutionRead) else None,
    )
    return await bus_page(request, operator, desks, answer=answer)


@router.post("/bus/{service_name}/{event_id}/redrive")
async def redrive(
    request: Request, operator: Operating, desks: Desks, form: Form, service_name: str, event_id: EventId
) -> HTMLResponse:
    """Re-drive the dead letter with the service's handler, or with dry_run try it and roll back."""
    dry_run = form.get("dry_run") == "true"
    return await acted(
        request,
        operator,
        desks,
        service_name,
        event_id,
        lambda desk: desk.redrive(event_id, operator=operator.client_id, dry_run=dry_run),
    )


@router.post("/bus/{service_name}/{event_id}/discard")
async def discard(
    request: Request, operator: Operating, desks: Desks, form: Form, service_name: str, event_id: EventId
) -> HTMLResponse:
    """Close the dead letter without applying it; the reason is kept with the operator's name."""
    try:
        reason = DiscardRequest(reason=form.get("reason", "").strip()).reason
    except ValidationError as invalid:
        return await bus_page(request, operator, desks, refused=validation_problem(invalid))
    return await acted(
        request,
        operator,
        desks,
        service_name,
        event_id,
        lambda desk: desk.discard(event_id, operator=operator.client_id, reason=reason),
    )


@router.get("/partners")
async def partners(
    request: Request, session: Session, upstreams: Services, operator: Console, _: Released
) -> HTMLResponse:
    # This process's counts first, so that on one replica (make run) the page is current.
    await counts_of(request.app).flush(request.app.state.sessionmaker)
    figures = await service.partners(session=session, upstreams=upstreams, now=utcnow())
    return page(request, "partners.html", operator=operator, page_=figures)
