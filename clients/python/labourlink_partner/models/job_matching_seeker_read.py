from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.job_matching_jurisdiction import JobMatchingJurisdiction
from ..models.job_matching_seeker_status import JobMatchingSeekerStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobMatchingSeekerRead")


@_attrs_define
class JobMatchingSeekerRead:
    """
    Attributes:
        id (int):
        created_at (datetime.datetime):
        national_id (str):
        jurisdiction (JobMatchingJurisdiction | None):
        registration_id (int | None):
        centre_code (None | str):
        province (None | str):
        district (None | str):
        registered_on (datetime.date | None):
        occupations (list[str]):
        skills (list[str]):
        preferred_provinces (list[str]):
        preferred_districts (list[str]):
        minimum_monthly_wage (None | str):
        willing_to_relocate (bool):
        status (JobMatchingSeekerStatus): unregistered: known from training or hardship only; active: matched and
            offered; placed;
            inactive: benefit ended. Only a new registration makes a seeker active again.
        status_reason (None | str):
        updated_at (datetime.datetime):
        special_hardship (bool | Unset): (absent for agencies that may not see it)
    """

    id: int
    created_at: datetime.datetime
    national_id: str
    jurisdiction: JobMatchingJurisdiction | None
    registration_id: int | None
    centre_code: None | str
    province: None | str
    district: None | str
    registered_on: datetime.date | None
    occupations: list[str]
    skills: list[str]
    preferred_provinces: list[str]
    preferred_districts: list[str]
    minimum_monthly_wage: None | str
    willing_to_relocate: bool
    status: JobMatchingSeekerStatus
    status_reason: None | str
    updated_at: datetime.datetime
    special_hardship: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        national_id = self.national_id

        jurisdiction: None | str
        if isinstance(self.jurisdiction, JobMatchingJurisdiction):
            jurisdiction = self.jurisdiction.value
        else:
            jurisdiction = self.jurisdiction

        registration_id: int | None
        registration_id = self.registration_id

        centre_code: None | str
        centre_code = self.centre_code

        province: None | str
        province = self.province

        district: None | str
        district = self.district

        registered_on: None | str
        if isinstance(self.registered_on, datetime.date):
            registered_on = self.registered_on.isoformat()
        else:
            registered_on = self.registered_on

        occupations = self.occupations

        skills = self.skills

        preferred_provinces = self.preferred_provinces

        preferred_districts = self.preferred_districts

        minimum_monthly_wage: None | str
        minimum_monthly_wage = self.minimum_monthly_wage

        willing_to_relocate = self.willing_to_relocate

        status = self.status.value

        status_reason: None | str
        status_reason = self.status_reason

        updated_at = self.updated_at.isoformat()

        special_hardship = self.special_hardship

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "national_id": national_id,
                "jurisdiction": jurisdiction,
                "registration_id": registration_id,
                "centre_code": centre_code,
                "province": province,
                "district": district,
                "registered_on": registered_on,
                "occupations": occupations,
                "skills": skills,
                "preferred_provinces": preferred_provinces,
                "preferred_districts": preferred_districts,
                "minimum_monthly_wage": minimum_monthly_wage,
                "willing_to_relocate": willing_to_relocate,
                "status": status,
                "status_reason": status_reason,
                "updated_at": updated_at,
            }
        )
        if special_hardship is not UNSET:
            field_dict["special_hardship"] = special_hardship

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        national_id = d.pop("national_id")

        def _parse_jurisdiction(data: object) -> JobMatchingJurisdiction | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                jurisdiction_type_0 = JobMatchingJurisdiction(data)

                return jurisdiction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobMatchingJurisdiction | None, data)

        jurisdiction = _parse_jurisdiction(d.pop("jurisdiction"))

        def _parse_registration_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        registration_id = _parse_registration_id(d.pop("registration_id"))

        def _parse_centre_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        centre_code = _parse_centre_code(d.pop("centre_code"))

        def _parse_province(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        province = _parse_province(d.pop("province"))

        def _parse_district(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        district = _parse_district(d.pop("district"))

        def _parse_registered_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                registered_on_type_0 = datetime.date.fromisoformat(data)

                return registered_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        registered_on = _parse_registered_on(d.pop("registered_on"))

        occupations = cast(list[str], d.pop("occupations"))

        skills = cast(list[str], d.pop("skills"))

        preferred_provinces = cast(list[str], d.pop("preferred_provinces"))

        preferred_districts = cast(list[str], d.pop("preferred_districts"))

        def _parse_minimum_monthly_wage(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        minimum_monthly_wage = _parse_minimum_monthly_wage(d.pop("minimum_monthly_wage"))

        willing_to_relocate = d.pop("willing_to_relocate")

        status = JobMatchingSeekerStatus(d.pop("status"))

        def _parse_status_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status_reason = _parse_status_reason(d.pop("status_reason"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        special_hardship = d.pop("special_hardship", UNSET)

        job_matching_seeker_read = cls(
            id=id,
            created_at=created_at,
            national_id=national_id,
            jurisdiction=jurisdiction,
            registration_id=registration_id,
            centre_code=centre_code,
            province=province,
            district=district,
            registered_on=registered_on,
            occupations=occupations,
            skills=skills,
            preferred_provinces=preferred_provinces,
            preferred_districts=preferred_districts,
            minimum_monthly_wage=minimum_monthly_wage,
            willing_to_relocate=willing_to_relocate,
            status=status,
            status_reason=status_reason,
            updated_at=updated_at,
            special_hardship=special_hardship,
        )

        return job_matching_seeker_read
