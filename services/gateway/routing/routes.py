"""The partner API's route table: which public `/v1` path goes to which service, and the data
category whose scope it needs (read for GET, write otherwise)."""

from dataclasses import dataclass

from services.gateway.access.policy import Category

C = Category


@dataclass(frozen=True)
class Route:
    public: str  # path prefix under /v1
    service: str
    upstream: str  # path prefix on the service
    category: Category


ROUTES: tuple[Route, ...] = (
    Route("/employers", "labour", "/employers", C.employers),
    Route("/workers", "labour", "/workers", C.workers),
    Route("/contracts", "labour", "/contracts", C.contracts),
    Route("/terminations", "labour", "/terminations", C.terminations),
    Route("/centres", "labour", "/centres", C.registrations),
    Route("/caseworkers", "labour", "/caseworkers", C.registrations),
    Route("/registrations", "labour", "/registrations", C.registrations),
    Route("/job-search-notices", "labour", "/job-search-notices", C.registrations),
    Route("/counselling-sessions", "labour", "/counselling-sessions", C.counselling),
    Route("/courses", "labour", "/courses", C.training),
    Route("/enrolments", "labour", "/enrolments", C.training),
    Route("/hardship-assessments", "labour", "/hardship-assessments", C.hardship),
    Route("/contributions", "social_insurance", "/contributions", C.contributions),
    Route("/arrears", "social_insurance", "/arrears", C.contributions),
    Route("/pension-continuations", "social_insurance", "/pension-continuations", C.contributions),
    Route("/continuation-notices", "social_insurance", "/continuation-notices", C.notices),
    Route("/claims", "social_insurance", "/claims", C.claims),
    Route("/benefits", "social_insurance", "/benefits", C.benefits),
    Route("/overpayments", "social_insurance", "/overpayments", C.benefits),
    Route("/public-notices", "social_insurance", "/public-notices", C.benefits),
    Route("/retirees", "social_insurance", "/retirees", C.benefits),
    Route("/fund-areas", "social_insurance", "/fund-areas", C.reports),
    Route("/communities", "social_insurance", "/communities", C.benefits),
    Route("/vacancies", "job_matching", "/vacancies", C.vacancies),
    Route("/job-fairs", "job_matching", "/job-fairs", C.vacancies),
    Route("/occupations", "job_matching", "/occupations", C.vacancies),
    Route("/feed/vacancies", "job_matching", "/feed/vacancies", C.vacancies),
    Route("/seekers", "job_matching", "/seekers", C.seekers),
    Route("/offers", "job_matching", "/offers", C.seekers),
    Route("/referrals", "job_matching", "/referrals", C.referrals),
    Route("/placements", "job_matching", "/placements", C.placements),
    Route("/reports/job-matching", "job_matching", "/reports/kpis", C.reports),
    Route("/reports/offer-shortages", "job_matching", "/reports/offer-shortages", C.reports),
)

# Sync uploads go to the owning service; each kind of record needs its category's write scope.
SYNC_UPLOADS: dict[str, Category] = {
    "terminations": C.terminations, "registrations": C.registrations, "job-search-notices": C.registrations,
}
# The labour change feed's record kinds and the categories they belong to.
CHANGE_KINDS: dict[str, Category] = {
    "employer": C.employers, "worker": C.workers, "contract": C.contracts, "termination": C.terminations,
    "registration": C.registrations, "job_search_notice": C.registrations, "counselling": C.counselling,
    "course": C.training, "enrolment": C.training, "hardship": C.hardship, "contact": C.registrations,
    "caseworker": C.registrations, "centre": C.registrations,
}


def route_for(path: str) -> tuple[Route, str] | None:
    """The route of a public path (longest prefix first) and the upstream path it maps to."""
    for route in sorted(ROUTES, key=lambda r: -len(r.public)):
        if path == route.public or path.startswith(route.public + "/"):
            return route, route.upstream + path[len(route.public):]
    return None
