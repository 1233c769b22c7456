from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="JobMatchingCentreKpis")


@_attrs_define
class JobMatchingCentreKpis:
    """
    Attributes:
        centre_code (str): a centre, or ALL for the total
        registered (int): seekers who registered in the period
        referred (int): of them, referred to a job by the period's end
        referred_share (None | str): target 0.80 in 2025, 0.90 in 2030 (seed 003)
        placed_after_referral (int):
        placed_share_of_referred (None | str): target 0.60 in 2025, 0.70 in 2030 (seed 003)
        placed_on_own (int): found work without a referral (reported by the centre)
        with_three_offers (int):
        three_offer_share (None | str): target 1.00: at least three offers per registered person (seed 000)
    """

    centre_code: str
    registered: int
    referred: int
    referred_share: None | str
    placed_after_referral: int
    placed_share_of_referred: None | str
    placed_on_own: int
    with_three_offers: int
    three_offer_share: None | str

    def to_dict(self) -> dict[str, Any]:
        centre_code = self.centre_code

        registered = self.registered

        referred = self.referred

        referred_share: None | str
        referred_share = self.referred_share

        placed_after_referral = self.placed_after_referral

        placed_share_of_referred: None | str
        placed_share_of_referred = self.placed_share_of_referred

        placed_on_own = self.placed_on_own

        with_three_offers = self.with_three_offers

        three_offer_share: None | str
        three_offer_share = self.three_offer_share

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "centre_code": centre_code,
                "registered": registered,
                "referred": referred,
                "referred_share": referred_share,
                "placed_after_referral": placed_after_referral,
                "placed_share_of_referred": placed_share_of_referred,
                "placed_on_own": placed_on_own,
                "with_three_offers": with_three_offers,
                "three_offer_share": three_offer_share,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        centre_code = d.pop("centre_code")

        registered = d.pop("registered")

        referred = d.pop("referred")

        def _parse_referred_share(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        referred_share = _parse_referred_share(d.pop("referred_share"))

        placed_after_referral = d.pop("placed_after_referral")

        def _parse_placed_share_of_referred(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        placed_share_of_referred = _parse_placed_share_of_referred(d.pop("placed_share_of_referred"))

        placed_on_own = d.pop("placed_on_own")

        with_three_offers = d.pop("with_three_offers")

        def _parse_three_offer_share(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        three_offer_share = _parse_three_offer_share(d.pop("three_offer_share"))

        job_matching_centre_kpis = cls(
            centre_code=centre_code,
            registered=registered,
            referred=referred,
            referred_share=referred_share,
            placed_after_referral=placed_after_referral,
            placed_share_of_referred=placed_share_of_referred,
            placed_on_own=placed_on_own,
            with_three_offers=with_three_offers,
            three_offer_share=three_offer_share,
        )

        return job_matching_centre_kpis
