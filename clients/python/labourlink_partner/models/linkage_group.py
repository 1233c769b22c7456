from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.indicator import Indicator


T = TypeVar("T", bound="LinkageGroup")


@_attrs_define
class LinkageGroup:
    """
    Attributes:
        terminations (int): terminations first recorded in the period
        measured (int): those linked already or recorded more than a day ago
        linked_within_a_day (int):
        linked_later (int):
        awaiting_notice (int): recorded less than a day ago, no notice yet
        indicator (Indicator): One indicator of one group: how many of how many, the share, and whether it meets the
            target.
        lag_p50_seconds (float | None): termination recorded → notice issued, by the events' own times
        lag_p99_seconds (float | None):
        province (None | str | Unset):
        district (None | str | Unset):
        centre_code (None | str | Unset):
    """

    terminations: int
    measured: int
    linked_within_a_day: int
    linked_later: int
    awaiting_notice: int
    indicator: Indicator
    lag_p50_seconds: float | None
    lag_p99_seconds: float | None
    province: None | str | Unset = UNSET
    district: None | str | Unset = UNSET
    centre_code: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        terminations = self.terminations

        measured = self.measured

        linked_within_a_day = self.linked_within_a_day

        linked_later = self.linked_later

        awaiting_notice = self.awaiting_notice

        indicator = self.indicator.to_dict()

        lag_p50_seconds: float | None
        lag_p50_seconds = self.lag_p50_seconds

        lag_p99_seconds: float | None
        lag_p99_seconds = self.lag_p99_seconds

        province: None | str | Unset
        if isinstance(self.province, Unset):
            province = UNSET
        else:
            province = self.province

        district: None | str | Unset
        if isinstance(self.district, Unset):
            district = UNSET
        else:
            district = self.district

        centre_code: None | str | Unset
        if isinstance(self.centre_code, Unset):
            centre_code = UNSET
        else:
            centre_code = self.centre_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "terminations": terminations,
                "measured": measured,
                "linked_within_a_day": linked_within_a_day,
                "linked_later": linked_later,
                "awaiting_notice": awaiting_notice,
                "indicator": indicator,
                "lag_p50_seconds": lag_p50_seconds,
                "lag_p99_seconds": lag_p99_seconds,
            }
        )
        if province is not UNSET:
            field_dict["province"] = province
        if district is not UNSET:
            field_dict["district"] = district
        if centre_code is not UNSET:
            field_dict["centre_code"] = centre_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.indicator import Indicator  # noqa: PLC0415

        d = dict(src_dict)
        terminations = d.pop("terminations")

        measured = d.pop("measured")

        linked_within_a_day = d.pop("linked_within_a_day")

        linked_later = d.pop("linked_later")

        awaiting_notice = d.pop("awaiting_notice")

        indicator = Indicator.from_dict(d.pop("indicator"))

        def _parse_lag_p50_seconds(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        lag_p50_seconds = _parse_lag_p50_seconds(d.pop("lag_p50_seconds"))

        def _parse_lag_p99_seconds(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        lag_p99_seconds = _parse_lag_p99_seconds(d.pop("lag_p99_seconds"))

        def _parse_province(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        province = _parse_province(d.pop("province", UNSET))

        def _parse_district(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        district = _parse_district(d.pop("district", UNSET))

        def _parse_centre_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        centre_code = _parse_centre_code(d.pop("centre_code", UNSET))

        linkage_group = cls(
            terminations=terminations,
            measured=measured,
            linked_within_a_day=linked_within_a_day,
            linked_later=linked_later,
            awaiting_notice=awaiting_notice,
            indicator=indicator,
            lag_p50_seconds=lag_p50_seconds,
            lag_p99_seconds=lag_p99_seconds,
            province=province,
            district=district,
            centre_code=centre_code,
        )

        return linkage_group
