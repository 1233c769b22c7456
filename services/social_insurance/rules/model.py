"""What a rulebook reads (the facts of a claim) and what it says (the decision)."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cached_property
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from shared.events.vocabulary import ContractType, Jurisdiction, TerminationReason, WageRegion


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ContributionMonth(_Frozen):
    """A month of unemployment-insurance contribution, with the insured salary."""

    month: str = Field(pattern=r"^\d{4}-\d{2}$")
    insured_salary: Decimal
    employer_tax_code: str


class EmploymentFinding(_Frozen):
    """Evidence that a person works (Jilin's hidden-employment rule)."""

    kind: Literal["labour_contract", "business_licence", "taxi_permit", "de_facto"]
    consecutive_months: int = 0
    monthly_income: Decimal | None = None


class ClaimFacts(_Frozen):
    """Everything a decision depends on; stored with the decision so it can be made again."""

    jurisdiction: Jurisdiction
    locality_code: str | None = None
    wage_region: WageRegion | None = None
    state_paid: bool = False
    reason: TerminationReason
    contract_type: ContractType
    last_working_day: date
    filed_on: date
    contributions: list[ContributionMonth] = Field(
        default_factory=list, description="contributions before the termination not used by an earlier benefit"
    )
    carried_over_months: int = Field(0, ge=0, description="benefit months left unused from an earlier spell")
    reserved_contribution_months: int = Field(
        0,
        ge=0,
        description="contribution months reserved when an earlier benefit ended early (Vietnam), counted for duration",
    )
    reserved_from_claim: int | None = Field(None, description="the earlier claim whose benefit reserved them")
    receives_pension: bool = False
    receives_work_incapacity_allowance: bool = False
    reemployed_on: date | None = None
    registered_unemployed_on: date | None = None
    employment_findings: list[EmploymentFinding] = Field(default_factory=list)

    @cached_property
    def contributed_months(self) -> frozenset[str]:
        """The distinct months contributed (two employers in one month count once); several rules ask."""
        return frozenset(c.month for c in self.contributions)


# What a decision is made of is built by the rulebooks themselves, a dozen or more per claim:
# plain frozen dataclasses cost a third less to build than models and read, validate and document
# the same inside one (the same JSON schema; pydantic reads __pydantic_config__).
@dataclass(frozen=True, slots=True)
class RuleOutcome:
    """One rule, whether it passed, why, and where the law says so."""

    __pydantic_config__ = ConfigDict(extra="forbid")

    rule: str
    article: str
    passed: bool
    reason: str


@dataclass(frozen=True, slots=True)
class ScheduledPayment:
    __pydantic_config__ = ConfigDict(extra="forbid")

    number: int
    period_start: date
    period_end: date
    amount: Decimal


class Decision(_Frozen):
    pack: str
    pack_version: int
    eligible: bool
    rules: list[RuleOutcome]
    monthly_amount: Decimal
    months: int
    benefit_start: date | None
    payments: list[ScheduledPayment]
    health_cover: Literal["health_insurance", "medical_subsidy"] | None

    @property
    def failed_rules(self) -> list[str]:
        """The refusing rules, each with its article."""
        return [f"{r.rule} ({r.article}): {r.reason}" for r in self.rules if not r.passed]
