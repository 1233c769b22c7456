from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="TargetRead")


@_attrs_define
class TargetRead:
    """
    Attributes:
        indicator (str):
        description (str):
        source (str):
        target_percent (str):
    """

    indicator: str
    description: str
    source: str
    target_percent: str

    def to_dict(self) -> dict[str, Any]:
        indicator = self.indicator

        description = self.description

        source = self.source

        target_percent = self.target_percent

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "indicator": indicator,
                "description": description,
                "source": source,
                "target_percent": target_percent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        indicator = d.pop("indicator")

        description = d.pop("description")

        source = d.pop("source")

        target_percent = d.pop("target_percent")

        target_read = cls(
            indicator=indicator,
            description=description,
            source=source,
            target_percent=target_percent,
        )

        return target_read
