from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.kpi_report_group_by import KpiReportGroupBy

if TYPE_CHECKING:
    from ..models.kpi_group import KpiGroup
    from ..models.target_read import TargetRead


T = TypeVar("T", bound="KpiReport")


@_attrs_define
class KpiReport:
    """The person-based targets, measured over the people who registered in the period.

    Attributes:
        registered_from (datetime.date):
        registered_to (datetime.date):
        group_by (KpiReportGroupBy):
        targets (list[TargetRead]):
        groups (list[KpiGroup]):
    """

    registered_from: datetime.date
    registered_to: datetime.date
    group_by: KpiReportGroupBy
    targets: list[TargetRead]
    groups: list[KpiGroup]

    def to_dict(self) -> dict[str, Any]:
        registered_from = self.registered_from.isoformat()

        registered_to = self.registered_to.isoformat()

        group_by = self.group_by.value

        targets = []
        for targets_item_data in self.targets:
            targets_item = targets_item_data.to_dict()
            targets.append(targets_item)

        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "registered_from": registered_from,
                "registered_to": registered_to,
                "group_by": group_by,
                "targets": targets,
                "groups": groups,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.kpi_group import KpiGroup  # noqa: PLC0415
        from ..models.target_read import TargetRead  # noqa: PLC0415

        d = dict(src_dict)
        registered_from = datetime.date.fromisoformat(d.pop("registered_from"))

        registered_to = datetime.date.fromisoformat(d.pop("registered_to"))

        group_by = KpiReportGroupBy(d.pop("group_by"))

        targets = []
        _targets = d.pop("targets")
        for targets_item_data in _targets:
            targets_item = TargetRead.from_dict(targets_item_data)

            targets.append(targets_item)

        groups = []
        _groups = d.pop("groups")
        for groups_item_data in _groups:
            groups_item = KpiGroup.from_dict(groups_item_data)

            groups.append(groups_item)

        kpi_report = cls(
            registered_from=registered_from,
            registered_to=registered_to,
            group_by=group_by,
            targets=targets,
            groups=groups,
        )

        return kpi_report
