from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.survey_response_read_service import SurveyResponseReadService

T = TypeVar("T", bound="SurveyResponseRead")


@_attrs_define
class SurveyResponseRead:
    """
    Attributes:
        response_id (str):
        centre_code (str):
        province (str):
        district (str):
        service (SurveyResponseReadService):
        surveyed_on (datetime.date):
        score (int): 1 very dissatisfied … 5 very satisfied
        agency_code (str):
        created_at (datetime.datetime):
    """

    response_id: str
    centre_code: str
    province: str
    district: str
    service: SurveyResponseReadService
    surveyed_on: datetime.date
    score: int
    agency_code: str
    created_at: datetime.datetime

    def to_dict(self) -> dict[str, Any]:
        response_id = self.response_id

        centre_code = self.centre_code

        province = self.province

        district = self.district

        service = self.service.value

        surveyed_on = self.surveyed_on.isoformat()

        score = self.score

        agency_code = self.agency_code

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "response_id": response_id,
                "centre_code": centre_code,
                "province": province,
                "district": district,
                "service": service,
                "surveyed_on": surveyed_on,
                "score": score,
                "agency_code": agency_code,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        response_id = d.pop("response_id")

        centre_code = d.pop("centre_code")

        province = d.pop("province")

        district = d.pop("district")

        service = SurveyResponseReadService(d.pop("service"))

        surveyed_on = datetime.date.fromisoformat(d.pop("surveyed_on"))

        score = d.pop("score")

        agency_code = d.pop("agency_code")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        survey_response_read = cls(
            response_id=response_id,
            centre_code=centre_code,
            province=province,
            district=district,
            service=service,
            surveyed_on=surveyed_on,
            score=score,
            agency_code=agency_code,
            created_at=created_at,
        )

        return survey_response_read
