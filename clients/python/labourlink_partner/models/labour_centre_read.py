from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.labour_jurisdiction import LabourJurisdiction

T = TypeVar("T", bound="LabourCentreRead")


@_attrs_define
class LabourCentreRead:
    """
    Attributes:
        id (int):
        created_at (datetime.datetime):
        code (str):
        name (str):
        jurisdiction (LabourJurisdiction):
        province (str):
        district (str):
    """

    id: int
    created_at: datetime.datetime
    code: str
    name: str
    jurisdiction: LabourJurisdiction
    province: str
    district: str

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        code = self.code

        name = self.name

        jurisdiction = self.jurisdiction.value

        province = self.province

        district = self.district

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "code": code,
                "name": name,
                "jurisdiction": jurisdiction,
                "province": province,
                "district": district,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        code = d.pop("code")

        name = d.pop("name")

        jurisdiction = LabourJurisdiction(d.pop("jurisdiction"))

        province = d.pop("province")

        district = d.pop("district")

        labour_centre_read = cls(
            id=id,
            created_at=created_at,
            code=code,
            name=name,
            jurisdiction=jurisdiction,
            province=province,
            district=district,
        )

        return labour_centre_read
