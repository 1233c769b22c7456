from enum import StrEnum


class LabourTerminationReason(StrEnum):
    CONTRACT_EXPIRY = "contract_expiry"
    DEATH = "death"
    DISMISSAL_FOR_MISCONDUCT = "dismissal_for_misconduct"
    EMPLOYER_TERMINATION = "employer_termination"
    ENTERPRISE_CLOSURE = "enterprise_closure"
    ENTERPRISE_CLOSURE_WITH_RESETTLEMENT = "enterprise_closure_with_resettlement"
    LAWFUL_UNILATERAL_QUIT = "lawful_unilateral_quit"
    MUTUAL_AGREEMENT_WORKER_REQUEST = "mutual_agreement_worker_request"
    RETIREMENT = "retirement"
    UNLAWFUL_UNILATERAL_QUIT = "unlawful_unilateral_quit"
    WORKER_TERMINATION_EMPLOYER_FAULT = "worker_termination_employer_fault"

    def __str__(self) -> str:
        return str(self.value)
