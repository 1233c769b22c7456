from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_matching_breakdown import JobMatchingBreakdown


T = TypeVar("T", bound="JobMatchingOfferRead")


@_attrs_define
class JobMatchingOfferRead:
    """
    Attributes:
        id (int):
        created_at (datetime.datetime):
        national_id (str): the person the record is about
        seeker_id (int):
        vacancy_id (int):
        score (str):
        breakdown (JobMatchingBreakdown): A score component by component, with the reasons a caseworker can read out.
        offered_on (datetime.date):
        withdrawn_on (datetime.date | None | Unset): set when the seeker found work and the offer was withdrawn
    """

    id: int
    created_at: datetime.datetime
    national_id: str
    seeker_id: int
    vacancy_id: int
    score: str
    breakdown: JobMatchingBreakdown
    offered_on: datetime.date
    withdrawn_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        national_id = self.national_id

        seeker_id = self.seeker_id

        vacancy_id = self.vacancy_id

        score = self.score

        breakdown = self.breakdown.to_dict()

        offered_on = self.offered_on.isoformat()

        withdrawn_on: None | str | Unset
        if isinstance(self.withdrawn_on, Unset):
            withdrawn_on = UNSET
        elif isinstance(self.withdrawn_on, datetime.date):
            withdrawn_on = self.withdrawn_on.isoformat()
        else:
            withdrawn_on = self.withdrawn_on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "national_id": national_id,
                "seeker_id": seeker_id,
                "vacancy_id": vacancy_id,
                "score": score,
                "breakdown": breakdown,
                "offered_on": offered_on,
            }
        )
        if withdrawn_on is not UNSET:
            field_dict["withdrawn_on"] = withdrawn_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_matching_breakdown import JobMatchingBreakdown  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        national_id = d.pop("national_id")

        seeker_id = d.pop("seeker_id")

        vacancy_id = d.pop("vacancy_id")

        score = d.pop("score")

        breakdown = JobMatchingBreakdown.from_dict(d.pop("breakdown"))

        offered_on = datetime.date.fromisoformat(d.pop("offered_on"))

        def _parse_withdrawn_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                withdrawn_on_type_0 = datetime.date.fromisoformat(data)

                return withdrawn_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        withdrawn_on = _parse_withdrawn_on(d.pop("withdrawn_on", UNSET))

        job_matching_offer_read = cls(
            id=id,
            created_at=created_at,
            national_id=national_id,
            seeker_id=seeker_id,
            vacancy_id=vacancy_id,
            score=score,
            breakdown=breakdown,
            offered_on=offered_on,
            withdrawn_on=withdrawn_on,
        )

        return job_matching_offer_read
