from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.social_insurance_rule_outcome import SocialInsuranceRuleOutcome


T = TypeVar("T", bound="SocialInsuranceFindingOutcome")


@_attrs_define
class SocialInsuranceFindingOutcome:
    """
    Attributes:
        benefit_ended (bool):
        rule (None | SocialInsuranceRuleOutcome):
    """

    benefit_ended: bool
    rule: None | SocialInsuranceRuleOutcome

    def to_dict(self) -> dict[str, Any]:
        from ..models.social_insurance_rule_outcome import SocialInsuranceRuleOutcome  # noqa: PLC0415

        benefit_ended = self.benefit_ended

        rule: dict[str, Any] | None
        if isinstance(self.rule, SocialInsuranceRuleOutcome):
            rule = self.rule.to_dict()
        else:
            rule = self.rule

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "benefit_ended": benefit_ended,
                "rule": rule,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.social_insurance_rule_outcome import SocialInsuranceRuleOutcome  # noqa: PLC0415

        d = dict(src_dict)
        benefit_ended = d.pop("benefit_ended")

        def _parse_rule(data: object) -> None | SocialInsuranceRuleOutcome:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rule_type_0 = SocialInsuranceRuleOutcome.from_dict(data)

                return rule_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SocialInsuranceRuleOutcome, data)

        rule = _parse_rule(d.pop("rule"))

        social_insurance_finding_outcome = cls(
            benefit_ended=benefit_ended,
            rule=rule,
        )

        return social_insurance_finding_outcome
