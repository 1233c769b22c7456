"""Vacancies, the national occupation mapping, job fairs and the vacancy feed for job boards."""

import httpx

from tests.services.job_matching import builders
from tests.services.job_matching.builders import TODAY
from tests.services.job_matching.conftest import published


async def test_a_reported_vacancy_is_open_and_published(client: httpx.AsyncClient) -> None:
    vacancy = await builders.vacancy(client, skills=["CNC Operation", "cnc operation"])
    assert vacancy["status"] == "open" and vacancy["filled"] == 0
    assert vacancy["skills"] == ["cnc operation"]
    [event] = await published(client, "job_matching.vacancy.opened.v1")
    assert event.subject == f"vacancy/{vacancy['id']}" and event.data["occupation"] == "7223"


async def test_a_national_occupation_code_is_mapped_to_isco(client: httpx.AsyncClient) -> None:
    mapping = {"jurisdiction": "CN", "national_code": "6-18-01-01", "national_title": "车工", "isco_code": "7223"}
    assert (await client.post("/occupations/mappings", json=mapping)).status_code == 201
    assert (await client.post("/occupations/mappings", json=mapping)).status_code == 409

    body = builders.vacancy_body(
        jurisdiction="CN", isco_code=None, national_occupation_code="6-18-01-01", province="吉林省", district="朝阳区"
    )
    response = await client.post("/vacancies", params={"on": str(TODAY)}, json=body)
    assert response.status_code == 201, response.text
    assert response.json()["isco_code"] == "7223"

    unknown = await client.post(
        "/vacancies", params={"on": str(TODAY)}, json={**body, "national_occupation_code": "9-99"}
    )
    assert unknown.status_code == 422
    assert unknown.headers["content-type"] == "application/problem+json"
    assert unknown.json()["errors"][0] == {
        "field": "national_occupation_code",
        "rule": "mapped_code",
        "message": unknown.json()["errors"][0]["message"],
    }

    disagreeing = await client.post("/vacancies", params={"on": str(TODAY)}, json={**body, "isco_code": "9112"})
    assert disagreeing.json()["errors"][0]["rule"] == "agrees_with_mapping"


async def test_bad_vacancies_are_refused_naming_the_field(client: httpx.AsyncClient) -> None:
    cases = [
        (builders.vacancy_body(isco_code="72"), "isco_code"),
        (builders.vacancy_body(isco_code=None), "isco_code"),
        (builders.vacancy_body(wage_min="12000000", wage_max="9000000"), "wage_max"),
        (builders.vacancy_body(openings=0), "openings"),
        (builders.vacancy_body(closing_date="2026-03-01"), "closing_date"),
    ]
    for body, field in cases:
        response = await client.post("/vacancies", params={"on": str(TODAY)}, json=body)
        assert response.status_code == 422, (field, response.text)
        assert field in response.text
    assert (await client.get("/vacancies")).json()["items"] == []


async def test_withdrawn_and_expired_vacancies_close_with_their_reason(client: httpx.AsyncClient) -> None:
    withdrawn = await builders.vacancy(client)
    expiring = await builders.vacancy(client, closing_date="2026-03-31")
    lasting = await builders.vacancy(client)

    response = await client.post(f"/vacancies/{withdrawn['id']}/withdraw", json={"closed_on": "2026-03-20"})
    assert response.json()["close_reason"] == "withdrawn"
    assert (
        await client.post(f"/vacancies/{withdrawn['id']}/withdraw", json={"closed_on": "2026-03-21"})
    ).status_code == 409

    assert (await client.post("/vacancies/expire", params={"on": "2026-03-31"})).json() == {"closed": []}
    assert (await client.post("/vacancies/expire", params={"on": "2026-04-01"})).json() == {"closed": [expiring["id"]]}

    still_open = (await client.get("/vacancies", params={"status": "open"})).json()["items"]
    assert [v["id"] for v in still_open] == [lasting["id"]]
    closed = await published(client, "job_matching.vacancy.closed.v1")
    assert [(e.data["vacancy_id"], e.data["reason"]) for e in closed] == [
        (withdrawn["id"], "withdrawn"),
        (expiring["id"], "expired"),
    ]


async def test_vacancies_filter_by_occupation_group(client: httpx.AsyncClient) -> None:
    machinist = await builders.vacancy(client, isco_code="7223")
    await builders.vacancy(client, isco_code="9112")
    for prefix in ("7", "72", "7223"):
        items = (await client.get("/vacancies", params={"occupation": prefix})).json()["items"]
        assert [v["id"] for v in items] == [machinist["id"]]


async def test_a_job_fair_presents_open_vacancies(client: httpx.AsyncClient) -> None:
    first, second = await builders.vacancy(client), await builders.vacancy(client)
    closed = await builders.vacancy(client)
    await client.post(f"/vacancies/{closed['id']}/withdraw", json={"closed_on": "2026-03-20"})
    fair = {
        "name": "Ngày hội việc làm Quận 10",
        "held_on": "2026-04-12",
        "place": "Nhà văn hóa Lao động",
        "province": "Hồ Chí Minh",
        "district": "Quận 10",
        "centre_code": "HCM-Q10",
        "vacancy_ids": [first["id"]],
    }
    created = await client.post("/job-fairs", json=fair)
    assert created.status_code == 201, created.text
    fair_id = created.json()["id"]

    refused = await client.post(f"/job-fairs/{fair_id}/vacancies", json={"vacancy_ids": [second["id"], closed["id"]]})
    assert refused.status_code == 422 and refused.json()["errors"][0]["field"] == "vacancy_ids"
    added = await client.post(f"/job-fairs/{fair_id}/vacancies", json={"vacancy_ids": [second["id"], first["id"]]})
    assert [v["id"] for v in added.json()["vacancies"]] == [first["id"], second["id"]]
    assert (await client.get("/job-fairs", params={"centre_code": "HCM-Q10"})).json()["items"][0]["id"] == fair_id


async def test_the_vacancy_feed_marks_removed_vacancies_and_answers_304_when_nothing_changed(
    client: httpx.AsyncClient,
) -> None:
    first, second = await builders.vacancy(client), await builders.vacancy(client)
    everything = await client.get("/feed/vacancies")
    assert [(c["vacancy_id"], c["removed"]) for c in everything.json()["items"]] == [
        (first["id"], False),
        (second["id"], False),
    ]
    cursor, tag = everything.json()["next_after"], everything.headers["etag"]

    again = await client.get("/feed/vacancies", headers={"if-none-match": tag})
    assert again.status_code == 304 and again.content == b""
    caught_up = await client.get("/feed/vacancies", params={"after": cursor})
    assert caught_up.json() == {"items": [], "next_after": cursor}
    quiet = await client.get(
        "/feed/vacancies", params={"after": cursor}, headers={"if-none-match": caught_up.headers["etag"]}
    )
    assert quiet.status_code == 304

    await client.post(f"/vacancies/{first['id']}/withdraw", json={"closed_on": "2026-03-20"})
    changed = await client.get(
        "/feed/vacancies", params={"after": cursor}, headers={"if-none-match": caught_up.headers["etag"]}
    )
    assert changed.status_code == 200
    [removal] = changed.json()["items"]
    assert removal["vacancy_id"] == first["id"] and removal["removed"] is True
    assert removal["vacancy"]["close_reason"] == "withdrawn"
