"""Events and reports for social insurance tests, delivered through the service's own inbox."""

import itertools
import json
from datetime import date
from decimal import Decimal
from typing import Any

import httpx

from services.social_insurance.rules.dates import months_back
from shared.bus.base import ReceivedMessage
from shared.events.envelope import CloudEvent, EventPayload
from shared.events.labour import JobSearchWishes, TerminationRecorded, UnemploymentRegistered

_ids = itertools.count(1000)


async def deliver(client: httpx.AsyncClient, *payloads: EventPayload) -> None:
    """Hand events to the service's inbox consumer, as the bus would."""
    runtime = client._transport.app.state.runtime  # type: ignore[attr-defined]
    messages = []
    for offset, payload in enumerate(payloads):
        event = CloudEvent.of(payload, source="/labourlink/test", subject=payload.national_id)  # type: ignore[attr-defined]
        message = event.to_bus_message("test")
        messages.append(ReceivedMessage(topic="test", partition=0, offset=next(_ids) + offset, key=message.key,
                                        value=message.value, headers=message.headers, timestamp_ms=0))
    await runtime.consumer().apply(messages)


def termination(national_id: str, **overrides: Any) -> TerminationRecorded:
    fields = {
        "termination_id": next(_ids), "version": 1, "contract_id": next(_ids), "national_id": national_id,
        "jurisdiction": "VN", "employer_tax_code": "0301234567", "employer_name": "Công ty May Sài Gòn",
        "employer_province": "Hồ Chí Minh", "wage_region": "I", "locality_code": None, "state_paid": False,
        "contract_type": "indefinite", "contract_start": date(2020, 1, 1), "insured_monthly_salary": Decimal(9_000_000),
        "last_working_day": date(2025, 6, 30), "reason": "employer_termination", "reported_on": date(2025, 7, 1),
        "reported_late": False,
    }
    return TerminationRecorded(**{**fields, **overrides})


def registration(national_id: str, *, registered_on: date = date(2025, 7, 3), district: str = "Quận 10", **overrides: Any) -> UnemploymentRegistered:
    fields = {
        "registration_id": next(_ids), "national_id": national_id, "full_name": "Nguyễn Thị Lan", "jurisdiction": "VN",
        "centre_code": "HCM-Q10", "province": "Hồ Chí Minh", "district": district, "registered_on": registered_on,
        "wishes": JobSearchWishes(occupations=["7533"], provinces=[], districts=[], minimum_monthly_wage=None, willing_to_relocate=False),
    }
    return UnemploymentRegistered(**{**fields, **overrides})


def contribution_lines(national_id: str, *, last_day: date, months: int, employer: str = "0301234567",
                       salary: int = 9_000_000, paid: bool = True, skip_latest: int = 0) -> list[dict[str, Any]]:
    """Monthly report lines for consecutive months ending `skip_latest` months before `last_day`'s month."""
    lines = []
    for month in months_back(last_day, months + skip_latest)[:months]:
        year, number = map(int, month.split("-"))
        due = date(year + number // 12, number % 12 + 1, 28)
        lines.append({
            "national_id": national_id, "employer_tax_code": employer, "month": month, "insured_salary": str(salary),
            "pension_individual": str(salary * 8 // 100), "pension_employer": str(salary * 14 // 100),
            "unemployment": str(salary // 100), "health": str(salary * 45 // 1000), "due_on": str(due),
            "paid_on": str(due.replace(day=20)) if paid else None,
        })
    return lines


async def import_contributions(client: httpx.AsyncClient, lines: list[dict[str, Any]]) -> dict[str, Any]:
    body = "".join(json.dumps(line) + "\n" for line in lines).encode()
    response = await client.post("/contributions/import", content=body, headers={"content-type": "application/x-ndjson"})
    assert response.status_code == 200, response.text
    return response.json()
