from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.linkage_report_group_by import LinkageReportGroupBy

if TYPE_CHECKING:
    from ..models.linkage_group import LinkageGroup


T = TypeVar("T", bound="LinkageReport")


@_attrs_define
class LinkageReport:
    """Data linkage between labour and social insurance: terminations that produced a continuation
    notice within a day.

        Attributes:
            recorded_from (datetime.date):
            recorded_to (datetime.date):
            group_by (LinkageReportGroupBy):
            groups (list[LinkageGroup]):
    """

    recorded_from: datetime.date
    recorded_to: datetime.date
    group_by: LinkageReportGroupBy
    groups: list[LinkageGroup]

    def to_dict(self) -> dict[str, Any]:
        recorded_from = self.recorded_from.isoformat()

        recorded_to = self.recorded_to.isoformat()

        group_by = self.group_by.value

        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "recorded_from": recorded_from,
                "recorded_to": recorded_to,
                "group_by": group_by,
                "groups": groups,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.linkage_group import LinkageGroup  # noqa: PLC0415

        d = dict(src_dict)
        recorded_from = datetime.date.fromisoformat(d.pop("recorded_from"))

        recorded_to = datetime.date.fromisoformat(d.pop("recorded_to"))

        group_by = LinkageReportGroupBy(d.pop("group_by"))

        groups = []
        _groups = d.pop("groups")
        for groups_item_data in _groups:
            groups_item = LinkageGroup.from_dict(groups_item_data)

            groups.append(groups_item)

        linkage_report = cls(
            recorded_from=recorded_from,
            recorded_to=recorded_to,
            group_by=group_by,
            groups=groups,
        )

        return linkage_report
