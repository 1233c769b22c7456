from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.satisfaction_report_group_by import SatisfactionReportGroupBy

if TYPE_CHECKING:
    from ..models.satisfaction_group import SatisfactionGroup


T = TypeVar("T", bound="SatisfactionReport")


@_attrs_define
class SatisfactionReport:
    """The satisfaction index: the share of responses that were satisfied or very satisfied.

    Attributes:
        surveyed_from (datetime.date):
        surveyed_to (datetime.date):
        group_by (SatisfactionReportGroupBy):
        groups (list[SatisfactionGroup]):
    """

    surveyed_from: datetime.date
    surveyed_to: datetime.date
    group_by: SatisfactionReportGroupBy
    groups: list[SatisfactionGroup]

    def to_dict(self) -> dict[str, Any]:
        surveyed_from = self.surveyed_from.isoformat()

        surveyed_to = self.surveyed_to.isoformat()

        group_by = self.group_by.value

        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "surveyed_from": surveyed_from,
                "surveyed_to": surveyed_to,
                "group_by": group_by,
                "groups": groups,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.satisfaction_group import SatisfactionGroup  # noqa: PLC0415

        d = dict(src_dict)
        surveyed_from = datetime.date.fromisoformat(d.pop("surveyed_from"))

        surveyed_to = datetime.date.fromisoformat(d.pop("surveyed_to"))

        group_by = SatisfactionReportGroupBy(d.pop("group_by"))

        groups = []
        _groups = d.pop("groups")
        for groups_item_data in _groups:
            groups_item = SatisfactionGroup.from_dict(groups_item_data)

            groups.append(groups_item)

        satisfaction_report = cls(
            surveyed_from=surveyed_from,
            surveyed_to=surveyed_to,
            group_by=group_by,
            groups=groups,
        )

        return satisfaction_report
