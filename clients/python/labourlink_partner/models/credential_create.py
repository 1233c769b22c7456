from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.credential_kind import CredentialKind

T = TypeVar("T", bound="CredentialCreate")


@_attrs_define
class CredentialCreate:
    """
    Attributes:
        kind (CredentialKind):
    """

    kind: CredentialKind

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = CredentialKind(d.pop("kind"))

        credential_create = cls(
            kind=kind,
        )

        return credential_create
