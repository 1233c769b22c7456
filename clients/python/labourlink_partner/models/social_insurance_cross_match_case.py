from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.social_insurance_evidence import SocialInsuranceEvidence


T = TypeVar("T", bound="SocialInsuranceCrossMatchCase")


@_attrs_define
class SocialInsuranceCrossMatchCase:
    """A benefit paid for months in which the person was working.

    Attributes:
        national_id (str):
        claim_id (int):
        benefit_id (int):
        employer (str):
        job_start (datetime.date):
        months_paid_while_working (int): paid months whose period reaches the job's first day or later
        amount_paid_while_working (str):
        overpayment (str): the amount to recover, by the rule pack's reading of the month the job began
        recovered_on (datetime.date | None):
        evidence (SocialInsuranceEvidence):
    """

    national_id: str
    claim_id: int
    benefit_id: int
    employer: str
    job_start: datetime.date
    months_paid_while_working: int
    amount_paid_while_working: str
    overpayment: str
    recovered_on: datetime.date | None
    evidence: SocialInsuranceEvidence

    def to_dict(self) -> dict[str, Any]:
        national_id = self.national_id

        claim_id = self.claim_id

        benefit_id = self.benefit_id

        employer = self.employer

        job_start = self.job_start.isoformat()

        months_paid_while_working = self.months_paid_while_working

        amount_paid_while_working = self.amount_paid_while_working

        overpayment = self.overpayment

        recovered_on: None | str
        if isinstance(self.recovered_on, datetime.date):
            recovered_on = self.recovered_on.isoformat()
        else:
            recovered_on = self.recovered_on

        evidence = self.evidence.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "national_id": national_id,
                "claim_id": claim_id,
                "benefit_id": benefit_id,
                "employer": employer,
                "job_start": job_start,
                "months_paid_while_working": months_paid_while_working,
                "amount_paid_while_working": amount_paid_while_working,
                "overpayment": overpayment,
                "recovered_on": recovered_on,
                "evidence": evidence,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.social_insurance_evidence import SocialInsuranceEvidence  # noqa: PLC0415

        d = dict(src_dict)
        national_id = d.pop("national_id")

        claim_id = d.pop("claim_id")

        benefit_id = d.pop("benefit_id")

        employer = d.pop("employer")

        job_start = datetime.date.fromisoformat(d.pop("job_start"))

        months_paid_while_working = d.pop("months_paid_while_working")

        amount_paid_while_working = d.pop("amount_paid_while_working")

        overpayment = d.pop("overpayment")

        def _parse_recovered_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                recovered_on_type_0 = datetime.date.fromisoformat(data)

                return recovered_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        recovered_on = _parse_recovered_on(d.pop("recovered_on"))

        evidence = SocialInsuranceEvidence.from_dict(d.pop("evidence"))

        social_insurance_cross_match_case = cls(
            national_id=national_id,
            claim_id=claim_id,
            benefit_id=benefit_id,
            employer=employer,
            job_start=job_start,
            months_paid_while_working=months_paid_while_working,
            amount_paid_while_working=amount_paid_while_working,
            overpayment=overpayment,
            recovered_on=recovered_on,
            evidence=evidence,
        )

        return social_insurance_cross_match_case
