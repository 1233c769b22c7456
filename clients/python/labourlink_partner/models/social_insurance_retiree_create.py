from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SocialInsuranceRetireeCreate")


@_attrs_define
class SocialInsuranceRetireeCreate:
    """A retiree managed by their street and community (city, county, street, community: seed 002).

    Attributes:
        national_id (str):
        full_name (str):
        city (str):
        county (str):
        street (str):
        community_code (str):
        pension_since (datetime.date):
    """

    national_id: str
    full_name: str
    city: str
    county: str
    street: str
    community_code: str
    pension_since: datetime.date

    def to_dict(self) -> dict[str, Any]:
        national_id = self.national_id

        full_name = self.full_name

        city = self.city

        county = self.county

        street = self.street

        community_code = self.community_code

        pension_since = self.pension_since.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "national_id": national_id,
                "full_name": full_name,
                "city": city,
                "county": county,
                "street": street,
                "community_code": community_code,
                "pension_since": pension_since,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        national_id = d.pop("national_id")

        full_name = d.pop("full_name")

        city = d.pop("city")

        county = d.pop("county")

        street = d.pop("street")

        community_code = d.pop("community_code")

        pension_since = datetime.date.fromisoformat(d.pop("pension_since"))

        social_insurance_retiree_create = cls(
            national_id=national_id,
            full_name=full_name,
            city=city,
            county=county,
            street=street,
            community_code=community_code,
            pension_since=pension_since,
        )

        return social_insurance_retiree_create
