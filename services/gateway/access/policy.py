"""Who may see what, in one table: for each kind of agency, the data categories it may be granted
and the sensitive classes of data it may see. The grant ceilings and the minimisation of every
answer are both read from that table, so "may be granted hardship:read" and "never sees hardship"
cannot both hold.

Deny by default: a client holds only the scopes granted to it, a grant outside its agency kind's
ceiling is refused when it is made, and a grant that a later policy no longer allows stops working.
"""

from collections.abc import Iterable
from dataclasses import dataclass
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
    operator = "operator"  # the agency's own operators: the console only, no partner API


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
    surveys = "surveys"
    events = "events"
    new_hires = "new_hires"
    persons = "persons"
    partners = "partners"
    audit = "audit"


# What each category holds, for the partner OpenAPI's scope list and for a security officer.
CATEGORY_DESCRIPTIONS: dict[Category, str] = {
    Category.employers: "employers and their tax codes",
    Category.workers: "workers: name, birth date, national ID, address",
    Category.contracts: "labour contracts",
    Category.terminations: "terminations of contracts",
    Category.registrations: "unemployment registrations, job-search notices, centres, caseworkers and contacts",
    Category.counselling: "counselling sessions",
    Category.training: "courses and enrolments",
    Category.hardship: "hardship assessments (sensitive)",
    Category.contributions: "social-insurance contributions, arrears, pension continuation",
    Category.notices: "continuation notices",
    Category.claims: "unemployment-benefit claims and decisions",
    Category.benefits: "benefits, overpayments, public notices, retirees",
    Category.vacancies: "vacancies, job fairs, occupation mappings",
    Category.seekers: "job-seeker profiles, matches and offers",
    Category.referrals: "referrals to employers and their outcomes",
    Category.placements: "placements in jobs",
    Category.reports: "aggregate reports (no personal data)",
    Category.surveys: "anonymous satisfaction-survey answers",
    Category.events: "the event feed (each event type also needs its category's read scope)",
    Category.new_hires: "new-hire reports: a partner agency reports who started work where (new_hires:write)",
    Category.persons: "persons:authenticate obtains a person's own token for a citizen portal",
    Category.partners: "the partner registry: agencies, clients, credentials",
    Category.audit: "the audit log of accesses to personal data",
}

# Categories whose records name a person: reading them needs X-Purpose and is audited.
PERSON_DATA = frozenset(
    {
        Category.workers,
        Category.contracts,
        Category.terminations,
        Category.registrations,
        Category.counselling,
        Category.training,
        Category.hardship,
        Category.contributions,
        Category.notices,
        Category.claims,
        Category.benefits,
        Category.seekers,
        Category.referrals,
        Category.placements,
    }
)


class Sensitive(StrEnum):
    """A class of data that only some kinds of agency may see, wherever it appears."""

    health = "health"
    hardship = "hardship"


# The field names of each sensitive class, removed at any depth of any answer from an agency
# that may not see the class.
SENSITIVE_FIELDS: dict[Sensitive, frozenset[str]] = {
    Sensitive.health: frozenset({"health", "health_cover"}),
    Sensitive.hardship: frozenset({"special_hardship", "minimum_living_allowance_eligible"}),
}
# Categories whose records are wholly of a sensitive class: only a kind that sees the class may be
# granted them, and their name (a section of the person record) is hidden from the others.
SENSITIVE_CATEGORIES: dict[Category, Sensitive] = {Category.hardship: Sensitive.hardship}


@dataclass(frozen=True)
class Entitlement:
    """What an agency kind may be granted: plain categories, and the sensitive classes it may see
    (which bring their sensitive categories with them)."""

    categories: frozenset[Category]
    sees: frozenset[Sensitive] = frozenset()
    operates: bool = False  # may be granted the console scopes (CONSOLE_SCOPES)


C, S = Category, Sensitive
_EVERYONE = frozenset({C.reports, C.events})
_PLAIN_PERSON_DATA = PERSON_DATA - SENSITIVE_CATEGORIES.keys()

