from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.indicator import Indicator


T = TypeVar("T", bound="KpiGroup")


@_attrs_define
class KpiGroup:
    """
    Attributes:
        registered (int): registrations as unemployed in the period: the cases measured
        indicators (list[Indicator]):
        paid_while_working (int): cases whose benefit was paid for months in which they worked (integrity cross-match)
        overpayments_recovered (int): of those, cases whose overpayment was paid back
        province (None | str | Unset):
        district (None | str | Unset):
        centre_code (None | str | Unset):
    """

    registered: int
    indicators: list[Indicator]
    paid_while_working: int
    overpayments_recovered: int
    province: None | str | Unset = UNSET
    district: None | str | Unset = UNSET
    centre_code: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        registered = self.registered

        indicators = []
        for indicators_item_data in self.indicators:
            indicators_item = indicators_item_data.to_dict()
            indicators.append(indicators_item)

        paid_while_working = self.paid_while_working

        overpayments_recovered = self.overpayments_recovered

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
                "registered": registered,
                "indicators": indicators,
                "paid_while_working": paid_while_working,
                "overpayments_recovered": overpayments_recovered,
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
        registered = d.pop("registered")

        indicators = []
        _indicators = d.pop("indicators")
        for indicators_item_data in _indicators:
            indicators_item = Indicator.from_dict(indicators_item_data)

            indicators.append(indicators_item)

        paid_while_working = d.pop("paid_while_working")

        overpayments_recovered = d.pop("overpayments_recovered")

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

        kpi_group = cls(
            registered=registered,
            indicators=indicators,
            paid_while_working=paid_while_working,
            overpayments_recovered=overpayments_recovered,
            province=province,
            district=district,
            centre_code=centre_code,
        )

        return kpi_group
