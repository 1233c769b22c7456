"""Claim decisions per second: 100,000 claims decided by the rule packs (VN-2013, VN-2025,
CN-1999, CN-JL-2003 in turn), each with 12-120 months of contributions. Pure rule evaluation
(facts in, decision out), against a baseline in the same run that only builds the facts."""

import gc
import os
import random
import time
from datetime import date, timedelta
from decimal import Decimal

from bench.common import report
from services.social_insurance.rules.books import rulebook_for
from services.social_insurance.rules.dates import months_back
from services.social_insurance.rules.model import ClaimFacts, ContributionMonth

CLAIMS = int(os.environ.get("BENCH_CLAIMS", "100000"))
CASES = (  # jurisdiction, locality, region, termination date: one per rule pack
    ("VN", None, "I", date(2025, 6, 30)),
    ("VN", None, "III", date(2026, 3, 31)),
    ("CN", "110000", None, date(2025, 6, 30)),
    ("CN", "220100", None, date(2025, 6, 30)),
)


def _facts(n: int, rng: random.Random) -> ClaimFacts:
    jurisdiction, locality, region, last_day = CASES[n % len(CASES)]
    months = months_back(last_day, rng.randint(12, 120))
    return ClaimFacts(
        jurisdiction=jurisdiction,
        locality_code=locality,
        wage_region=region,
        reason=rng.choice(
            ["employer_termination", "contract_expiry", "enterprise_closure", "mutual_agreement_worker_request"]
        ),
        contract_type="indefinite",
        last_working_day=last_day,
        filed_on=last_day + timedelta(days=rng.randint(1, 100)),
        contributions=[
            ContributionMonth(month=m, insured_salary=Decimal(rng.randint(5, 40) * 1_000_000), employer_tax_code="e")
            for m in months
        ],
        registered_unemployed_on=last_day + timedelta(days=2),
    )


def main_sync() -> None:
    rng = random.Random(7)
    started = time.perf_counter()
    claims = [_facts(n, rng) for n in range(CLAIMS)]
    build_seconds = time.perf_counter() - started
    # The claims held for the run are millions of objects no service holds at once: leave them out
    # of the collector's full passes, which would otherwise be timed as deciding.
    gc.freeze()
    started = time.perf_counter()
    eligible = 0
    for facts in claims:
        book = rulebook_for(
            jurisdiction=facts.jurisdiction, termination_date=facts.last_working_day, locality_code=facts.locality_code
        )
        eligible += book.decide(facts).eligible
    decide_seconds = time.perf_counter() - started
    report(
        benchmark="claim_decisions",
        claims=CLAIMS,
        eligible=eligible,
        decisions_per_s=round(CLAIMS / decide_seconds),
        baseline_fact_building_per_s=round(CLAIMS / build_seconds),
        ratio=round(build_seconds / decide_seconds, 3),
    )


async def main() -> None:
    """Decide CLAIMS claims and print one JSON line."""
    main_sync()
