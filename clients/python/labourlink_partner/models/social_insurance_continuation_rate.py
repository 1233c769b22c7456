from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SocialInsuranceContinuationRate")


@_attrs_define
class SocialInsuranceContinuationRate:
    """Share of the registered unemployed who keep paying pension contributions (target ≥ 70%, seed 004).

    Attributes:
        province (None | str):
        unemployed (int):
        continuing (int):
        paying_this_period (int):
        rate (float | None):
        target (float | Unset):  Default: 0.7.
    """

    province: None | str
    unemployed: int
    continuing: int
    paying_this_period: int
    rate: float | None
    target: float | Unset = 0.7

    def to_dict(self) -> dict[str, Any]:
        province: None | str
        province = self.province

        unemployed = self.unemployed

        continuing = self.continuing

        paying_this_period = self.paying_this_period

        rate: float | None
        rate = self.rate

        target = self.target

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "province": province,
                "unemployed": unemployed,
                "continuing": continuing,
                "paying_this_period": paying_this_period,
                "rate": rate,
            }
        )
        if target is not UNSET:
            field_dict["target"] = target

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_province(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        province = _parse_province(d.pop("province"))

        unemployed = d.pop("unemployed")

        continuing = d.pop("continuing")

        paying_this_period = d.pop("paying_this_period")

        def _parse_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        rate = _parse_rate(d.pop("rate"))

        target = d.pop("target", UNSET)

        social_insurance_continuation_rate = cls(
            province=province,
            unemployed=unemployed,
            continuing=continuing,
            paying_this_period=paying_this_period,
            rate=rate,
            target=target,
        )

        return social_insurance_continuation_rate
