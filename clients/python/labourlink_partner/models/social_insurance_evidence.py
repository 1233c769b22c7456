from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.social_insurance_reemployment_channel import SocialInsuranceReemploymentChannel

T = TypeVar("T", bound="SocialInsuranceEvidence")


@_attrs_define
class SocialInsuranceEvidence:
    """
    Attributes:
        channel (SocialInsuranceReemploymentChannel): How an agency learned that a person out of work has a job again.
        agency (str):
        record (str): that agency's record of the job
    """

    channel: SocialInsuranceReemploymentChannel
    agency: str
    record: str

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel.value

        agency = self.agency

        record = self.record

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "channel": channel,
                "agency": agency,
                "record": record,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channel = SocialInsuranceReemploymentChannel(d.pop("channel"))

        agency = d.pop("agency")

        record = d.pop("record")

        social_insurance_evidence = cls(
            channel=channel,
            agency=agency,
            record=record,
        )

        return social_insurance_evidence
