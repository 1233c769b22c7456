from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.social_insurance_claim_read_decision import SocialInsuranceClaimReadDecision
    from ..models.social_insurance_claim_read_facts import SocialInsuranceClaimReadFacts


T = TypeVar("T", bound="SocialInsuranceClaimRead")


@_attrs_define
class SocialInsuranceClaimRead:
    """
    Attributes:
        id (int):
        created_at (datetime.datetime):
        national_id (str):
        termination_id (int):
        filed_on (datetime.date):
        pack (str):
        pack_version (int):
        eligible (bool):
        facts (SocialInsuranceClaimReadFacts): the inputs the decision was made on
        decision (SocialInsuranceClaimReadDecision): every rule's outcome with its article, the amount, months and
            schedule
        benefit_id (int | None | Unset):
    """

    id: int
    created_at: datetime.datetime
    national_id: str
    termination_id: int
    filed_on: datetime.date
    pack: str
    pack_version: int
    eligible: bool
    facts: SocialInsuranceClaimReadFacts
    decision: SocialInsuranceClaimReadDecision
    benefit_id: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        national_id = self.national_id

        termination_id = self.termination_id

        filed_on = self.filed_on.isoformat()

        pack = self.pack

        pack_version = self.pack_version

        eligible = self.eligible

        facts = self.facts.to_dict()

        decision = self.decision.to_dict()

        benefit_id: int | None | Unset
        if isinstance(self.benefit_id, Unset):
            benefit_id = UNSET
        else:
            benefit_id = self.benefit_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "national_id": national_id,
                "termination_id": termination_id,
                "filed_on": filed_on,
                "pack": pack,
                "pack_version": pack_version,
                "eligible": eligible,
                "facts": facts,
                "decision": decision,
            }
        )
        if benefit_id is not UNSET:
            field_dict["benefit_id"] = benefit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.social_insurance_claim_read_decision import SocialInsuranceClaimReadDecision  # noqa: PLC0415
        from ..models.social_insurance_claim_read_facts import SocialInsuranceClaimReadFacts  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        national_id = d.pop("national_id")

        termination_id = d.pop("termination_id")

        filed_on = datetime.date.fromisoformat(d.pop("filed_on"))

        pack = d.pop("pack")

        pack_version = d.pop("pack_version")

        eligible = d.pop("eligible")

        facts = SocialInsuranceClaimReadFacts.from_dict(d.pop("facts"))

        decision = SocialInsuranceClaimReadDecision.from_dict(d.pop("decision"))

        def _parse_benefit_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        benefit_id = _parse_benefit_id(d.pop("benefit_id", UNSET))

        social_insurance_claim_read = cls(
            id=id,
            created_at=created_at,
            national_id=national_id,
            termination_id=termination_id,
            filed_on=filed_on,
            pack=pack,
            pack_version=pack_version,
            eligible=eligible,
            facts=facts,
            decision=decision,
            benefit_id=benefit_id,
        )

        return social_insurance_claim_read
