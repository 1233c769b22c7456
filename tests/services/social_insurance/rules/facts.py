"""Claim facts for rule tables: a termination and a run of contributed months before it."""

from datetime import date
from decimal import Decimal
from typing import Any

from services.social_insurance.rules.dates import months_back
from services.social_insurance.rules.model import ClaimFacts, ContributionMonth


def contributed(
    last_day: date, count: int, *, skip_latest: int = 0, salary: int = 9_000_000
) -> list[ContributionMonth]:
    """`count` consecutive contributed months, ending `skip_latest` months before the termination month."""
    months = months_back(last_day, count + skip_latest)[:count]
    return [ContributionMonth(month=m, insured_salary=Decimal(salary), employer_tax_code="0301234562") for m in months]


def vn_facts(**overrides: Any) -> ClaimFacts:
    last_day = overrides.pop("last_working_day", date(2025, 6, 30))
    base = {
        "jurisdiction": "VN",
        "wage_region": "I",
        "reason": "employer_termination",
        "contract_type": "indefinite",
        "last_working_day": last_day,
        "filed_on": date(2025, 7, 7),
        "contributions": contributed(last_day, 24),
    }
    return ClaimFacts(**{**base, **overrides})


def cn_facts(**overrides: Any) -> ClaimFacts:
    last_day = overrides.pop("last_working_day", date(2025, 6, 30))
    base = {
        "jurisdiction": "CN",
        "locality_code": "110000",
        "reason": "contract_expiry",
        "contract_type": "definite_term",
        "last_working_day": last_day,
        "filed_on": date(2025, 7, 7),
        "contributions": contributed(last_day, 36),
        "registered_unemployed_on": date(2025, 7, 3),
    }
    return ClaimFacts(**{**base, **overrides})
