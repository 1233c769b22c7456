from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.labour_jurisdiction import LabourJurisdiction
from ..models.labour_wage_region import LabourWageRegion
from ..types import UNSET, Unset

T = TypeVar("T", bound="LabourEmployerRead")


@_attrs_define
class LabourEmployerRead:
    """
    Attributes:
        id (int):
        created_at (datetime.datetime):
        tax_code (str): Vietnam: the tax code (mã số thuế), 10 digits, a branch 10-3 (0314409058-002); China: the
            unified social credit code, 18 characters; checked with their check digit
        name (str):
        jurisdiction (LabourJurisdiction):
        address (str):
        province (str):
        district (str):
        sector (str):
        wage_region (LabourWageRegion | None | Unset): required in Vietnam
        locality_code (None | str | Unset): required in China
        state_paid (bool | Unset):  Default: False.
    """

    id: int
    created_at: datetime.datetime
    tax_code: str
    name: str
    jurisdiction: LabourJurisdiction
    address: str
    province: str
    district: str
    sector: str
    wage_region: LabourWageRegion | None | Unset = UNSET
    locality_code: None | str | Unset = UNSET
    state_paid: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        tax_code = self.tax_code

        name = self.name

        jurisdiction = self.jurisdiction.value

        address = self.address

        province = self.province

        district = self.district

        sector = self.sector

        wage_region: None | str | Unset
        if isinstance(self.wage_region, Unset):
            wage_region = UNSET
        elif isinstance(self.wage_region, LabourWageRegion):
            wage_region = self.wage_region.value
        else:
            wage_region = self.wage_region

        locality_code: None | str | Unset
        if isinstance(self.locality_code, Unset):
            locality_code = UNSET
        else:
            locality_code = self.locality_code

        state_paid = self.state_paid

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "tax_code": tax_code,
                "name": name,
                "jurisdiction": jurisdiction,
                "address": address,
                "province": province,
                "district": district,
                "sector": sector,
            }
        )
        if wage_region is not UNSET:
            field_dict["wage_region"] = wage_region
        if locality_code is not UNSET:
            field_dict["locality_code"] = locality_code
        if state_paid is not UNSET:
            field_dict["state_paid"] = state_paid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        tax_code = d.pop("tax_code")

        name = d.pop("name")

        jurisdiction = LabourJurisdiction(d.pop("jurisdiction"))

        address = d.pop("address")

        province = d.pop("province")

        district = d.pop("district")

        sector = d.pop("sector")

        def _parse_wage_region(data: object) -> LabourWageRegion | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                wage_region_type_0 = LabourWageRegion(data)

                return wage_region_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LabourWageRegion | None | Unset, data)

        wage_region = _parse_wage_region(d.pop("wage_region", UNSET))

        def _parse_locality_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        locality_code = _parse_locality_code(d.pop("locality_code", UNSET))

        state_paid = d.pop("state_paid", UNSET)

        labour_employer_read = cls(
            id=id,
            created_at=created_at,
            tax_code=tax_code,
            name=name,
            jurisdiction=jurisdiction,
            address=address,
            province=province,
            district=district,
            sector=sector,
            wage_region=wage_region,
            locality_code=locality_code,
            state_paid=state_paid,
        )

        return labour_employer_read
