"""Employers and workers over REST: validation, duplicates, filtering and keyset pages."""

import httpx

from tests.services.labour import builders


async def test_an_invalid_national_id_is_refused_naming_the_field_and_rule(client: httpx.AsyncClient) -> None:
    response = await client.post("/workers", json={
        "national_id": "079190001234", "jurisdiction": "VN", "full_name": "Lê Văn Hùng", "birth_date": "1990-04-12",
        "sex": "male", "address": "1 Lê Lợi", "province": "Hồ Chí Minh", "district": "Quận 1",
    })
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
    response = await client.post("/workers", json={**{k: v for k, v in person.items() if k not in ("id", "created_at")}, "national_id": forged})
    assert response.status_code == 422
    assert "check character" in response.json()["detail"]


async def test_an_employer_needs_the_wage_location_of_its_jurisdiction(client: httpx.AsyncClient) -> None:
    response = await client.post("/employers", json={
        "tax_code": "0300000001", "name": "X", "jurisdiction": "VN", "address": "a", "province": "p",
        "district": "d", "sector": "s",
    })
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
    rest = (await client.get("/employers", params={"wage_region": "II", "limit": 3, "after": first["next_after"]})).json()
    assert len(rest["items"]) == 2 and rest["next_after"] is None
    assert {e["wage_region"] for e in first["items"] + rest["items"]} == {"II"}
