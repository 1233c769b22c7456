from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.labour_monthly_progress_report_contacts_by_channel import LabourMonthlyProgressReportContactsByChannel


T = TypeVar("T", bound="LabourMonthlyProgressReport")


@_attrs_define
class LabourMonthlyProgressReport:
    """A caseworker's month (seed 004: every caseworker reports progress monthly).

    Attributes:
        caseworker_id (int):
        month (str):
        open_caseload (int): open registrations assigned at the time of the report
        contacts (int):
        contacts_by_channel (LabourMonthlyProgressReportContactsByChannel):
        people_contacted (int):
        open_cases_without_contact (int):
        placed (int): registrations closed by a placement during the month
        job_search_notices_missed (int):
    """

    caseworker_id: int
    month: str
    open_caseload: int
    contacts: int
    contacts_by_channel: LabourMonthlyProgressReportContactsByChannel
    people_contacted: int
    open_cases_without_contact: int
    placed: int
    job_search_notices_missed: int

    def to_dict(self) -> dict[str, Any]:
        caseworker_id = self.caseworker_id

        month = self.month

        open_caseload = self.open_caseload

        contacts = self.contacts

        contacts_by_channel = self.contacts_by_channel.to_dict()

        people_contacted = self.people_contacted

        open_cases_without_contact = self.open_cases_without_contact

        placed = self.placed

        job_search_notices_missed = self.job_search_notices_missed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "caseworker_id": caseworker_id,
                "month": month,
                "open_caseload": open_caseload,
                "contacts": contacts,
                "contacts_by_channel": contacts_by_channel,
                "people_contacted": people_contacted,
                "open_cases_without_contact": open_cases_without_contact,
                "placed": placed,
                "job_search_notices_missed": job_search_notices_missed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.labour_monthly_progress_report_contacts_by_channel import (
            LabourMonthlyProgressReportContactsByChannel,  # noqa: PLC0415
        )

        d = dict(src_dict)
        caseworker_id = d.pop("caseworker_id")

        month = d.pop("month")

        open_caseload = d.pop("open_caseload")

        contacts = d.pop("contacts")

        contacts_by_channel = LabourMonthlyProgressReportContactsByChannel.from_dict(d.pop("contacts_by_channel"))

        people_contacted = d.pop("people_contacted")

        open_cases_without_contact = d.pop("open_cases_without_contact")

        placed = d.pop("placed")

        job_search_notices_missed = d.pop("job_search_notices_missed")

        labour_monthly_progress_report = cls(
            caseworker_id=caseworker_id,
            month=month,
            open_caseload=open_caseload,
            contacts=contacts,
            contacts_by_channel=contacts_by_channel,
            people_contacted=people_contacted,
            open_cases_without_contact=open_cases_without_contact,
            placed=placed,
            job_search_notices_missed=job_search_notices_missed,
        )

        return labour_monthly_progress_report
