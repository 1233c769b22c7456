from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobMatchingPreferencesUpdate")


@_attrs_define
class JobMatchingPreferencesUpdate:
    """What a seeker (or their caseworker) changes in the profile; fields left out stay as they are.

    Attributes:
        occupations (list[str] | None | Unset):
        skills (list[str] | None | Unset):
        preferred_provinces (list[str] | None | Unset):
        preferred_districts (list[str] | None | Unset):
        minimum_monthly_wage (float | None | str | Unset): null: no minimum
        willing_to_relocate (bool | None | Unset):
    """

    occupations: list[str] | None | Unset = UNSET
    skills: list[str] | None | Unset = UNSET
    preferred_provinces: list[str] | None | Unset = UNSET
    preferred_districts: list[str] | None | Unset = UNSET
    minimum_monthly_wage: float | None | str | Unset = UNSET
    willing_to_relocate: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        occupations: list[str] | None | Unset
        if isinstance(self.occupations, Unset):
            occupations = UNSET
        elif isinstance(self.occupations, list):
            occupations = self.occupations

        else:
            occupations = self.occupations

        skills: list[str] | None | Unset
        if isinstance(self.skills, Unset):
            skills = UNSET
        elif isinstance(self.skills, list):
            skills = self.skills

        else:
            skills = self.skills

        preferred_provinces: list[str] | None | Unset
        if isinstance(self.preferred_provinces, Unset):
            preferred_provinces = UNSET
        elif isinstance(self.preferred_provinces, list):
            preferred_provinces = self.preferred_provinces

        else:
            preferred_provinces = self.preferred_provinces

        preferred_districts: list[str] | None | Unset
        if isinstance(self.preferred_districts, Unset):
            preferred_districts = UNSET
        elif isinstance(self.preferred_districts, list):
            preferred_districts = self.preferred_districts

        else:
            preferred_districts = self.preferred_districts

        minimum_monthly_wage: float | None | str | Unset
        if isinstance(self.minimum_monthly_wage, Unset):
            minimum_monthly_wage = UNSET
        else:
            minimum_monthly_wage = self.minimum_monthly_wage

        willing_to_relocate: bool | None | Unset
        if isinstance(self.willing_to_relocate, Unset):
            willing_to_relocate = UNSET
        else:
            willing_to_relocate = self.willing_to_relocate

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if occupations is not UNSET:
            field_dict["occupations"] = occupations
        if skills is not UNSET:
            field_dict["skills"] = skills
        if preferred_provinces is not UNSET:
            field_dict["preferred_provinces"] = preferred_provinces
        if preferred_districts is not UNSET:
            field_dict["preferred_districts"] = preferred_districts
        if minimum_monthly_wage is not UNSET:
            field_dict["minimum_monthly_wage"] = minimum_monthly_wage
        if willing_to_relocate is not UNSET:
            field_dict["willing_to_relocate"] = willing_to_relocate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_occupations(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                occupations_type_0 = cast(list[str], data)

                return occupations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        occupations = _parse_occupations(d.pop("occupations", UNSET))

        def _parse_skills(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                skills_type_0 = cast(list[str], data)

                return skills_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        skills = _parse_skills(d.pop("skills", UNSET))

        def _parse_preferred_provinces(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                preferred_provinces_type_0 = cast(list[str], data)

                return preferred_provinces_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        preferred_provinces = _parse_preferred_provinces(d.pop("preferred_provinces", UNSET))

        def _parse_preferred_districts(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                preferred_districts_type_0 = cast(list[str], data)

                return preferred_districts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        preferred_districts = _parse_preferred_districts(d.pop("preferred_districts", UNSET))

        def _parse_minimum_monthly_wage(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        minimum_monthly_wage = _parse_minimum_monthly_wage(d.pop("minimum_monthly_wage", UNSET))

        def _parse_willing_to_relocate(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        willing_to_relocate = _parse_willing_to_relocate(d.pop("willing_to_relocate", UNSET))

        job_matching_preferences_update = cls(
            occupations=occupations,
            skills=skills,
            preferred_provinces=preferred_provinces,
            preferred_districts=preferred_districts,
            minimum_monthly_wage=minimum_monthly_wage,
            willing_to_relocate=willing_to_relocate,
        )

        return job_matching_preferences_update
