"""Words every agency uses the same way: jurisdictions, contract types, termination reasons.

They sit with the event contracts because they travel in event payloads.
"""

from enum import StrEnum


class Jurisdiction(StrEnum):
    VN = "VN"  # Vietnam
    CN = "CN"  # China


class WageRegion(StrEnum):
    """Vietnam's regional minimum-wage regions (lương tối thiểu vùng)."""

    I = "I"  # noqa: E741 - the legal name of the region
    II = "II"
    III = "III"
    IV = "IV"


class ContractType(StrEnum):
    indefinite = "indefinite"
    definite_term = "definite_term"
    seasonal = "seasonal"  # seasonal or a specific job of under 12 months


class TerminationReason(StrEnum):
    """Why a contract ended: one closed list covering both jurisdictions' rules."""

    employer_termination = "employer_termination"
    contract_expiry = "contract_expiry"
    dismissal_for_misconduct = "dismissal_for_misconduct"
    mutual_agreement_worker_request = "mutual_agreement_worker_request"
    worker_termination_employer_fault = "worker_termination_employer_fault"
    lawful_unilateral_quit = "lawful_unilateral_quit"  # the worker gave the notice the law requires
    unlawful_unilateral_quit = "unlawful_unilateral_quit"
    enterprise_closure = "enterprise_closure"  # closure or bankruptcy, no one-time resettlement payment
    enterprise_closure_with_resettlement = "enterprise_closure_with_resettlement"
    retirement = "retirement"
    death = "death"


class Sex(StrEnum):
    female = "female"
    male = "male"


class ReemploymentChannel(StrEnum):
    """How an agency learned that a person out of work has a job again."""

    contract = "contract"  # a new employer's contract recorded at labour (by the employer or a centre)
    placement = "placement"  # a placement recorded by job matching
    contributions = "contributions"  # contributions reported by another employer to social insurance
    new_hire = "new_hire"  # a partner agency's new-hire report (the tax agency knows who withholds for whom)
    employment_finding = "employment_finding"  # a finding of de facto work (Jilin's hidden-employment rule)
