from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_matching_candidate_breakdown import JobMatchingCandidateBreakdown


T = TypeVar("T", bound="JobMatchingCandidate")


@_attrs_define
class JobMatchingCandidate:
    """A seeker ranked for a vacancy, with the score that explains it.

    Attributes:
        national_id (str):
        centre_code (None | str):
        score (int):
        breakdown (JobMatchingCandidateBreakdown):
        special_hardship (bool | Unset): (absent for agencies that may not see it)
    """

    national_id: str
    centre_code: None | str
    score: int
    breakdown: JobMatchingCandidateBreakdown
    special_hardship: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        national_id = self.national_id

        centre_code: None | str
        centre_code = self.centre_code

        score = self.score

        breakdown = self.breakdown.to_dict()

        special_hardship = self.special_hardship

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "national_id": national_id,
                "centre_code": centre_code,
                "score": score,
                "breakdown": breakdown,
            }
        )
        if special_hardship is not UNSET:
            field_dict["special_hardship"] = special_hardship

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_matching_candidate_breakdown import JobMatchingCandidateBreakdown  # noqa: PLC0415

        d = dict(src_dict)
        national_id = d.pop("national_id")

        def _parse_centre_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        centre_code = _parse_centre_code(d.pop("centre_code"))

        score = d.pop("score")

        breakdown = JobMatchingCandidateBreakdown.from_dict(d.pop("breakdown"))

        special_hardship = d.pop("special_hardship", UNSET)

        job_matching_candidate = cls(
            national_id=national_id,
            centre_code=centre_code,
            score=score,
            breakdown=breakdown,
            special_hardship=special_hardship,
        )

        return job_matching_candidate
