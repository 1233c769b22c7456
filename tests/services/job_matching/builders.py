"""Vacancies and registered seekers for job matching tests."""

import itertools
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import httpx

from shared.events.labour import JobSearchWishes
from tests.services.incoming import deliver, registration
from tests.services.labour.builders import vn_tax_code

__all__ = ["JobSearchWishes", "offers_of", "register_seeker", "registration", "vacancy", "vacancy_body"]

TODAY = date(2026, 3, 16)
# Offers made on registration skip vacancies closed by the real clock; test vacancies stay open.
STILL_OPEN = date.today() + timedelta(days=400)
_tax_codes = itertools.count(100_000)


def vacancy_body(**overrides: Any) -> dict[str, Any]:
    body = {
        "jurisdiction": "VN",
        "employer_tax_code": vn_tax_code(next(_tax_codes)),
        "employer_name": "Công ty Cơ khí Thủ Đức",
        "title": "CNC machine operator",
        "isco_code": "7223",
        "skills": ["cnc operation", "technical drawing"],
        "province": "Hồ Chí Minh",
        "district": "Quận 10",
        "wage_min": "9000000",
        "wage_max": "11000000",
        "contract_type": "indefinite",
        "openings": 2,
        "closing_date": str(STILL_OPEN),
        "public_welfare": False,
    }
    return {**body, **overrides}


async def vacancy(client: httpx.AsyncClient, **overrides: Any) -> dict[str, Any]:
    """Report a vacancy as of TODAY."""
    response = await client.post("/vacancies", params={"on": str(TODAY)}, json=vacancy_body(**overrides))
    assert response.status_code == 201, response.text
    return response.json()


async def register_seeker(
    client: httpx.AsyncClient,
    national_id: str,
    *,
    occupations: tuple[str, ...] = ("7223",),
    district: str = "Quận 10",
    minimum_monthly_wage: int | None = 8_000_000,
    willing_to_relocate: bool = False,
    centre_code: str = "HCM-Q10",
    registered_on: date = TODAY,
    **overrides: Any,
) -> dict[str, Any]:
    """Deliver labour's registration event for the person; returns their profile."""
    wishes = JobSearchWishes(
        occupations=list(occupations),
        provinces=[],
        districts=[],
        willing_to_relocate=willing_to_relocate,
        minimum_monthly_wage=Decimal(minimum_monthly_wage) if minimum_monthly_wage is not None else None,
    )
    await deliver(
        client,
        registration(
            national_id,
            district=district,
            wishes=wishes,
            centre_code=centre_code,
            registered_on=registered_on,
            **overrides,
        ),
    )
    response = await client.get(f"/seekers/{national_id}")
    assert response.status_code == 200, response.text
    return response.json()


async def offers_of(client: httpx.AsyncClient, national_id: str) -> list[dict[str, Any]]:
    response = await client.get("/offers", params={"national_id": national_id})
    assert response.status_code == 200, response.text
    return response.json()["items"]
