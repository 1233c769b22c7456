"""Centres and their caseworkers (包保责任制): every registered person has a responsible
caseworker at their centre, chosen so that caseloads stay balanced."""

import heapq
from collections.abc import Sequence
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from services.labour.centres.repository import CaseworkerRepository, CentreRepository, ContactRepository
from services.labour.centres.schemas import (
    CaseworkerCreate,
    CaseworkerRead,
    CentreCreate,
    CentreRead,
    ContactCreate,
    ContactRead,
    MonthlyProgressReport,
)
from services.labour.changes import track_change
from services.labour.models import Caseworker, Centre, ChangeKind, Contact, Registration, Worker, outbox
from services.labour.registrations.repository import RegistrationRepository
from shared.events.labour import CaseworkerAssigned
from shared.problems import Conflict, InvalidInput, NotFound


class CentreNotFound(NotFound):
    def __init__(self, *, code: str) -> None:
        super().__init__(f"no centre with code {code}", field="centre_code")


class CaseloadBalancer:
    """Hands out the least-loaded active caseworker of a centre (ties: the longest-serving)."""

    def __init__(self, loads: dict[int, int]) -> None:
        self._heap = [(load, caseworker_id) for caseworker_id, load in loads.items()]
        heapq.heapify(self._heap)

    def take(self) -> int | None:
        """The caseworker for the next person, counted in; None when the centre has nobody."""
        if not self._heap:
            return None
        load, caseworker_id = heapq.heappop(self._heap)
        heapq.heappush(self._heap, (load + 1, caseworker_id))
        return caseworker_id


async def balancers_for(*, session: AsyncSession, centre_ids: Sequence[int]) -> dict[int, CaseloadBalancer]:
    """One balancer per centre, from the current open caseloads."""
    loads = await CaseworkerRepository(session).caseloads(centre_ids)
    return {centre_id: CaseloadBalancer(centre_loads) for centre_id, centre_loads in loads.items()}


async def assign_caseworkers(
    *, session: AsyncSession, registrations: Sequence[tuple[Registration, Worker, Centre]], reason: str
) -> None:
    """Give each registration the least-loaded caseworker of its centre; publishes CaseworkerAssigned."""
    balancers = await balancers_for(session=session, centre_ids=sorted({c.id for _, _, c in registrations}))
    assigned = []
    for registration, worker, centre in registrations:
        caseworker_id = balancers[centre.id].take()
        if caseworker_id is None:
            continue  # the centre has no active caseworker yet: assigned when one joins
        registration.caseworker_id = caseworker_id
        assigned.append((registration, worker, centre))
    if assigned:
        await session.flush()
        await outbox.record_many(
            session,
            [
                (
                    CaseworkerAssigned(
                        registration_id=r.id,
                        national_id=w.national_id,
                        caseworker_id=r.caseworker_id,
                        centre_code=c.code,
                        reason=reason,
                    ),
                    w.national_id,
                )
                for r, w, c in assigned
            ],
        )


async def open_centre(*, session: AsyncSession, centre: CentreCreate) -> Centre:
    """Open a centre; its code must be new."""
    repository = CentreRepository(session)
    existing = await repository.one_by(code=centre.code)
    if existing is not None:
        raise Conflict(f"a centre with code {centre.code} exists", existing=f"/centres/{existing.id}")
    record = await repository.add(Centre(**centre.model_dump()))
    await track_change(
        session, kind=ChangeKind.centre, record=CentreRead.model_validate(record), centre_code=record.code
    )
    return record


async def centre_by_code(*, session: AsyncSession, code: str) -> Centre:
    """The centre with this code, or a 404 problem."""
    centre = await CentreRepository(session).one_by(code=code)
    if centre is None:
        raise CentreNotFound(code=code)
    return centre


