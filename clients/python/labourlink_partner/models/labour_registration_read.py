from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.labour_benefit_status import LabourBenefitStatus
from ..models.labour_claim_status import LabourClaimStatus
from ..models.labour_close_reason import LabourCloseReason
from ..models.labour_registration_status import LabourRegistrationStatus

T = TypeVar("T", bound="LabourRegistrationRead")


@_attrs_define
class LabourRegistrationRead:
    """
    Attributes:
        id (int):
        created_at (datetime.datetime):
        national_id (str): the person the record is about
        worker_id (int):
        centre_id (int):
        caseworker_id (int | None):
        registered_on (datetime.date):
        status (LabourRegistrationStatus):
        closed_on (datetime.date | None):
        close_reason (LabourCloseReason | None):
        wished_occupations (list[str]):
        wished_provinces (list[str]):
        wished_districts (list[str]):
        minimum_monthly_wage (None | str):
        willing_to_relocate (bool):
        claim_status (LabourClaimStatus | None):
        benefit_status (LabourBenefitStatus | None):
    """

    id: int
    created_at: datetime.datetime
    national_id: str
    worker_id: int
    centre_id: int
    caseworker_id: int | None
    registered_on: datetime.date
    status: LabourRegistrationStatus
    closed_on: datetime.date | None
    close_reason: LabourCloseReason | None
    wished_occupations: list[str]
    wished_provinces: list[str]
    wished_districts: list[str]
    minimum_monthly_wage: None | str
    willing_to_relocate: bool
    claim_status: LabourClaimStatus | None
    benefit_status: LabourBenefitStatus | None

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        national_id = self.national_id

        worker_id = self.worker_id

        centre_id = self.centre_id

        caseworker_id: int | None
        caseworker_id = self.caseworker_id

        registered_on = self.registered_on.isoformat()

        status = self.status.value

        closed_on: None | str
        if isinstance(self.closed_on, datetime.date):
            closed_on = self.closed_on.isoformat()
        else:
            closed_on = self.closed_on

        close_reason: None | str
        if isinstance(self.close_reason, LabourCloseReason):
            close_reason = self.close_reason.value
        else:
            close_reason = self.close_reason

        wished_occupations = self.wished_occupations

        wished_provinces = self.wished_provinces

        wished_districts = self.wished_districts

        minimum_monthly_wage: None | str
        minimum_monthly_wage = self.minimum_monthly_wage

        willing_to_relocate = self.willing_to_relocate

        claim_status: None | str
        if isinstance(self.claim_status, LabourClaimStatus):
            claim_status = self.claim_status.value
        else:
            claim_status = self.claim_status

        benefit_status: None | str
        if isinstance(self.benefit_status, LabourBenefitStatus):
            benefit_status = self.benefit_status.value
        else:
            benefit_status = self.benefit_status

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "national_id": national_id,
                "worker_id": worker_id,
                "centre_id": centre_id,
                "caseworker_id": caseworker_id,
                "registered_on": registered_on,
                "status": status,
                "closed_on": closed_on,
                "close_reason": close_reason,
                "wished_occupations": wished_occupations,
                "wished_provinces": wished_provinces,
                "wished_districts": wished_districts,
                "minimum_monthly_wage": minimum_monthly_wage,
                "willing_to_relocate": willing_to_relocate,
                "claim_status": claim_status,
                "benefit_status": benefit_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        national_id = d.pop("national_id")

        worker_id = d.pop("worker_id")

        centre_id = d.pop("centre_id")

        def _parse_caseworker_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        caseworker_id = _parse_caseworker_id(d.pop("caseworker_id"))

        registered_on = datetime.date.fromisoformat(d.pop("registered_on"))

        status = LabourRegistrationStatus(d.pop("status"))

        def _parse_closed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_on_type_0 = datetime.date.fromisoformat(data)

                return closed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        closed_on = _parse_closed_on(d.pop("closed_on"))

        def _parse_close_reason(data: object) -> LabourCloseReason | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                close_reason_type_0 = LabourCloseReason(data)

                return close_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LabourCloseReason | None, data)

        close_reason = _parse_close_reason(d.pop("close_reason"))

        wished_occupations = cast(list[str], d.pop("wished_occupations"))

        wished_provinces = cast(list[str], d.pop("wished_provinces"))

        wished_districts = cast(list[str], d.pop("wished_districts"))

        def _parse_minimum_monthly_wage(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        minimum_monthly_wage = _parse_minimum_monthly_wage(d.pop("minimum_monthly_wage"))

        willing_to_relocate = d.pop("willing_to_relocate")

        def _parse_claim_status(data: object) -> LabourClaimStatus | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                claim_status_type_0 = LabourClaimStatus(data)

                return claim_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LabourClaimStatus | None, data)

        claim_status = _parse_claim_status(d.pop("claim_status"))

        def _parse_benefit_status(data: object) -> LabourBenefitStatus | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                benefit_status_type_0 = LabourBenefitStatus(data)

                return benefit_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LabourBenefitStatus | None, data)

        benefit_status = _parse_benefit_status(d.pop("benefit_status"))

        labour_registration_read = cls(
            id=id,
            created_at=created_at,
            national_id=national_id,
            worker_id=worker_id,
            centre_id=centre_id,
            caseworker_id=caseworker_id,
            registered_on=registered_on,
            status=status,
            closed_on=closed_on,
            close_reason=close_reason,
            wished_occupations=wished_occupations,
            wished_provinces=wished_provinces,
            wished_districts=wished_districts,
            minimum_monthly_wage=minimum_monthly_wage,
            willing_to_relocate=willing_to_relocate,
            claim_status=claim_status,
            benefit_status=benefit_status,
        )

        return labour_registration_read
