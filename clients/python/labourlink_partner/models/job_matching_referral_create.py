from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobMatchingReferralCreate")


@_attrs_define
class JobMatchingReferralCreate:
    """
    Attributes:
        national_id (str):
        vacancy_id (int):
        referred_on (datetime.date):
        centre_code (None | str | Unset): default: the seeker's centre
    """

    national_id: str
    vacancy_id: int
    referred_on: datetime.date
    centre_code: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        national_id = self.national_id

        vacancy_id = self.vacancy_id

        referred_on = self.referred_on.isoformat()

        centre_code: None | str | Unset
        if isinstance(self.centre_code, Unset):
            centre_code = UNSET
        else:
            centre_code = self.centre_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "national_id": national_id,
                "vacancy_id": vacancy_id,
                "referred_on": referred_on,
            }
        )
        if centre_code is not UNSET:
            field_dict["centre_code"] = centre_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        national_id = d.pop("national_id")

        vacancy_id = d.pop("vacancy_id")

        referred_on = datetime.date.fromisoformat(d.pop("referred_on"))

        def _parse_centre_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        centre_code = _parse_centre_code(d.pop("centre_code", UNSET))

        job_matching_referral_create = cls(
            national_id=national_id,
            vacancy_id=vacancy_id,
            referred_on=referred_on,
            centre_code=centre_code,
        )

        return job_matching_referral_create
