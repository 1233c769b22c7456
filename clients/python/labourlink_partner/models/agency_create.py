from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.agency_kind import AgencyKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgencyCreate")


@_attrs_define
class AgencyCreate:
    """
    Attributes:
        code (str):
        name (str):
        kind (AgencyKind):
        province (None | str | Unset): reads only people registered here
        district (None | str | Unset): of the province: reads only people registered here
        centre_code (None | str | Unset): an employment service centre: reads only the people registered there
    """

    code: str
    name: str
    kind: AgencyKind
    province: None | str | Unset = UNSET
    district: None | str | Unset = UNSET
    centre_code: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        kind = self.kind.value

        province: None | str | Unset
        if isinstance(self.province, Unset):
            province = UNSET
        else:
            province = self.province

        district: None | str | Unset
        if isinstance(self.district, Unset):
            district = UNSET
        else:
            district = self.district

        centre_code: None | str | Unset
        if isinstance(self.centre_code, Unset):
            centre_code = UNSET
        else:
            centre_code = self.centre_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "name": name,
                "kind": kind,
            }
        )
        if province is not UNSET:
            field_dict["province"] = province
        if district is not UNSET:
            field_dict["district"] = district
        if centre_code is not UNSET:
            field_dict["centre_code"] = centre_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        kind = AgencyKind(d.pop("kind"))

        def _parse_province(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        province = _parse_province(d.pop("province", UNSET))

        def _parse_district(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        district = _parse_district(d.pop("district", UNSET))

        def _parse_centre_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        centre_code = _parse_centre_code(d.pop("centre_code", UNSET))

        agency_create = cls(
            code=code,
            name=name,
            kind=kind,
            province=province,
            district=district,
            centre_code=centre_code,
        )

        return agency_create
