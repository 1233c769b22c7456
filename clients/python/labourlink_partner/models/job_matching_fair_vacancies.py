from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="JobMatchingFairVacancies")


@_attrs_define
class JobMatchingFairVacancies:
    """
    Attributes:
        vacancy_ids (list[int]):
    """

    vacancy_ids: list[int]

    def to_dict(self) -> dict[str, Any]:
        vacancy_ids = self.vacancy_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "vacancy_ids": vacancy_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        vacancy_ids = cast(list[int], d.pop("vacancy_ids"))

        job_matching_fair_vacancies = cls(
            vacancy_ids=vacancy_ids,
        )

        return job_matching_fair_vacancies
