from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.social_insurance_benefit_status import SocialInsuranceBenefitStatus

T = TypeVar("T", bound="SocialInsuranceBenefitRead")


@_attrs_define
class SocialInsuranceBenefitRead:
    """
    Attributes:
        id (int):
        created_at (datetime.datetime):
        claim_id (int):
        national_id (str):
        pack (str):
        status (SocialInsuranceBenefitStatus): Where a benefit is in its life: paid monthly, held, ended early, or run
            its course.
        monthly_amount (str):
        months (int):
        start_date (datetime.date):
        fund_area (str):
        community (None | str):
        refusals (int):
        suspended_on (datetime.date | None):
        ended_on (datetime.date | None):
        end_reason (None | str):
    """

    id: int
    created_at: datetime.datetime
    claim_id: int
    national_id: str
    pack: str
    status: SocialInsuranceBenefitStatus
    monthly_amount: str
    months: int
    start_date: datetime.date
    fund_area: str
    community: None | str
    refusals: int
    suspended_on: datetime.date | None
    ended_on: datetime.date | None
    end_reason: None | str

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        claim_id = self.claim_id

        national_id = self.national_id

        pack = self.pack

        status = self.status.value

        monthly_amount = self.monthly_amount

        months = self.months

        start_date = self.start_date.isoformat()

        fund_area = self.fund_area

        community: None | str
        community = self.community

        refusals = self.refusals

        suspended_on: None | str
        if isinstance(self.suspended_on, datetime.date):
            suspended_on = self.suspended_on.isoformat()
        else:
            suspended_on = self.suspended_on

        ended_on: None | str
        if isinstance(self.ended_on, datetime.date):
            ended_on = self.ended_on.isoformat()
        else:
            ended_on = self.ended_on

        end_reason: None | str
        end_reason = self.end_reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "claim_id": claim_id,
                "national_id": national_id,
                "pack": pack,
                "status": status,
                "monthly_amount": monthly_amount,
                "months": months,
                "start_date": start_date,
                "fund_area": fund_area,
                "community": community,
                "refusals": refusals,
                "suspended_on": suspended_on,
                "ended_on": ended_on,
                "end_reason": end_reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        claim_id = d.pop("claim_id")

        national_id = d.pop("national_id")

        pack = d.pop("pack")

        status = SocialInsuranceBenefitStatus(d.pop("status"))

        monthly_amount = d.pop("monthly_amount")

        months = d.pop("months")

        start_date = datetime.date.fromisoformat(d.pop("start_date"))

        fund_area = d.pop("fund_area")

        def _parse_community(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        community = _parse_community(d.pop("community"))

        refusals = d.pop("refusals")

        def _parse_suspended_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                suspended_on_type_0 = datetime.date.fromisoformat(data)

                return suspended_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        suspended_on = _parse_suspended_on(d.pop("suspended_on"))

        def _parse_ended_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_on_type_0 = datetime.date.fromisoformat(data)

                return ended_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        ended_on = _parse_ended_on(d.pop("ended_on"))

        def _parse_end_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        end_reason = _parse_end_reason(d.pop("end_reason"))

        social_insurance_benefit_read = cls(
            id=id,
            created_at=created_at,
            claim_id=claim_id,
            national_id=national_id,
            pack=pack,
            status=status,
            monthly_amount=monthly_amount,
            months=months,
            start_date=start_date,
            fund_area=fund_area,
            community=community,
            refusals=refusals,
            suspended_on=suspended_on,
            ended_on=ended_on,
            end_reason=end_reason,
        )

        return social_insurance_benefit_read
