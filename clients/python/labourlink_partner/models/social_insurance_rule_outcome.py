from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SocialInsuranceRuleOutcome")


@_attrs_define
class SocialInsuranceRuleOutcome:
    """One rule, whether it passed, why, and where the law says so.

    Attributes:
        rule (str):
        article (str):
        passed (bool):
        reason (str):
    """

    rule: str
    article: str
    passed: bool
    reason: str

    def to_dict(self) -> dict[str, Any]:
        rule = self.rule

        article = self.article

        passed = self.passed

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "rule": rule,
                "article": article,
                "passed": passed,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rule = d.pop("rule")

        article = d.pop("article")

        passed = d.pop("passed")

        reason = d.pop("reason")

        social_insurance_rule_outcome = cls(
            rule=rule,
            article=article,
            passed=passed,
            reason=reason,
        )

        return social_insurance_rule_outcome
