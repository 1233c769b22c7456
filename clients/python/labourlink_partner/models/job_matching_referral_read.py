from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.job_matching_referral_state import JobMatchingReferralState

T = TypeVar("T", bound="JobMatchingReferralRead")


@_attrs_define
class JobMatchingReferralRead:
    """
    Attributes:
        id (int):
        created_at (datetime.datetime):
        national_id (str): the person the record is about
        seeker_id (int):
        vacancy_id (int):
        centre_code (str):
        referred_on (datetime.date):
        outcome (JobMatchingReferralState): Where a referral stands: pending until the employer's or the seeker's
            outcome, or withdrawn.
        good_reason (bool | None):
        explanation (None | str):
        decided_on (datetime.date | None):
    """

    id: int
    created_at: datetime.datetime
    national_id: str
    seeker_id: int
    vacancy_id: int
    centre_code: str
    referred_on: datetime.date
    outcome: JobMatchingReferralState
    good_reason: bool | None
    explanation: None | str
    decided_on: datetime.date | None

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        national_id = self.national_id

        seeker_id = self.seeker_id

        vacancy_id = self.vacancy_id

        centre_code = self.centre_code

        referred_on = self.referred_on.isoformat()

        outcome = self.outcome.value

        good_reason: bool | None
        good_reason = self.good_reason

        explanation: None | str
        explanation = self.explanation

        decided_on: None | str
        if isinstance(self.decided_on, datetime.date):
            decided_on = self.decided_on.isoformat()
        else:
            decided_on = self.decided_on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "national_id": national_id,
                "seeker_id": seeker_id,
                "vacancy_id": vacancy_id,
                "centre_code": centre_code,
                "referred_on": referred_on,
                "outcome": outcome,
                "good_reason": good_reason,
                "explanation": explanation,
                "decided_on": decided_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        national_id = d.pop("national_id")

        seeker_id = d.pop("seeker_id")

        vacancy_id = d.pop("vacancy_id")

        centre_code = d.pop("centre_code")

        referred_on = datetime.date.fromisoformat(d.pop("referred_on"))

        outcome = JobMatchingReferralState(d.pop("outcome"))

        def _parse_good_reason(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        good_reason = _parse_good_reason(d.pop("good_reason"))

        def _parse_explanation(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        explanation = _parse_explanation(d.pop("explanation"))

        def _parse_decided_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_on_type_0 = datetime.date.fromisoformat(data)

                return decided_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        decided_on = _parse_decided_on(d.pop("decided_on"))

        job_matching_referral_read = cls(
            id=id,
            created_at=created_at,
            national_id=national_id,
            seeker_id=seeker_id,
            vacancy_id=vacancy_id,
            centre_code=centre_code,
            referred_on=referred_on,
            outcome=outcome,
            good_reason=good_reason,
            explanation=explanation,
            decided_on=decided_on,
        )

        return job_matching_referral_read
