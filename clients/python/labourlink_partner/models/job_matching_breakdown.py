from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="JobMatchingBreakdown")


@_attrs_define
class JobMatchingBreakdown:
    """A score component by component, with the reasons a caseworker can read out.

    Attributes:
        total (int):
        occupation (int): 0-40: same ISCO-08 unit 40, minor 25, sub-major 15, major group 8
        skills (int): 0-20: share of the required skills the seeker has
        location (int): 0-20: accepted district 20, accepted province 12, elsewhere and willing to move 4
        wage (int): 0-20: starts at or above the seeker's minimum 20, reaches it 10
        priority (int): 100 for a public-welfare job and a person in special hardship, else 0
        broad_match (bool): counts towards the three offers (seed 000 annex §3.2)
        reasons (list[str]):
    """

    total: int
    occupation: int
    skills: int
    location: int
    wage: int
    priority: int
    broad_match: bool
    reasons: list[str]

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        occupation = self.occupation

        skills = self.skills

        location = self.location

        wage = self.wage

        priority = self.priority

        broad_match = self.broad_match

        reasons = self.reasons

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "total": total,
                "occupation": occupation,
                "skills": skills,
                "location": location,
                "wage": wage,
                "priority": priority,
                "broad_match": broad_match,
                "reasons": reasons,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total = d.pop("total")

        occupation = d.pop("occupation")

        skills = d.pop("skills")

        location = d.pop("location")

        wage = d.pop("wage")

        priority = d.pop("priority")

        broad_match = d.pop("broad_match")

        reasons = cast(list[str], d.pop("reasons"))

        job_matching_breakdown = cls(
            total=total,
            occupation=occupation,
            skills=skills,
            location=location,
            wage=wage,
            priority=priority,
            broad_match=broad_match,
            reasons=reasons,
        )

        return job_matching_breakdown
