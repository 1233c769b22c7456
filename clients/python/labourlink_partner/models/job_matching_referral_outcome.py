from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.job_matching_referral_outcome_outcome import JobMatchingReferralOutcomeOutcome
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobMatchingReferralOutcome")


@_attrs_define
class JobMatchingReferralOutcome:
    """How a referral ended. A hire names its start date and wage; a decline says whether the reason was good.

    Attributes:
        outcome (JobMatchingReferralOutcomeOutcome):
        decided_on (datetime.date):
        good_reason (bool | None | Unset): required when declined: was the seeker's reason accepted
        explanation (None | str | Unset):
        start_date (datetime.date | None | Unset): required when hired
        monthly_wage (float | None | str | Unset): required when hired
    """

    outcome: JobMatchingReferralOutcomeOutcome
    decided_on: datetime.date
    good_reason: bool | None | Unset = UNSET
    explanation: None | str | Unset = UNSET
    start_date: datetime.date | None | Unset = UNSET
    monthly_wage: float | None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        outcome = self.outcome.value

        decided_on = self.decided_on.isoformat()

        good_reason: bool | None | Unset
        if isinstance(self.good_reason, Unset):
            good_reason = UNSET
        else:
            good_reason = self.good_reason

        explanation: None | str | Unset
        if isinstance(self.explanation, Unset):
            explanation = UNSET
        else:
            explanation = self.explanation

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        monthly_wage: float | None | str | Unset
        if isinstance(self.monthly_wage, Unset):
            monthly_wage = UNSET
        else:
            monthly_wage = self.monthly_wage

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "outcome": outcome,
                "decided_on": decided_on,
            }
        )
        if good_reason is not UNSET:
            field_dict["good_reason"] = good_reason
        if explanation is not UNSET:
            field_dict["explanation"] = explanation
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if monthly_wage is not UNSET:
            field_dict["monthly_wage"] = monthly_wage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        outcome = JobMatchingReferralOutcomeOutcome(d.pop("outcome"))

        decided_on = datetime.date.fromisoformat(d.pop("decided_on"))

        def _parse_good_reason(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        good_reason = _parse_good_reason(d.pop("good_reason", UNSET))

        def _parse_explanation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        explanation = _parse_explanation(d.pop("explanation", UNSET))

        def _parse_start_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.date.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        def _parse_monthly_wage(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        monthly_wage = _parse_monthly_wage(d.pop("monthly_wage", UNSET))

        job_matching_referral_outcome = cls(
            outcome=outcome,
            decided_on=decided_on,
            good_reason=good_reason,
            explanation=explanation,
            start_date=start_date,
            monthly_wage=monthly_wage,
        )

        return job_matching_referral_outcome
