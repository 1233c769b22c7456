from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.survey_response_service import SurveyResponseService

T = TypeVar("T", bound="SurveyResponse")


@_attrs_define
class SurveyResponse:
    """A UI participant's anonymous answer, collected by a centre; `response_id` makes a resend harmless.

    Attributes:
        response_id (str):
        centre_code (str):
        province (str):
        district (str):
        service (SurveyResponseService):
        surveyed_on (datetime.date):
        score (int): 1 very dissatisfied … 5 very satisfied
    """

    response_id: str
    centre_code: str
    province: str
    district: str
    service: SurveyResponseService
    surveyed_on: datetime.date
    score: int

    def to_dict(self) -> dict[str, Any]:
        response_id = self.response_id

        centre_code = self.centre_code

        province = self.province

        district = self.district

        service = self.service.value

        surveyed_on = self.surveyed_on.isoformat()

        score = self.score

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

        service = SurveyResponseService(d.pop("service"))

        surveyed_on = datetime.date.fromisoformat(d.pop("surveyed_on"))

        score = d.pop("score")

        survey_response = cls(
            response_id=response_id,
            centre_code=centre_code,
            province=province,
            district=district,
            service=service,
            surveyed_on=surveyed_on,
            score=score,
        )

        return survey_response
