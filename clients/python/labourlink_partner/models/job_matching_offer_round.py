from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="JobMatchingOfferRound")


@_attrs_define
class JobMatchingOfferRound:
    """What an offer round did.

    Attributes:
        seekers_considered (int):
        offers_made (int):
        seekers_short (int): seekers who still have fewer than three open offers: see /reports/offer-shortages
    """

    seekers_considered: int
    offers_made: int
    seekers_short: int

    def to_dict(self) -> dict[str, Any]:
        seekers_considered = self.seekers_considered

        offers_made = self.offers_made

        seekers_short = self.seekers_short

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "seekers_considered": seekers_considered,
                "offers_made": offers_made,
                "seekers_short": seekers_short,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        seekers_considered = d.pop("seekers_considered")

        offers_made = d.pop("offers_made")

        seekers_short = d.pop("seekers_short")

        job_matching_offer_round = cls(
            seekers_considered=seekers_considered,
            offers_made=offers_made,
            seekers_short=seekers_short,
        )

        return job_matching_offer_round
