from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClientCreate")


@_attrs_define
class ClientCreate:
    """
    Attributes:
        client_id (str):
        agency_code (str):
        name (str):
        scopes (list[str] | Unset): deny by default: only these are allowed
        rate_limit_per_minute (int | Unset):  Default: 600.
    """

    client_id: str
    agency_code: str
    name: str
    scopes: list[str] | Unset = UNSET
    rate_limit_per_minute: int | Unset = 600

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        agency_code = self.agency_code

        name = self.name

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = self.scopes

        rate_limit_per_minute = self.rate_limit_per_minute

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "client_id": client_id,
                "agency_code": agency_code,
                "name": name,
            }
        )
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if rate_limit_per_minute is not UNSET:
            field_dict["rate_limit_per_minute"] = rate_limit_per_minute

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("client_id")

        agency_code = d.pop("agency_code")

        name = d.pop("name")

        scopes = cast(list[str], d.pop("scopes", UNSET))

        rate_limit_per_minute = d.pop("rate_limit_per_minute", UNSET)

        client_create = cls(
            client_id=client_id,
            agency_code=agency_code,
            name=name,
            scopes=scopes,
            rate_limit_per_minute=rate_limit_per_minute,
        )

        return client_create
