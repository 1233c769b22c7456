from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="JobMatchingVacancyWithdrawal")


@_attrs_define
class JobMatchingVacancyWithdrawal:
    """The employer withdrew the vacancy.

    Attributes:
        closed_on (datetime.date):
    """

    closed_on: datetime.date

    def to_dict(self) -> dict[str, Any]:
        closed_on = self.closed_on.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "closed_on": closed_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        closed_on = datetime.date.fromisoformat(d.pop("closed_on"))

        job_matching_vacancy_withdrawal = cls(
            closed_on=closed_on,
        )

        return job_matching_vacancy_withdrawal
