from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="ClientRead")


@_attrs_define
class ClientRead:
    """
    Attributes:
        id (int):
        created_at (datetime.datetime):
        client_id (str):
        agency_id (int):
        name (str):
        scopes (list[str]):
        active (bool):
        rate_limit_per_minute (int):
    """

    id: int
    created_at: datetime.datetime
    client_id: str
    agency_id: int
    name: str
    scopes: list[str]
    active: bool
    rate_limit_per_minute: int

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        client_id = self.client_id

        agency_id = self.agency_id

        name = self.name

        scopes = self.scopes

        active = self.active

        rate_limit_per_minute = self.rate_limit_per_minute

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "client_id": client_id,
                "agency_id": agency_id,
                "name": name,
                "scopes": scopes,
                "active": active,
                "rate_limit_per_minute": rate_limit_per_minute,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        client_id = d.pop("client_id")

        agency_id = d.pop("agency_id")

        name = d.pop("name")

        scopes = cast(list[str], d.pop("scopes"))

        active = d.pop("active")

        rate_limit_per_minute = d.pop("rate_limit_per_minute")

        client_read = cls(
            id=id,
            created_at=created_at,
            client_id=client_id,
            agency_id=agency_id,
            name=name,
            scopes=scopes,
            active=active,
            rate_limit_per_minute=rate_limit_per_minute,
        )

        return client_read
