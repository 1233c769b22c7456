from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="AccessRead")


@_attrs_define
class AccessRead:
    """One access to a person's data as the person sees it.

    Attributes:
        seq (int):
        at (datetime.datetime):
        agency_code (str):
        client_id (str):
        categories (list[str]):
        purpose (str):
        action (str):
        outcome (int): the HTTP status the caller received
    """

    seq: int
    at: datetime.datetime
    agency_code: str
    client_id: str
    categories: list[str]
    purpose: str
    action: str
    outcome: int

    def to_dict(self) -> dict[str, Any]:
        seq = self.seq

        at = self.at.isoformat()

        agency_code = self.agency_code

        client_id = self.client_id

        categories = self.categories

        purpose = self.purpose

        action = self.action

        outcome = self.outcome

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "seq": seq,
                "at": at,
                "agency_code": agency_code,
                "client_id": client_id,
                "categories": categories,
                "purpose": purpose,
                "action": action,
                "outcome": outcome,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        seq = d.pop("seq")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        agency_code = d.pop("agency_code")

        client_id = d.pop("client_id")

        categories = cast(list[str], d.pop("categories"))

        purpose = d.pop("purpose")

        action = d.pop("action")

        outcome = d.pop("outcome")

        access_read = cls(
            seq=seq,
            at=at,
            agency_code=agency_code,
            client_id=client_id,
            categories=categories,
            purpose=purpose,
            action=action,
            outcome=outcome,
        )

        return access_read
