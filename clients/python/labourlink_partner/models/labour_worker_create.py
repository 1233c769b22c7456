from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.labour_jurisdiction import LabourJurisdiction
from ..models.labour_sex import LabourSex
from ..types import UNSET, Unset

T = TypeVar("T", bound="LabourWorkerCreate")


@_attrs_define
class LabourWorkerCreate:
    """A worker, identified by the national ID of their jurisdiction.

    Attributes:
        national_id (str):
        jurisdiction (LabourJurisdiction):
        full_name (str):
        birth_date (datetime.date):
        sex (LabourSex):
        address (str):
        province (str):
        district (str):
        phone (None | str | Unset):
        email (None | str | Unset):
    """

    national_id: str
    jurisdiction: LabourJurisdiction
    full_name: str
    birth_date: datetime.date
    sex: LabourSex
    address: str
    province: str
    district: str
    phone: None | str | Unset = UNSET
    email: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        national_id = self.national_id

        jurisdiction = self.jurisdiction.value

        full_name = self.full_name

        birth_date = self.birth_date.isoformat()

        sex = self.sex.value

        address = self.address

        province = self.province

        district = self.district

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "national_id": national_id,
                "jurisdiction": jurisdiction,
                "full_name": full_name,
                "birth_date": birth_date,
                "sex": sex,
                "address": address,
                "province": province,
                "district": district,
            }
        )
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        national_id = d.pop("national_id")

        jurisdiction = LabourJurisdiction(d.pop("jurisdiction"))

        full_name = d.pop("full_name")

        birth_date = datetime.date.fromisoformat(d.pop("birth_date"))

        sex = LabourSex(d.pop("sex"))

        address = d.pop("address")

        province = d.pop("province")

        district = d.pop("district")

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        labour_worker_create = cls(
            national_id=national_id,
            jurisdiction=jurisdiction,
            full_name=full_name,
            birth_date=birth_date,
            sex=sex,
            address=address,
            province=province,
            district=district,
            phone=phone,
            email=email,
        )

        return labour_worker_create
