"""Who may see what: scopes per data category and action, the categories each kind of agency
may ever be granted, and the fields each kind never sees (data minimisation).

Deny by default: a client holds only the scopes granted to it, and a grant outside its agency
kind's ceiling is refused when it is made.
"""

from collections.abc import Iterable
from enum import StrEnum
from typing import Any


class AgencyKind(StrEnum):
    labour = "labour"
    social_insurance = "social_insurance"
    employment_service_centre = "employment_service_centre"
    tax = "tax"
    planning_investment = "planning_investment"
    finance = "finance"
    community_station = "community_station"


class Category(StrEnum):
    """A data category; a scope is `<category>:<read|write>`."""

    employers = "employers"
    workers = "workers"
    contracts = "contracts"
    terminations = "terminations"
    registrations = "registrations"
    counselling = "counselling"
    training = "training"
    hardship = "hardship"
    contributions = "contributions"
    notices = "notices"
    claims = "claims"
    benefits = "benefits"
    vacancies = "vacancies"
    seekers = "seekers"
    referrals = "referrals"
    placements = "placements"
    reports = "reports"
    surveys = "surveys"  # satisfaction-survey answers, anonymous
    events = "events"
    persons = "persons"  # persons:authenticate lets a citizen portal obtain a person's own token
    partners = "partners"  # the registry itself
    audit = "audit"


def scope(category: Category, action: str) -> str:
    return f"{category.value}:{action}"


PERSON_DATA = {
    Category.workers, Category.contracts, Category.terminations, Category.registrations, Category.counselling,
    Category.training, Category.hardship, Category.contributions, Category.notices, Category.claims, Category.benefits,
    Category.seekers, Category.referrals, Category.placements,
}
_EVERYONE = {Category.reports, Category.events}

# The categories each kind of agency may be granted at all.
CEILINGS: dict[AgencyKind, set[Category]] = {
    AgencyKind.labour: set(Category),
    AgencyKind.social_insurance: PERSON_DATA | _EVERYONE | {Category.employers},
    AgencyKind.employment_service_centre: PERSON_DATA | _EVERYONE | {Category.employers, Category.vacancies, Category.surveys},
    AgencyKind.tax: {Category.employers, Category.workers, Category.contracts, Category.terminations, Category.placements} | _EVERYONE,
    AgencyKind.planning_investment: {Category.employers, Category.vacancies} | _EVERYONE,
    AgencyKind.finance: {Category.claims, Category.benefits, Category.contributions} | _EVERYONE,
    AgencyKind.community_station: {Category.registrations, Category.benefits, Category.counselling, Category.surveys} | _EVERYONE,
}

# Fields of a sensitive class and the kinds that may see them; every other kind gets the data
# without them, whichever route it came through.
SENSITIVE_FIELDS: dict[str, tuple[frozenset[str], frozenset[AgencyKind]]] = {
    "health": (
        frozenset({"health", "health_cover"}),
        frozenset({AgencyKind.labour, AgencyKind.social_insurance, AgencyKind.employment_service_centre}),
    ),
    "hardship": (
        frozenset({"special_hardship", "minimum_living_allowance_eligible", "hardship"}),
        frozenset({AgencyKind.labour, AgencyKind.employment_service_centre, AgencyKind.community_station}),
    ),
}


def not_grantable(kind: AgencyKind, scopes: Iterable[str]) -> list[str]:
    """The scopes in `scopes` that an agency of this kind may not be granted."""
    refused = []
    for granted in scopes:
        category, _, action = granted.partition(":")
        if category not in Category.__members__ or action not in ("read", "write", "authenticate", "admin"):
            refused.append(granted)
        elif Category(category) not in CEILINGS[kind]:
            refused.append(granted)
    return refused


def hidden_fields(kind: AgencyKind) -> frozenset[str]:
    """The field names an agency of this kind never receives."""
    return frozenset().union(*(fields for fields, kinds in SENSITIVE_FIELDS.values() if kind not in kinds))


def minimised(document: Any, hidden: frozenset[str]) -> Any:
    """The JSON document without the hidden fields, at any depth."""
    if not hidden:
        return document
    if isinstance(document, dict):
        return {k: minimised(v, hidden) for k, v in document.items() if k not in hidden}
    if isinstance(document, list):
        return [minimised(item, hidden) for item in document]
    return document
