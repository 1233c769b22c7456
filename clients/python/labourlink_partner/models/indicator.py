from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="Indicator")


@_attrs_define
class Indicator:
    """One indicator of one group: how many of how many, the share, and whether it meets the target.

    Attributes:
        indicator (str):
        numerator (int):
        denominator (int):
        percent (None | str): null when there is nothing to measure
        target_percent (str):
        met (bool | None):
    """

    indicator: str
    numerator: int
    denominator: int
    percent: None | str
    target_percent: str
    met: bool | None

    def to_dict(self) -> dict[str, Any]:
        indicator = self.indicator

        numerator = self.numerator

        denominator = self.denominator

        percent: None | str
        percent = self.percent

        target_percent = self.target_percent

        met: bool | None
        met = self.met

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "indicator": indicator,
                "numerator": numerator,
                "denominator": denominator,
                "percent": percent,
                "target_percent": target_percent,
                "met": met,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        indicator = d.pop("indicator")

        numerator = d.pop("numerator")

        denominator = d.pop("denominator")

        def _parse_percent(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        percent = _parse_percent(d.pop("percent"))

        target_percent = d.pop("target_percent")

        def _parse_met(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        met = _parse_met(d.pop("met"))

        indicator = cls(
            indicator=indicator,
            numerator=numerator,
            denominator=denominator,
            percent=percent,
            target_percent=target_percent,
            met=met,
        )

        return indicator
