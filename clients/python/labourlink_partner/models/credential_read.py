from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.credential_kind import CredentialKind

T = TypeVar("T", bound="CredentialRead")


@_attrs_define
class CredentialRead:
    """
    Attributes:
        id (int):
        created_at (datetime.datetime):
        kind (CredentialKind):
        lookup (str): the credential's public part
        revoked_at (datetime.datetime | None):
    """

    id: int
    created_at: datetime.datetime
    kind: CredentialKind
    lookup: str
    revoked_at: datetime.datetime | None

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        kind = self.kind.value

        lookup = self.lookup

        revoked_at: None | str
        if isinstance(self.revoked_at, datetime.datetime):
            revoked_at = self.revoked_at.isoformat()
        else:
            revoked_at = self.revoked_at

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "kind": kind,
                "lookup": lookup,
                "revoked_at": revoked_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        kind = CredentialKind(d.pop("kind"))

        lookup = d.pop("lookup")

        def _parse_revoked_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                revoked_at_type_0 = datetime.datetime.fromisoformat(data)

                return revoked_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        revoked_at = _parse_revoked_at(d.pop("revoked_at"))

        credential_read = cls(
            id=id,
            created_at=created_at,
            kind=kind,
            lookup=lookup,
            revoked_at=revoked_at,
        )

        return credential_read
