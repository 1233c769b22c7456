"""Employers and workers over REST: validation, duplicates, filtering and keyset pages."""

import httpx
import pytest

from tests.services.labour import builders


async def test_an_invalid_national_id_is_refused_naming_the_field_and_rule(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/workers",
        json={
            "national_id": "079190001234",
            "jurisdiction": "VN",
            "full_name": "Lê Văn Hùng",
            "birth_date": "1990-04-12",
            "sex": "male",
            "address": "1 Lê Lợi",
            "province": "Hồ Chí Minh",
            "district": "Quận 1",
        },
    )
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    (error,) = response.json()["errors"]
    assert (error["field"], error["rule"]) == ("national_id", "national_id_vn")
    assert (await client.get("/workers")).json()["items"] == []


async def test_a_duplicate_national_id_is_refused_naming_the_existing_record(client: httpx.AsyncClient) -> None:
    first = await builders.worker(client)
    again = await client.post("/workers", json={k: v for k, v in first.items() if k not in ("id", "created_at")})
    assert again.status_code == 409
    assert again.json()["existing"] == f"/workers/{first['id']}"


async def test_a_chinese_worker_is_checked_against_the_resident_id_rules(client: httpx.AsyncClient) -> None:
    person = await builders.worker(client, jurisdiction="CN", sex="male")
    assert len(person["national_id"]) == 18
    forged = person["national_id"][:-1] + ("0" if person["national_id"][-1] != "0" else "1")
    response = await client.post(
        "/workers", json={**{k: v for k, v in person.items() if k not in ("id", "created_at")}, "national_id": forged}
    )
    assert response.status_code == 422
    assert "check character" in response.json()["detail"]


@pytest.mark.parametrize(
    ("jurisdiction", "tax_code", "refusal"),
    [
        ("VN", "0100233488", None),  # a company: 10 digits, the last the check digit
        ("VN", "0314409058-002", None),  # a branch: the company's 10 digits and its own 3
        ("CN", "91110000600037341L", None),  # a unified social credit code, check character L
        ("VN", "0100233480", "check digit is invalid"),
        ("CN", "91110000600037341A", "check digit is invalid"),
        ("VN", "010023348", "invalid length"),
        ("CN", "9111000060003734", "invalid length"),
        ("CN", "0100233488", "invalid length"),  # a Vietnamese code is no Chinese one
        ("VN", "0314409058002", "write it as 0314409058-002"),
        ("CN", "91110000600037341l", "write it as 91110000600037341L"),
    ],
)
async def test_an_employer_tax_code_is_its_jurisdictions_with_its_check_digit(
    client: httpx.AsyncClient, jurisdiction: str, tax_code: str, refusal: str | None
) -> None:
    body = builders.employer_body(jurisdiction=jurisdiction, tax_code=tax_code)
    response = await client.post("/employers", json=body)
    if refusal is None:
        assert response.status_code == 201, response.text
        assert response.json()["tax_code"] == tax_code
    else:
        assert response.status_code == 422, response.text
        [error] = response.json()["errors"]
        assert (error["field"], error["rule"]) == ("tax_code", "invalid_tax_code")
        assert refusal in error["message"]


async def test_an_employer_needs_the_wage_location_of_its_jurisdiction(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/employers",
        json={
            "tax_code": builders.vn_tax_code(1),
            "name": "X",
            "jurisdiction": "VN",
            "address": "a",
            "province": "p",
            "district": "d",
            "sector": "s",
        },
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "wage_region"
    duplicate = await builders.employer(client)
    again = await client.post("/employers", json={k: v for k, v in duplicate.items() if k not in ("id", "created_at")})
    assert again.status_code == 409 and again.json()["existing"] == f"/employers/{duplicate['id']}"


async def test_lists_filter_and_continue_by_keyset(client: httpx.AsyncClient) -> None:
    for _ in range(5):
        await builders.employer(client, wage_region="II")
    await builders.employer(client, wage_region="IV")
    first = (await client.get("/employers", params={"wage_region": "II", "limit": 3})).json()
    assert len(first["items"]) == 3 and first["next_after"] == first["items"][-1]["id"]
    rest = (
        await client.get("/employers", params={"wage_region": "II", "limit": 3, "after": first["next_after"]})
    ).json()
    assert len(rest["items"]) == 2 and rest["next_after"] is None
    assert {e["wage_region"] for e in first["items"] + rest["items"]} == {"II"}
