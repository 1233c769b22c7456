from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.job_matching_jurisdiction import JobMatchingJurisdiction

T = TypeVar("T", bound="JobMatchingOccupationMappingRead")


@_attrs_define
class JobMatchingOccupationMappingRead:
    """
    Attributes:
        id (int):
        created_at (datetime.datetime):
        jurisdiction (JobMatchingJurisdiction):
        national_code (str):
        national_title (str):
        isco_code (str): ISCO-08 unit group (4 digits)
    """

    id: int
    created_at: datetime.datetime
    jurisdiction: JobMatchingJurisdiction
    national_code: str
    national_title: str
    isco_code: str

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        jurisdiction = self.jurisdiction.value

        national_code = self.national_code

        national_title = self.national_title

        isco_code = self.isco_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "jurisdiction": jurisdiction,
                "national_code": national_code,
                "national_title": national_title,
                "isco_code": isco_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        jurisdiction = JobMatchingJurisdiction(d.pop("jurisdiction"))

        national_code = d.pop("national_code")

        national_title = d.pop("national_title")

        isco_code = d.pop("isco_code")

        job_matching_occupation_mapping_read = cls(
            id=id,
            created_at=created_at,
            jurisdiction=jurisdiction,
            national_code=national_code,
            national_title=national_title,
            isco_code=isco_code,
        )

        return job_matching_occupation_mapping_read
