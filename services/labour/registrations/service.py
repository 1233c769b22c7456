"""Unemployment registration and the monthly job-search notices (Vietnam)."""

from collections.abc import Sequence
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from services.labour.centres.repository import CentreRepository
from services.labour.centres.service import CentreNotFound, assign_caseworkers, month_bounds
from services.labour.changes import track_changes
from services.labour.models import ChangeKind, JobSearchNotice, Registration, RegistrationStatus, outbox
from services.labour.plausibility import not_after_today
from services.labour.registrations.repository import NoticeRepository, RegistrationRepository
from services.labour.registrations.schemas import NoticeCreate, NoticeRead, RegistrationCreate, RegistrationRead
from services.labour.workers.repository import WorkerRepository
from services.labour.workers.service import WorkerNotFound
from shared.clock import today_of
from shared.events.labour import JobSearchNoticeMissed, JobSearchNoticeRecorded, JobSearchWishes, UnemploymentRegistered
from shared.events.vocabulary import Jurisdiction
from shared.problems import Conflict, InvalidInput, NotFound, Problem, accepted_or_raise


async def register_unemployed(
    *, session: AsyncSession, registrations: Sequence[RegistrationCreate]
) -> list[Registration | Problem]:
    """Register people as unemployed; each gets a balanced caseworker. One open registration per person."""
    workers = await WorkerRepository(session).by_national_ids([r.national_id.upper() for r in registrations])
    centres = await CentreRepository(session).by_codes([r.centre_code for r in registrations])
    open_now = await RegistrationRepository(session).open_for_workers([w.id for w in workers.values()])
    today = today_of(session)
    outcomes: list[Registration | Problem] = []
    accepted = []
    for request in registrations:
        worker, centre = workers.get(request.national_id.upper()), centres.get(request.centre_code)
        if worker is None:
            outcomes.append(WorkerNotFound(national_id=request.national_id))
        elif implausible := not_after_today("registered_on", request.registered_on, today=today):
            outcomes.append(implausible)
        elif centre is None:
            outcomes.append(CentreNotFound(code=request.centre_code))
        elif worker.id in open_now:
            existing = open_now[worker.id]
            outcomes.append(
                Conflict(
                    f"{worker.national_id} is already registered as unemployed",
                    existing=f"/registrations/{existing.id}",
                )
            )
        else:
            wishes = request.wishes
            registration = Registration(
                worker_id=worker.id,
                national_id=worker.national_id,
                centre_id=centre.id,
                registered_on=request.registered_on,
                status=RegistrationStatus.open,
                wished_occupations=wishes.occupations,
                wished_provinces=wishes.provinces,
                wished_districts=wishes.districts,
                minimum_monthly_wage=wishes.minimum_monthly_wage,
                willing_to_relocate=wishes.willing_to_relocate,
            )
            open_now[worker.id] = registration
            accepted.append((registration, worker, centre))
            outcomes.append(registration)
    if accepted:
        session.add_all([r for r, _, _ in accepted])
        await session.flush()
        await outbox.record_many(
            session,
            [
                (
                    UnemploymentRegistered(
                        registration_id=r.id,
                        national_id=w.national_id,
                        full_name=w.full_name,
                        jurisdiction=c.jurisdiction,
                        centre_code=c.code,
                        province=c.province,
                        district=c.district,
                        registered_on=r.registered_on,
                        wishes=JobSearchWishes(
                            occupations=r.wished_occupations,
                            provinces=r.wished_provinces,
                            districts=r.wished_districts,
                            minimum_monthly_wage=r.minimum_monthly_wage,
                            willing_to_relocate=r.willing_to_relocate,
                        ),
                    ),
                    w.national_id,
                )
                for r, w, c in accepted
            ],
        )
        await assign_caseworkers(session=session, registrations=accepted, reason="registered")
        await track_changes(
            session,
            kind=ChangeKind.registration,
            entries=[(RegistrationRead.model_validate(r), c.code) for r, _, c in accepted],
        )
    return outcomes


