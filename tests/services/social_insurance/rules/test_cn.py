"""CN-1999 (失业保险条例) and the Jilin variant CN-JL-2003 (吉政办发〔2003〕4号)."""

from datetime import date
from decimal import Decimal

import pytest

from services.social_insurance.rules.books import rulebook, rulebook_for
from services.social_insurance.rules.model import EmploymentFinding
from shared.events.vocabulary import Jurisdiction
from tests.services.social_insurance.rules.facts import cn_facts, contributed

NATIONAL, JILIN = rulebook("CN-1999"), rulebook("CN-JL-2003")
LAST_DAY = date(2025, 6, 30)


def passed(book, rule: str, **facts: object) -> list[bool]:  # noqa: ANN001
    return [r.passed for r in book.decide(cn_facts(**facts)).rules if r.rule == rule]


@pytest.mark.parametrize(("locality", "pack"), [("110000", "CN-1999"), ("220100", "CN-JL-2003"), (None, "CN-1999")])
def test_jilin_localities_get_the_jilin_rules(locality: str | None, pack: str) -> None:
    assert rulebook_for(jurisdiction=Jurisdiction.CN, termination_date=LAST_DAY, locality_code=locality).id == pack


# art. 14(1): at least one year of contributions.
@pytest.mark.parametrize(("months", "ok"), [(11, False), (12, True)])
def test_art_14_1_one_year_of_contributions(months: int, ok: bool) -> None:
    assert passed(NATIONAL, "contribution_period", contributions=contributed(LAST_DAY, months)) == [ok]


# art. 14(2): interrupted not of the person's own will.
@pytest.mark.parametrize(
    ("reason", "ok"),
    [
        ("contract_expiry", True),
        ("employer_termination", True),
        ("dismissal_for_misconduct", True),
        ("worker_termination_employer_fault", True),
        ("enterprise_closure", True),
        ("mutual_agreement_worker_request", False),
        ("lawful_unilateral_quit", False),
        ("unlawful_unilateral_quit", False),
        ("retirement", False),
    ],
)
def test_art_14_2_not_of_own_will(reason: str, ok: bool) -> None:
    assert passed(NATIONAL, "termination_ground", reason=reason) == [ok]


# art. 14(3) registered as unemployed; art. 15(4) no basic pension.
def test_art_14_3_registration_and_art_15_4_pension() -> None:
    assert passed(NATIONAL, "registered_and_seeking", registered_unemployed_on=None) == [False]
    assert passed(NATIONAL, "no_pension", receives_pension=True) == [False]


# art. 17: 1-5 years -> 12 months, 5-10 -> 18, 10+ -> 24; an earlier spell's unused months merge, 24 at most.
@pytest.mark.parametrize(
    ("months", "carried", "benefit_months"),
    [
        (12, 0, 12),
        (59, 0, 12),
        (60, 0, 18),
        (119, 0, 18),
        (120, 0, 24),
        (300, 0, 24),
        (12, 3, 15),
        (60, 10, 24),
        (120, 6, 24),
    ],
)
def test_art_17_duration_tiers(months: int, carried: int, benefit_months: int) -> None:
    decision = NATIONAL.decide(cn_facts(contributions=contributed(LAST_DAY, months), carried_over_months=carried))
    assert decision.months == benefit_months


# art. 18: the province's share of the minimum wage; art. 19: a medical subsidy during the benefit.
@pytest.mark.parametrize(("locality", "amount"), [("110000", 1520), ("220100", 1692), ("220200", 1584)])
def test_art_18_amount_by_locality_and_art_19_medical_subsidy(locality: str, amount: int) -> None:
    book = rulebook_for(jurisdiction=Jurisdiction.CN, termination_date=LAST_DAY, locality_code=locality)
    decision = book.decide(cn_facts(locality_code=locality))
    assert decision.monthly_amount == Decimal(amount)
    assert decision.health_cover == "medical_subsidy"


# Jilin §5: an agreement signed at the worker's request is voluntary; a one-time resettlement payment excludes.
@pytest.mark.parametrize(
    ("reason", "rule", "ok"),
    [
        ("mutual_agreement_worker_request", "voluntary_agreement", False),
        ("employer_termination", "voluntary_agreement", True),
        ("enterprise_closure_with_resettlement", "one_time_resettlement", False),
        ("enterprise_closure", "one_time_resettlement", True),
    ],
)
def test_jilin_section_5(reason: str, rule: str, ok: bool) -> None:
    assert passed(JILIN, rule, reason=reason, locality_code="220100") == [ok]


def test_jilin_resettlement_passes_the_national_rules_but_not_jilins() -> None:
    national = NATIONAL.decide(cn_facts(reason="enterprise_closure_with_resettlement"))
    jilin = JILIN.decide(cn_facts(reason="enterprise_closure_with_resettlement", locality_code="220100"))
    assert national.eligible and not jilin.eligible
    assert jilin.failed_rules == [
        "one_time_resettlement (吉政办发〔2003〕4号 §5): took a one-time resettlement payment on closure or bankruptcy"
    ]


# Jilin §8: a contract, licence or permit, or 3+ consecutive months at or above the local minimum
# wage (1,880 in 220100).
@pytest.mark.parametrize(
    ("finding", "ok"),
    [
        (EmploymentFinding(kind="business_licence"), False),
        (EmploymentFinding(kind="taxi_permit"), False),
        (EmploymentFinding(kind="labour_contract"), False),
        (EmploymentFinding(kind="de_facto", consecutive_months=3, monthly_income=Decimal(1880)), False),
        (EmploymentFinding(kind="de_facto", consecutive_months=2, monthly_income=Decimal(5000)), True),
        (EmploymentFinding(kind="de_facto", consecutive_months=6, monthly_income=Decimal(1879)), True),
    ],
)
def test_jilin_section_8_hidden_employment(finding: EmploymentFinding, ok: bool) -> None:
    assert passed(JILIN, "hidden_employment", employment_findings=[finding], locality_code="220100") == [ok]
    assert (JILIN.employment_stops_benefit(finding, locality_code="220100") is None) is ok
    assert NATIONAL.employment_stops_benefit(finding, locality_code="220100") is None  # not a national ground
