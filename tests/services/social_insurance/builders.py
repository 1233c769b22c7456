"""Events and reports for social insurance tests; events go through the service's own inbox."""

import json
from datetime import date
from typing import Any

import httpx

from services.social_insurance.rules.dates import months_back
from tests.services.incoming import deliver, reemployment, registration, termination

__all__ = ["contribution_lines", "deliver", "import_contributions", "reemployment", "registration", "termination"]


def contribution_lines(
    national_id: str,
    *,
    last_day: date,
    months: int,
    employer: str = "0301234562",
    salary: int = 9_000_000,
    paid: bool = True,
    skip_latest: int = 0,
) -> list[dict[str, Any]]:
    """Monthly report lines for consecutive months ending `skip_latest` months before `last_day`'s month."""
    lines = []
    for month in months_back(last_day, months + skip_latest)[:months]:
        year, number = map(int, month.split("-"))
        due = date(year + number // 12, number % 12 + 1, 28)
        lines.append(
            {
                "national_id": national_id,
                "employer_tax_code": employer,
                "month": month,
                "insured_salary": str(salary),
                "pension_individual": str(salary * 8 // 100),
                "pension_employer": str(salary * 14 // 100),
                "unemployment": str(salary // 100),
                "health": str(salary * 45 // 1000),
                "due_on": str(due),
                "paid_on": str(due.replace(day=20)) if paid else None,
            }
        )
    return lines


async def import_contributions(client: httpx.AsyncClient, lines: list[dict[str, Any]]) -> dict[str, Any]:
    body = "".join(json.dumps(line) + "\n" for line in lines).encode()
    response = await client.post(
        "/contributions/import", content=body, headers={"content-type": "application/x-ndjson"}
    )
    assert response.status_code == 200, response.text
    return response.json()
