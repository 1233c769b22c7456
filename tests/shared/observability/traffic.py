"""The partner traffic the observability tests send through the gateway."""

from typing import Any


def termination_report(case: dict[str, Any]) -> dict[str, Any]:
    """A centre's report that an employment case's contract ended (POST /v1/terminations)."""
    return {
        "contract_id": case["contract"]["id"],
        "last_working_day": "2026-03-01",
        "reported_on": "2026-03-02",
        "reason": "employer_termination",
    }
