"""Valid records for tests: national IDs that pass each jurisdiction's rules, and REST calls
that create the people, employers and contracts a scenario needs."""

import itertools
import secrets
from datetime import date
from typing import Any

import httpx
from stdnum.cn import uscc
from stdnum.vn import mst

from services.labour.national_id import cn_check_character

# Each run starts its serials somewhere else: the Kafka topics keep earlier runs' events, and a
# test on the real broker must never find an earlier run's person.
_serial = itertools.count(secrets.randbelow(10**6))


def vn_citizen_id(*, birth_date: date, sex: str, province: str = "079") -> str:
    """A valid Vietnamese citizen ID for this holder."""
    century_digit = (birth_date.year // 100 - 19) * 2 + (1 if sex == "female" else 0)
    return f"{province}{century_digit}{birth_date.year % 100:02d}{next(_serial) % 10**6:06d}"


def cn_resident_id(*, birth_date: date, sex: str, area: str = "220102") -> str:
    """A valid Chinese resident ID for this holder (area 220102: Changchun, Jilin)."""
    sequence = next(_serial) % 500 * 2 + (1 if sex == "male" else 0)
    first_17 = f"{area}{birth_date:%Y%m%d}{sequence:03d}"
    return first_17 + cn_check_character(first_17)


def vn_tax_code(serial: int, *, province: str = "03") -> str:
    """The valid Vietnamese tax code (mã số thuế) numbered `serial` in a province (03: Ho Chi Minh City): the
    province, the serial, then the first ninth digit that has a check digit (one base in eleven has none)."""
    first_9 = next(
        base
        for base in (f"{province}{serial % 10**6:06d}{d}" for d in range(1, 10))
        if len(mst.calc_check_digit(base)) == 1
    )
    return first_9 + mst.calc_check_digit(first_9)


def cn_tax_code(serial: int, *, area: str = "220100") -> str:
    """The valid Chinese unified social credit code numbered `serial` (91: an enterprise; area 220100: Changchun)."""
    first_17 = f"91{area}{serial % 10**9:09d}"
    return first_17 + uscc.calc_check_digit(first_17)


def _ok(response: httpx.Response) -> dict[str, Any]:
    assert response.status_code == 201, response.text
    return response.json()


def employer_body(*, jurisdiction: str = "VN", **fields: Any) -> dict[str, Any]:
    return {
        "tax_code": (vn_tax_code if jurisdiction == "VN" else cn_tax_code)(next(_serial)),
        "name": "Công ty May Sài Gòn",
        "jurisdiction": jurisdiction,
        "address": "12 Lý Thường Kiệt",
        "province": "Hồ Chí Minh",
        "district": "Quận 10",
        "sector": "garments",
        **({"wage_region": "I"} if jurisdiction == "VN" else {"locality_code": "220100"}),
        **fields,
    }


async def employer(client: httpx.AsyncClient, *, jurisdiction: str = "VN", **fields: Any) -> dict[str, Any]:
    return _ok(await client.post("/employers", json=employer_body(jurisdiction=jurisdiction, **fields)))


async def worker(
    client: httpx.AsyncClient, *, jurisdiction: str = "VN", sex: str = "female", **fields: Any
) -> dict[str, Any]:
    birth = date(1990, 4, 12)
    national_id = (
        vn_citizen_id(birth_date=birth, sex=sex) if jurisdiction == "VN" else cn_resident_id(birth_date=birth, sex=sex)
    )
    body = {
        "national_id": national_id,
        "jurisdiction": jurisdiction,
        "full_name": "Nguyễn Thị Lan",
        "birth_date": str(birth),
        "sex": sex,
        "address": "45 Nguyễn Trãi",
        "province": "Hồ Chí Minh",
        "district": "Quận 5",
        **fields,
    }
    return _ok(await client.post("/workers", json=body))


async def employment(
    client: httpx.AsyncClient, *, jurisdiction: str = "VN", start: str = "2022-01-01"
) -> dict[str, Any]:
    """A worker employed by an employer under an indefinite contract; returns all three."""
    person, company = await worker(client, jurisdiction=jurisdiction), await employer(client, jurisdiction=jurisdiction)
    contract = _ok(
        await client.post(
            "/contracts",
            json={
                "national_id": person["national_id"],
                "employer_tax_code": company["tax_code"],
                "contract_type": "indefinite",
                "start_date": start,
                "insured_monthly_salary": "9000000",
            },
        )
    )
    return {"worker": person, "employer": company, "contract": contract}


def closure_report(case: dict[str, Any], **fields: Any) -> dict[str, Any]:
    """The report of the end of an employment case's contract: its employer closed (last day 27 February 2026)."""
    return {
        "national_id": case["worker"]["national_id"],
        "employer_tax_code": case["employer"]["tax_code"],
        "last_working_day": "2026-02-27",
        "reported_on": "2026-03-02",
        "reason": "enterprise_closure",
        **fields,
    }


async def centre(client: httpx.AsyncClient, *, caseworkers: int = 0, jurisdiction: str = "VN") -> dict[str, Any]:
    """A centre with some caseworkers; returns the centre and their ids."""
    opened = _ok(
        await client.post(
            "/centres",
            json={
                "code": f"C-{next(_serial)}",
                "name": "Trung tâm Dịch vụ việc làm",
                "jurisdiction": jurisdiction,
                "province": "Hồ Chí Minh",
                "district": "Quận 10",
            },
        )
    )
    opened["caseworker_ids"] = [
        _ok(
            await client.post(
                f"/centres/{opened['id']}/caseworkers", json={"full_name": f"Caseworker {n}", "phone": "0281234567"}
            )
        )["id"]
        for n in range(caseworkers)
    ]
    return opened


async def registration(
    client: httpx.AsyncClient, *, national_id: str, centre_code: str, registered_on: str = "2026-01-10"
) -> dict[str, Any]:
    return _ok(
        await client.post(
            "/registrations",
            json={
                "national_id": national_id,
                "centre_code": centre_code,
                "registered_on": registered_on,
                "wishes": {"occupations": ["7533"], "provinces": ["Hồ Chí Minh"], "minimum_monthly_wage": "7000000"},
            },
        )
    )
