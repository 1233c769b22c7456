"""Properties every decision keeps, whatever the facts (hypothesis)."""

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from services.social_insurance.rules.books import rulebook_for
from services.social_insurance.rules.dates import months_back
from services.social_insurance.rules.model import ClaimFacts, ContributionMonth
from services.social_insurance.rules.packs import regional_minimum_wage
from shared.events.vocabulary import Jurisdiction, TerminationReason, WageRegion

MAXIMUM = {"VN-2013": 12, "VN-2025": 12, "CN-1999": 24, "CN-JL-2003": 24}


@st.composite
def claims(draw: st.DrawFn) -> ClaimFacts:
    jurisdiction = draw(st.sampled_from(list(Jurisdiction)))
    last_day = draw(st.dates(min_value=date(2023, 1, 1), max_value=date(2027, 12, 31)))
    history = months_back(last_day, 240)
    months = draw(st.lists(st.sampled_from(history), unique=True, max_size=240))
    salaries = draw(st.lists(st.integers(1_000_000, 200_000_000), min_size=len(months), max_size=len(months)))
    return ClaimFacts(
        jurisdiction=jurisdiction,
        locality_code=draw(st.sampled_from(["110000", "220100", "220200"]))
        if jurisdiction is Jurisdiction.CN
        else None,
        wage_region=draw(st.sampled_from(list(WageRegion))) if jurisdiction is Jurisdiction.VN else None,
        state_paid=draw(st.booleans()),
        reason=draw(st.sampled_from(list(TerminationReason))),
        contract_type=draw(st.sampled_from(["indefinite", "definite_term", "seasonal"])),
        last_working_day=last_day,
        filed_on=last_day + timedelta(days=draw(st.integers(0, 120))),
        contributions=[
            ContributionMonth(month=m, insured_salary=Decimal(s), employer_tax_code="e")
            for m, s in zip(months, salaries, strict=True)
        ],
        carried_over_months=draw(st.integers(0, 30)) if jurisdiction is Jurisdiction.CN else 0,
        registered_unemployed_on=last_day,
    )


def _book(facts: ClaimFacts):  # noqa: ANN202
    return rulebook_for(
        jurisdiction=facts.jurisdiction, termination_date=facts.last_working_day, locality_code=facts.locality_code
    )


@settings(max_examples=300, deadline=None)
@given(claims())
def test_duration_never_exceeds_the_packs_maximum(facts: ClaimFacts) -> None:
    decision = _book(facts).decide(facts)
    assert 0 <= decision.months <= MAXIMUM[decision.pack]
    assert len(decision.payments) == decision.months


@settings(max_examples=300, deadline=None)
@given(claims())
def test_the_amount_never_exceeds_the_cap(facts: ClaimFacts) -> None:
    book = _book(facts)
    decision = book.decide(facts)
    if facts.jurisdiction is Jurisdiction.VN and facts.wage_region is not None:
        assert decision.monthly_amount <= 5 * regional_minimum_wage(facts.wage_region, facts.last_working_day)
    else:
        assert decision.monthly_amount <= Decimal(book.locality(facts.locality_code)["minimum_wage"])  # type: ignore[attr-defined]


@settings(max_examples=300, deadline=None)
@given(claims(), st.integers(0, 239))
def test_a_later_contribution_never_lowers_the_duration(facts: ClaimFacts, pick: int) -> None:
    history = months_back(facts.last_working_day, 240)
    extra = history[pick]
    if extra in {c.month for c in facts.contributions}:
        return
    more = facts.model_copy(
        update={
            "contributions": [
                *facts.contributions,
                ContributionMonth(month=extra, insured_salary=Decimal(5_000_000), employer_tax_code="e"),
            ]
        }
    )
    book = _book(facts)
    before, after = book.decide(facts), book.decide(more)
    assert after.months >= before.months
    assert after.eligible or not before.eligible


@settings(max_examples=100, deadline=None)
@given(claims())
def test_the_same_facts_give_the_same_decision(facts: ClaimFacts) -> None:
    book = _book(facts)
    assert book.decide(facts) == book.decide(ClaimFacts.model_validate_json(facts.model_dump_json()))
