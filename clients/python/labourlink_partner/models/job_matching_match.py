from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.job_matching_breakdown import JobMatchingBreakdown
    from ..models.job_matching_vacancy_read import JobMatchingVacancyRead


T = TypeVar("T", bound="JobMatchingMatch")


@_attrs_define
class JobMatchingMatch:
    """
    Attributes:
        vacancy (JobMatchingVacancyRead):
        breakdown (JobMatchingBreakdown): A score component by component, with the reasons a caseworker can read out.
    """

    vacancy: JobMatchingVacancyRead
    breakdown: JobMatchingBreakdown

    def to_dict(self) -> dict[str, Any]:
        vacancy = self.vacancy.to_dict()

        breakdown = self.breakdown.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "vacancy": vacancy,
                "breakdown": breakdown,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_matching_breakdown import JobMatchingBreakdown  # noqa: PLC0415
        from ..models.job_matching_vacancy_read import JobMatchingVacancyRead  # noqa: PLC0415

        d = dict(src_dict)
        vacancy = JobMatchingVacancyRead.from_dict(d.pop("vacancy"))

        breakdown = JobMatchingBreakdown.from_dict(d.pop("breakdown"))

        job_matching_match = cls(
            vacancy=vacancy,
            breakdown=breakdown,
        )

        return job_matching_match
