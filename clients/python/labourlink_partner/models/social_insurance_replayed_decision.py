from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SocialInsuranceReplayedDecision")


@_attrs_define
class SocialInsuranceReplayedDecision:
    """A stored decision made again from its stored facts and pack: they must agree.

    Attributes:
        claim_id (int):
        national_id (str):
        same (bool):
        monthly_amount (str):
        months (int):
    """

    claim_id: int
    national_id: str
    same: bool
    monthly_amount: str
    months: int

    def to_dict(self) -> dict[str, Any]:
        claim_id = self.claim_id

        national_id = self.national_id

        same = self.same

        monthly_amount = self.monthly_amount

        months = self.months

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "claim_id": claim_id,
                "national_id": national_id,
                "same": same,
                "monthly_amount": monthly_amount,
                "months": months,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        claim_id = d.pop("claim_id")

        national_id = d.pop("national_id")

        same = d.pop("same")

        monthly_amount = d.pop("monthly_amount")

        months = d.pop("months")

        social_insurance_replayed_decision = cls(
            claim_id=claim_id,
            national_id=national_id,
            same=same,
            monthly_amount=monthly_amount,
            months=months,
        )

        return social_insurance_replayed_decision
