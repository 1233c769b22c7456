from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LabourCourseCreate")


@_attrs_define
class LabourCourseCreate:
    """
    Attributes:
        code (str):
        title (str):
        occupation (str): ISCO-08 code the course trains for
        length_hours (int):
        provider (str):
        skills (list[str] | Unset):
    """

    code: str
    title: str
    occupation: str
    length_hours: int
    provider: str
    skills: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        title = self.title

        occupation = self.occupation

        length_hours = self.length_hours

        provider = self.provider

        skills: list[str] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = self.skills

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "title": title,
                "occupation": occupation,
                "length_hours": length_hours,
                "provider": provider,
            }
        )
        if skills is not UNSET:
            field_dict["skills"] = skills

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        title = d.pop("title")

        occupation = d.pop("occupation")

        length_hours = d.pop("length_hours")

        provider = d.pop("provider")

        skills = cast(list[str], d.pop("skills", UNSET))

        labour_course_create = cls(
            code=code,
            title=title,
            occupation=occupation,
            length_hours=length_hours,
            provider=provider,
            skills=skills,
        )

        return labour_course_create
