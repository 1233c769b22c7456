from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.labour_record_result_status import LabourRecordResultStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.labour_record_result_problem_type_0 import LabourRecordResultProblemType0


T = TypeVar("T", bound="LabourRecordResult")


@_attrs_define
class LabourRecordResult:
    """What the upload did with one line (an upload never updates: a key's record is fixed).

    Attributes:
        line (int):
        status (LabourRecordResultStatus):
        idempotency_key (None | str):
        id (int | None | Unset):
        problem (LabourRecordResultProblemType0 | None | Unset): why the line was rejected (problem details: each field
            and rule)
    """

    line: int
    status: LabourRecordResultStatus
    idempotency_key: None | str
    id: int | None | Unset = UNSET
    problem: LabourRecordResultProblemType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.labour_record_result_problem_type_0 import LabourRecordResultProblemType0  # noqa: PLC0415

        line = self.line

        status = self.status.value

        idempotency_key: None | str
        idempotency_key = self.idempotency_key

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        problem: dict[str, Any] | None | Unset
        if isinstance(self.problem, Unset):
            problem = UNSET
        elif isinstance(self.problem, LabourRecordResultProblemType0):
            problem = self.problem.to_dict()
        else:
            problem = self.problem

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "line": line,
                "status": status,
                "idempotency_key": idempotency_key,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if problem is not UNSET:
            field_dict["problem"] = problem

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.labour_record_result_problem_type_0 import LabourRecordResultProblemType0  # noqa: PLC0415

        d = dict(src_dict)
        line = d.pop("line")

        status = LabourRecordResultStatus(d.pop("status"))

        def _parse_idempotency_key(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        idempotency_key = _parse_idempotency_key(d.pop("idempotency_key"))

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_problem(data: object) -> LabourRecordResultProblemType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                problem_type_0 = LabourRecordResultProblemType0.from_dict(data)

                return problem_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LabourRecordResultProblemType0 | None | Unset, data)

        problem = _parse_problem(d.pop("problem", UNSET))

        labour_record_result = cls(
            line=line,
            status=status,
            idempotency_key=idempotency_key,
            id=id,
            problem=problem,
        )

        labour_record_result.additional_properties = d
        return labour_record_result

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
