from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="JobMatchingExpiryReport")


@_attrs_define
class JobMatchingExpiryReport:
    """
    Attributes:
        closed (list[int]): ids of the vacancies closed as expired
    """

    closed: list[int]

    def to_dict(self) -> dict[str, Any]:
        closed = self.closed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "closed": closed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        closed = cast(list[int], d.pop("closed"))

        job_matching_expiry_report = cls(
            closed=closed,
        )

        return job_matching_expiry_report
