from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.job_matching_vacancy_read import JobMatchingVacancyRead


T = TypeVar("T", bound="JobMatchingVacancyChangeRead")


@_attrs_define
class JobMatchingVacancyChangeRead:
    """
    Attributes:
        seq (int):
        vacancy_id (int):
        removed (bool): true when the vacancy was filled, withdrawn or expired: take it off the board
        vacancy (JobMatchingVacancyRead):
        changed_at (datetime.datetime):
    """

    seq: int
    vacancy_id: int
    removed: bool
    vacancy: JobMatchingVacancyRead
    changed_at: datetime.datetime

    def to_dict(self) -> dict[str, Any]:
        seq = self.seq

        vacancy_id = self.vacancy_id

        removed = self.removed

        vacancy = self.vacancy.to_dict()

        changed_at = self.changed_at.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "seq": seq,
                "vacancy_id": vacancy_id,
                "removed": removed,
                "vacancy": vacancy,
                "changed_at": changed_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_matching_vacancy_read import JobMatchingVacancyRead  # noqa: PLC0415

        d = dict(src_dict)
        seq = d.pop("seq")

        vacancy_id = d.pop("vacancy_id")

        removed = d.pop("removed")

        vacancy = JobMatchingVacancyRead.from_dict(d.pop("vacancy"))

        changed_at = datetime.datetime.fromisoformat(d.pop("changed_at"))

        job_matching_vacancy_change_read = cls(
            seq=seq,
            vacancy_id=vacancy_id,
            removed=removed,
            vacancy=vacancy,
            changed_at=changed_at,
        )

        return job_matching_vacancy_change_read