async def add_caseworker(*, session: AsyncSession, centre_id: int, caseworker: CaseworkerCreate) -> Caseworker:
    """Add a caseworker to a centre; people still waiting for one are assigned, balanced."""
    centre = await CentreRepository(session).get(centre_id)
    if centre is None:
        raise NotFound(f"no centre {centre_id}")
    record = await CaseworkerRepository(session).add(Caseworker(centre_id=centre_id, **caseworker.model_dump()))
    waiting = await RegistrationRepository(session).waiting_for_caseworker(centre_id)
    await assign_caseworkers(session=session, registrations=waiting, reason="registered")
    await track_change(
        session, kind=ChangeKind.caseworker, record=CaseworkerRead.model_validate(record), centre_code=centre.code
    )
    return record


async def record_departure(*, session: AsyncSession, caseworker_id: int, left_on: date) -> Caseworker:
    """A caseworker leaves: their open cases go to the colleagues with the lightest caseloads."""
    caseworker = await CaseworkerRepository(session).get(caseworker_id)
    if caseworker is None:
        raise NotFound(f"no caseworker {caseworker_id}")
    if not caseworker.active:
        raise Conflict(f"caseworker {caseworker_id} already left on {caseworker.left_on}")
    caseworker.active = False
    caseworker.left_on = left_on
    await session.flush()
    cases = await RegistrationRepository(session).open_of_caseworker(caseworker_id)
    for registration, _, _ in cases:
        registration.caseworker_id = None
    await assign_caseworkers(session=session, registrations=cases, reason="reassigned")
    centre = await CentreRepository(session).get(caseworker.centre_id)
    await track_change(
        session,
        kind=ChangeKind.caseworker,
        record=CaseworkerRead.model_validate(caseworker),
        centre_code=centre.code if centre else None,
    )
    return caseworker


async def log_contact(*, session: AsyncSession, registration_id: int, contact: ContactCreate) -> Contact:
    """Log a caseworker's contact with a registered person."""
    registration = await RegistrationRepository(session).get(registration_id)
    if registration is None:
        raise NotFound(f"no registration {registration_id}")
    caseworker_id = contact.caseworker_id or registration.caseworker_id
    if caseworker_id is None:
        raise InvalidInput.of("caseworker_id", "required_without_assignment", "no responsible caseworker assigned")
    caseworker = await CaseworkerRepository(session).get(caseworker_id)
    if caseworker is None or caseworker.centre_id != registration.centre_id:
        raise InvalidInput.of("caseworker_id", "same_centre", "must be a caseworker of the registration's centre")
    record = await ContactRepository(session).add(
        Contact(
            registration_id=registration_id,
            national_id=registration.national_id,
            caseworker_id=caseworker_id,
            **contact.model_dump(exclude={"caseworker_id"}),
        )
    )
    await track_change(session, kind=ChangeKind.contact, record=ContactRead.model_validate(record))
    return record


def month_bounds(month: str) -> tuple[date, date]:
    """First day of the month and first day of the next."""
    year, number = map(int, month.split("-"))
    start = date(year, number, 1)
    return start, date(year + number // 12, number % 12 + 1, 1)


async def monthly_progress_report(*, session: AsyncSession, caseworker_id: int, month: str) -> MonthlyProgressReport:
    """A caseworker's monthly progress: contacts, people reached and not reached, placements, missed notices."""
    if await CaseworkerRepository(session).get(caseworker_id) is None:
        raise NotFound(f"no caseworker {caseworker_id}")
    start, end = month_bounds(month)
    repository = ContactRepository(session)
    figures = await repository.monthly_figures(caseworker_id=caseworker_id, start=start, end=end)
    by_channel, reached, caseload = figures.by_channel, figures.reached, figures.caseload
    return MonthlyProgressReport(
        caseworker_id=caseworker_id,
        month=month,
        open_caseload=len(caseload),
        contacts=sum(by_channel.values()),
        contacts_by_channel=by_channel,
        people_contacted=len(reached),
        open_cases_without_contact=len(caseload - reached),
        placed=figures.placed,
        job_search_notices_missed=await repository.missed_notices(caseworker_id=caseworker_id, month=month),
    )
