from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.person_sections import PersonSections


T = TypeVar("T", bound="PersonRecord")


@_attrs_define
class PersonRecord:
    """what labour, social insurance and job matching hold about one person

    Attributes:
        national_id (str):
        sections (PersonSections): a section per data category the caller may read; the others are absent
    """

    national_id: str
    sections: PersonSections
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        national_id = self.national_id

        sections = self.sections.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "national_id": national_id,
                "sections": sections,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.person_sections import PersonSections  # noqa: PLC0415

        d = dict(src_dict)
        national_id = d.pop("national_id")

        sections = PersonSections.from_dict(d.pop("sections"))

        person_record = cls(
            national_id=national_id,
            sections=sections,
        )

        person_record.additional_properties = d
        return person_record

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
