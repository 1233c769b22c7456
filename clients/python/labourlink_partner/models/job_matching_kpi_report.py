from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.job_matching_centre_kpis import JobMatchingCentreKpis


T = TypeVar("T", bound="JobMatchingKpiReport")


@_attrs_define
class JobMatchingKpiReport:
    """
    Attributes:
        registered_from (datetime.date):
        registered_to (datetime.date):
        centres (list[JobMatchingCentreKpis]):
        total (JobMatchingCentreKpis):
    """

    registered_from: datetime.date
    registered_to: datetime.date
    centres: list[JobMatchingCentreKpis]
    total: JobMatchingCentreKpis

    def to_dict(self) -> dict[str, Any]:
        registered_from = self.registered_from.isoformat()

        registered_to = self.registered_to.isoformat()

        centres = []
        for centres_item_data in self.centres:
            centres_item = centres_item_data.to_dict()
            centres.append(centres_item)

        total = self.total.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "registered_from": registered_from,
                "registered_to": registered_to,
                "centres": centres,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_matching_centre_kpis import JobMatchingCentreKpis  # noqa: PLC0415

        d = dict(src_dict)
        registered_from = datetime.date.fromisoformat(d.pop("registered_from"))

        registered_to = datetime.date.fromisoformat(d.pop("registered_to"))

        centres = []
        _centres = d.pop("centres")
        for centres_item_data in _centres:
            centres_item = JobMatchingCentreKpis.from_dict(centres_item_data)

            centres.append(centres_item)

        total = JobMatchingCentreKpis.from_dict(d.pop("total"))

        job_matching_kpi_report = cls(
            registered_from=registered_from,
            registered_to=registered_to,
            centres=centres,
            total=total,
        )

        return job_matching_kpi_report