ENTITLEMENTS: dict[AgencyKind, Entitlement] = {
    AgencyKind.labour: Entitlement(frozenset(Category) - SENSITIVE_CATEGORIES.keys(), frozenset(Sensitive)),
    AgencyKind.social_insurance: Entitlement(_PLAIN_PERSON_DATA | _EVERYONE | {C.employers}, frozenset({S.health})),
    AgencyKind.employment_service_centre: Entitlement(
        _PLAIN_PERSON_DATA | _EVERYONE | {C.employers, C.vacancies, C.surveys}, frozenset(Sensitive)
    ),
    AgencyKind.tax: Entitlement(
        frozenset({C.employers, C.workers, C.contracts, C.terminations, C.placements, C.new_hires}) | _EVERYONE
    ),
    AgencyKind.planning_investment: Entitlement(frozenset({C.employers, C.vacancies}) | _EVERYONE),
    AgencyKind.finance: Entitlement(frozenset({C.claims, C.benefits, C.contributions}) | _EVERYONE),
    AgencyKind.community_station: Entitlement(
        frozenset({C.registrations, C.benefits, C.counselling, C.surveys}) | _EVERYONE, frozenset({S.hardship})
    ),
    # The console shows aggregates, masked national IDs and the access log; it reads them inside
    # the gateway, so an operator needs no partner category (and sees no sensitive class).
    AgencyKind.operator: Entitlement(frozenset(), operates=True),
}

for _kind, _entitlement in ENTITLEMENTS.items():
    # A sensitive category is granted through its class only, so the table cannot contradict itself.
    if _entitlement.categories & SENSITIVE_CATEGORIES.keys():
        raise ValueError(f"{_kind}: grant sensitive categories through `sees`, not `categories`")

ACTIONS = ("read", "write")
PERSON_AUTHENTICATE = "persons:authenticate"
OWN_ACCESS_LOG = "self:read"  # held by person tokens only: no agency can be granted it
# The operator console's scopes: they open the console (a session cookie), never a partner route.
CONSOLE_READ = "console:read"
CONSOLE_OPERATE = "console:operate"  # state changes from the console (re-drive, discard)
CONSOLE_SCOPES = frozenset({CONSOLE_READ, CONSOLE_OPERATE})
# Scopes that are not `<category>:<read|write>`.
SPECIAL_SCOPES: dict[str, str] = {
    PERSON_AUTHENTICATE: "obtain a token for one person's own data (a citizen portal)",
    OWN_ACCESS_LOG: "a person reads who accessed their data (person tokens only)",
    CONSOLE_READ: "open the operator console (operator agencies only; no partner route accepts it)",
    CONSOLE_OPERATE: "change state from the operator console: re-drive, discard (operator agencies only)",
}


def scope(category: Category, action: str) -> str:
    return f"{category.value}:{action}"


def ceiling(kind: AgencyKind) -> frozenset[Category]:
    """The categories an agency of this kind may be granted at all."""
    entitlement = ENTITLEMENTS[kind]
    return entitlement.categories | {c for c, s in SENSITIVE_CATEGORIES.items() if s in entitlement.sees}


def not_grantable(kind: AgencyKind, scopes: Iterable[str]) -> list[str]:
    """The scopes in `scopes` that an agency of this kind may not be granted."""
    allowed = ceiling(kind)
    refused = []
    for granted in scopes:
        category, _, action = granted.partition(":")
        if granted in CONSOLE_SCOPES:
            outside = not ENTITLEMENTS[kind].operates
        elif granted == PERSON_AUTHENTICATE:
            outside = Category.persons not in allowed
        else:
            outside = category not in Category.__members__ or action not in ACTIONS or Category(category) not in allowed
        if outside:
            refused.append(granted)
    return refused


def effective_scopes(kind: AgencyKind, granted: Iterable[str]) -> frozenset[str]:
    """The granted scopes the policy still allows (a grant made before the policy narrowed lapses)."""
    granted = frozenset(granted)
    return granted - frozenset(not_grantable(kind, granted))


def hidden_fields(kind: AgencyKind) -> frozenset[str]:
    """The field names (and person-record sections) an agency of this kind never receives."""
    unseen = set(Sensitive) - ENTITLEMENTS[kind].sees
    return frozenset().union(
        *(SENSITIVE_FIELDS[s] for s in unseen), (c.value for c, s in SENSITIVE_CATEGORIES.items() if s in unseen)
    )


def minimised(document: Any, hidden: frozenset[str]) -> Any:
    """The JSON document without the hidden fields, at any depth."""
    if not hidden:
        return document
    if isinstance(document, dict):
        return {k: minimised(v, hidden) for k, v in document.items() if k not in hidden}
    if isinstance(document, list):
        return [minimised(item, hidden) for item in document]
    return document
