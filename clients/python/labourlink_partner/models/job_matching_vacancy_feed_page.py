from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.job_matching_vacancy_change_read import JobMatchingVacancyChangeRead


T = TypeVar("T", bound="JobMatchingVacancyFeedPage")


@_attrs_define
class JobMatchingVacancyFeedPage:
    """
    Attributes:
        items (list[JobMatchingVacancyChangeRead]):
        next_after (int): pass as `after` next time; unchanged when nothing new arrived
    """

    items: list[JobMatchingVacancyChangeRead]
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
        from ..models.job_matching_vacancy_change_read import JobMatchingVacancyChangeRead  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = JobMatchingVacancyChangeRead.from_dict(items_item_data)

            items.append(items_item)

        next_after = d.pop("next_after")

        job_matching_vacancy_feed_page = cls(
            items=items,
            next_after=next_after,
        )

        return job_matching_vacancy_feed_page