async def record_notices(*, session: AsyncSession, notices: Sequence[NoticeCreate]) -> list[JobSearchNotice | Problem]:
    """Record monthly job-search notices; each month once per registration, within that month."""
    registrations = RegistrationRepository(session)
    # A notice names its registration, or its person (whose open registration it is for).
    by_person = await registrations.open_for_national_ids(
        [n.national_id for n in notices if n.registration_id is None and n.national_id]
    )
    ids = [
        n.registration_id if n.registration_id is not None else getattr(by_person.get(n.national_id or ""), "id", None)
        for n in notices
    ]
    parties = await registrations.with_parties([i for i in ids if i is not None])
    existing = await NoticeRepository(session).for_months(
        [(i, n.month) for i, n in zip(ids, notices, strict=True) if i is not None]
    )
    outcomes: list[JobSearchNotice | Problem] = []
    accepted = []
    for notice, registration_id in zip(notices, ids, strict=True):
        found = parties.get(registration_id) if registration_id is not None else None
        start, end = month_bounds(notice.month)
        if found is None:
            outcomes.append(
                NotFound(
                    f"no open registration for {notice.national_id}"
                    if notice.registration_id is None
                    else f"no registration {registration_id}",
                    field="national_id" if notice.registration_id is None else "registration_id",
                )
            )
            continue
        registration, worker, centre = found
        previous = existing.get((registration.id, notice.month))
        if centre.jurisdiction is not Jurisdiction.VN:
            outcomes.append(
                InvalidInput.of(
                    "registration_id", "monthly_notice_vietnam_only", "monthly job-search notices are a Vietnamese duty"
                )
            )
        elif registration.status is not RegistrationStatus.open:
            outcomes.append(
                Conflict(f"registration {registration.id} is closed", existing=f"/registrations/{registration.id}")
            )
        elif end <= registration.registered_on.replace(day=1):
            outcomes.append(
                InvalidInput.of(
                    "month", "not_before_registration", f"the person registered on {registration.registered_on}"
                )
            )
        elif implausible := not_after_today("submitted_on", notice.submitted_on, today=today_of(session)):
            outcomes.append(implausible)
        elif not start <= notice.submitted_on < end:
            outcomes.append(
                InvalidInput.of(
                    "submitted_on",
                    "submitted_within_month",
                    f"a notice for {notice.month} is given during {notice.month}",
                )
            )
        elif previous is not None:
            state = "received" if previous.submitted_on else "recorded as missed"
            outcomes.append(
                Conflict(
                    f"the notice for {notice.month} was already {state}",
                    existing=f"/registrations/{registration.id}/job-search-notices",
                )
            )
        else:
            record = JobSearchNotice(
                registration_id=registration.id,
                national_id=worker.national_id,
                month=notice.month,
                submitted_on=notice.submitted_on,
                consecutive_missed=0,
            )
            existing[(registration.id, notice.month)] = record
            accepted.append((record, worker, centre))
            outcomes.append(record)
    if accepted:
        session.add_all([n for n, _, _ in accepted])
        await session.flush()
        await outbox.record_many(
            session,
            [
                (
                    JobSearchNoticeRecorded(
                        registration_id=n.registration_id,
                        national_id=w.national_id,
                        month=n.month,
                        submitted_on=n.submitted_on,
                    ),
                    w.national_id,
                )
                for n, w, _ in accepted
            ],
        )
        await track_changes(
            session,
            kind=ChangeKind.job_search_notice,
            entries=[(NoticeRead.model_validate(n), c.code) for n, _, c in accepted],
        )
    return outcomes


def _previous_month(month: str) -> str:
    year, number = map(int, month.split("-"))
    return f"{year - 1}-12" if number == 1 else f"{year}-{number - 1:02d}"


async def detect_missed_notices(
    *, session: AsyncSession, month: str, today: date, centre_code: str | None = None
) -> list[JobSearchNotice]:
    """After a month ends, record and publish every notice that did not come, at every centre or one
    (run it any number of times)."""
    start, end = month_bounds(month)
    if end > today:
        raise InvalidInput.of("month", "month_has_ended", f"{month} is not over yet")
    notices = NoticeRepository(session)
    missing = await notices.without_notice(month=month, registered_before=start, centre_code=centre_code)
    before = await notices.for_months([(r.id, _previous_month(month)) for r, _ in missing])
    missed = []
    for registration, worker in missing:
        previous = before.get((registration.id, _previous_month(month)))
        streak = previous.consecutive_missed if previous is not None and previous.submitted_on is None else 0
        missed.append(
            (
                JobSearchNotice(
                    registration_id=registration.id,
                    national_id=worker.national_id,
                    month=month,
                    submitted_on=None,
                    consecutive_missed=streak + 1,
                ),
                worker,
            )
        )
    if missed:
        session.add_all([n for n, _ in missed])
        await session.flush()
        await outbox.record_many(
            session,
            [
                (
                    JobSearchNoticeMissed(
                        registration_id=n.registration_id,
                        national_id=w.national_id,
                        month=month,
                        consecutive_missed=n.consecutive_missed,
                    ),
                    w.national_id,
                )
                for n, w in missed
            ],
        )
        await track_changes(
            session,
            kind=ChangeKind.job_search_notice,
            entries=[(NoticeRead.model_validate(n), None) for n, _ in missed],
        )
    return [n for n, _ in missed]


async def register_one(*, session: AsyncSession, registration: RegistrationCreate) -> Registration:
    """Register one person as unemployed, or raise the problem that refused it."""
    return accepted_or_raise(await register_unemployed(session=session, registrations=[registration]))


async def record_notice(*, session: AsyncSession, notice: NoticeCreate) -> JobSearchNotice:
    """Record one job-search notice, or raise the problem that refused it."""
    return accepted_or_raise(await record_notices(session=session, notices=[notice]))
