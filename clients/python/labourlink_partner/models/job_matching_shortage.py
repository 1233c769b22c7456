from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="JobMatchingShortage")


@_attrs_define
class JobMatchingShortage:
    """
    Attributes:
        national_id (str):
        centre_code (None | str):
        open_offers (int):
        broad_matches_not_yet_offered (int):
        short_by (int): offers missing to reach three, with the market as it is
    """

    national_id: str
    centre_code: None | str
    open_offers: int
    broad_matches_not_yet_offered: int
    short_by: int

    def to_dict(self) -> dict[str, Any]:
        national_id = self.national_id

        centre_code: None | str
        centre_code = self.centre_code

        open_offers = self.open_offers

        broad_matches_not_yet_offered = self.broad_matches_not_yet_offered

        short_by = self.short_by

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "national_id": national_id,
                "centre_code": centre_code,
                "open_offers": open_offers,
                "broad_matches_not_yet_offered": broad_matches_not_yet_offered,
                "short_by": short_by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        national_id = d.pop("national_id")

        def _parse_centre_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        centre_code = _parse_centre_code(d.pop("centre_code"))

        open_offers = d.pop("open_offers")

        broad_matches_not_yet_offered = d.pop("broad_matches_not_yet_offered")

        short_by = d.pop("short_by")

        job_matching_shortage = cls(
            national_id=national_id,
            centre_code=centre_code,
            open_offers=open_offers,
            broad_matches_not_yet_offered=broad_matches_not_yet_offered,
            short_by=short_by,
        )

        return job_matching_shortage
