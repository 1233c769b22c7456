from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="JobMatchingPlacementRead")


@_attrs_define
class JobMatchingPlacementRead:
    """
    Attributes:
        id (int):
        created_at (datetime.datetime):
        national_id (str): the person the record is about
        seeker_id (int):
        referral_id (int | None): null: found on their own
        centre_code (str):
        employer_tax_code (None | str):
        employer_name (str):
        start_date (datetime.date):
        monthly_wage (str):
    """

    id: int
    created_at: datetime.datetime
    national_id: str
    seeker_id: int
    referral_id: int | None
    centre_code: str
    employer_tax_code: None | str
    employer_name: str
    start_date: datetime.date
    monthly_wage: str

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        national_id = self.national_id

        seeker_id = self.seeker_id

        referral_id: int | None
        referral_id = self.referral_id

        centre_code = self.centre_code

        employer_tax_code: None | str
        employer_tax_code = self.employer_tax_code

        employer_name = self.employer_name

        start_date = self.start_date.isoformat()

        monthly_wage = self.monthly_wage

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "national_id": national_id,
                "seeker_id": seeker_id,
                "referral_id": referral_id,
                "centre_code": centre_code,
                "employer_tax_code": employer_tax_code,
                "employer_name": employer_name,
                "start_date": start_date,
                "monthly_wage": monthly_wage,
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

        def _parse_referral_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        referral_id = _parse_referral_id(d.pop("referral_id"))

        centre_code = d.pop("centre_code")

        def _parse_employer_tax_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        employer_tax_code = _parse_employer_tax_code(d.pop("employer_tax_code"))

        employer_name = d.pop("employer_name")

        start_date = datetime.date.fromisoformat(d.pop("start_date"))

        monthly_wage = d.pop("monthly_wage")

        job_matching_placement_read = cls(
            id=id,
            created_at=created_at,
            national_id=national_id,
            seeker_id=seeker_id,
            referral_id=referral_id,
            centre_code=centre_code,
            employer_tax_code=employer_tax_code,
            employer_name=employer_name,
            start_date=start_date,
            monthly_wage=monthly_wage,
        )

        return job_matching_placement_read
