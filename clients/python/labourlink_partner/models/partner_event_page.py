from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.partner_event_read import PartnerEventRead


T = TypeVar("T", bound="PartnerEventPage")


@_attrs_define
class PartnerEventPage:
    """
    Attributes:
        items (list[PartnerEventRead]):
        next_after (int):
    """

    items: list[PartnerEventRead]
    next_after: int

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        next_after = self.next_after

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "items": items,
                "next_after": next_after,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.partner_event_read import PartnerEventRead  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = PartnerEventRead.from_dict(items_item_data)

            items.append(items_item)

        next_after = d.pop("next_after")

        partner_event_page = cls(
            items=items,
            next_after=next_after,
        )

        return partner_event_page
