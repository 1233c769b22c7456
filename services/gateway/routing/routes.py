"""What of the services partners may reach: each exposed path prefix of a service, its public
prefix under `/v1`, and the data category whose scope it needs (read for GET, write otherwise).

This is the source the operation table is generated from (`labourlink schemas` writes
operations.json from it and the services' own OpenAPI documents): every operation of a service
under an exposed prefix becomes one row; anything else of a service (health, readiness, metrics,
administration) is not in the table and so cannot be reached through the gateway.
"""

from dataclasses import dataclass

from services.gateway.access.policy import PERSON_DATA, Category

C = Category


@dataclass(frozen=True)
class Exposure:
    service: str
    upstream: str  # path prefix on the service, as its OpenAPI document writes it ({parameters} included)
    category: Category
    public: str = ""  # path prefix under /v1; the upstream prefix when empty
    # Whether answers name people (X-Purpose, audit); by default, whether the category is person data.
    personal: bool | None = None

    @property
    def public_prefix(self) -> str:
        return self.public or self.upstream

    @property
    def names_people(self) -> bool:
        return self.category in PERSON_DATA if self.personal is None else self.personal


EXPOSED: tuple[Exposure, ...] = (
    Exposure("labour", "/employers", C.employers),
    Exposure("labour", "/workers", C.workers),
    Exposure("labour", "/contracts", C.contracts),
    Exposure("labour", "/terminations", C.terminations),
    # Centres and caseworkers are the agency's own staff and offices, not the people it serves.
    Exposure("labour", "/centres", C.registrations, personal=False),
    Exposure("labour", "/caseworkers", C.registrations, personal=False),
    Exposure("labour", "/registrations", C.registrations),
    Exposure("labour", "/job-search-notices", C.registrations),
    Exposure("labour", "/counselling-sessions", C.counselling),
    Exposure("labour", "/courses", C.training, personal=False),
    Exposure("labour", "/enrolments", C.training),
    Exposure("labour", "/hardship-assessments", C.hardship),
    # Centres' bulk uploads: each kind of record needs its category's write scope.
    Exposure("labour", "/sync/terminations", C.terminations),
    Exposure("labour", "/sync/registrations", C.registrations),
    Exposure("labour", "/sync/job-search-notices", C.registrations),
    # A partner agency's new-hire reports (the tax agency's), each a report of a job.
    Exposure("labour", "/sync/new-hires", C.new_hires, public="/new-hires"),
    Exposure("labour", "/reemployments", C.contracts),
    Exposure("labour", "/reemployment-reports", C.contracts),
    Exposure("social_insurance", "/contributions", C.contributions),
    Exposure("social_insurance", "/arrears", C.contributions, personal=False),  # employers' arrears
    Exposure("social_insurance", "/pension-continuations", C.contributions),
    Exposure("social_insurance", "/pension-continuations/rate", C.contributions, personal=False),
    Exposure("social_insurance", "/continuation-notices", C.notices),
    Exposure("social_insurance", "/claims", C.claims),
    Exposure("social_insurance", "/benefits", C.benefits),
    Exposure("social_insurance", "/overpayments", C.benefits),
    Exposure("social_insurance", "/cross-match", C.benefits),
    Exposure("social_insurance", "/public-notices", C.benefits),
    Exposure("social_insurance", "/retirees", C.benefits),
    Exposure("social_insurance", "/fund-areas", C.reports),
    Exposure("social_insurance", "/communities", C.benefits, personal=False),  # staffing figures
    Exposure("job_matching", "/vacancies", C.vacancies),
    # A vacancy's candidates are seekers: reading them is reading seekers, whoever asks by vacancy.
    Exposure("job_matching", "/vacancies/{vacancy_id}/candidates", C.seekers),
    Exposure("job_matching", "/job-fairs", C.vacancies),
    Exposure("job_matching", "/occupations", C.vacancies),
    Exposure("job_matching", "/feed/vacancies", C.vacancies),
    Exposure("job_matching", "/seekers", C.seekers),
    Exposure("job_matching", "/offers", C.seekers),
    Exposure("job_matching", "/referrals", C.referrals),
    Exposure("job_matching", "/placements", C.placements),
    Exposure("job_matching", "/reports/kpis", C.reports, public="/reports/job-matching"),
    Exposure("job_matching", "/reports/offer-shortages", C.reports),
)
# Methods a partner may use on an exposed operation.
EXPOSED_METHODS = ("get", "post", "patch")

# The labour change feed's record kinds and the categories they belong to.
CHANGE_KINDS: dict[str, Category] = {
    "employer": C.employers,
    "worker": C.workers,
    "contract": C.contracts,
    "termination": C.terminations,
    "registration": C.registrations,
    "job_search_notice": C.registrations,
    "counselling": C.counselling,
    "course": C.training,
    "enrolment": C.training,
    "hardship": C.hardship,
    "contact": C.registrations,
    "caseworker": C.registrations,
    "centre": C.registrations,
}


def exposure_of(service: str, upstream_path: str) -> Exposure | None:
    """The most specific exposure covering a service's path, or None when partners may not reach it."""
    covering = [
        e
        for e in EXPOSED
        if e.service == service and (upstream_path == e.upstream or upstream_path.startswith(e.upstream + "/"))
    ]
    return max(covering, key=lambda e: len(e.upstream), default=None)
