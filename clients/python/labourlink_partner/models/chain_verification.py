from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChainVerification")


@_attrs_define
class ChainVerification:
    """
    Attributes:
        intact (bool):
        entries_checked (int):
        broken_at (int | None): the first entry whose hash does not hold
        reason (None | str):
        head_seq (int | None | Unset): the last entry: keep it with head_hash, and pass both next time to detect a
            truncation
        head_hash (None | str | Unset):
    """

    intact: bool
    entries_checked: int
    broken_at: int | None
    reason: None | str
    head_seq: int | None | Unset = UNSET
    head_hash: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        intact = self.intact

        entries_checked = self.entries_checked

        broken_at: int | None
        broken_at = self.broken_at

        reason: None | str
        reason = self.reason

        head_seq: int | None | Unset
        if isinstance(self.head_seq, Unset):
            head_seq = UNSET
        else:
            head_seq = self.head_seq

        head_hash: None | str | Unset
        if isinstance(self.head_hash, Unset):
            head_hash = UNSET
        else:
            head_hash = self.head_hash

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "intact": intact,
                "entries_checked": entries_checked,
                "broken_at": broken_at,
                "reason": reason,
            }
        )
        if head_seq is not UNSET:
            field_dict["head_seq"] = head_seq
        if head_hash is not UNSET:
            field_dict["head_hash"] = head_hash

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        intact = d.pop("intact")

        entries_checked = d.pop("entries_checked")

        def _parse_broken_at(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        broken_at = _parse_broken_at(d.pop("broken_at"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        def _parse_head_seq(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        head_seq = _parse_head_seq(d.pop("head_seq", UNSET))

        def _parse_head_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        head_hash = _parse_head_hash(d.pop("head_hash", UNSET))

        chain_verification = cls(
            intact=intact,
            entries_checked=entries_checked,
            broken_at=broken_at,
            reason=reason,
            head_seq=head_seq,
            head_hash=head_hash,
        )

        return chain_verification
