"""Unemployment registration and Vietnam's monthly job-search notices."""

import httpx

from shared.events.labour import JobSearchNoticeMissed, JobSearchNoticeRecorded, UnemploymentRegistered
from tests.services.labour import builders
from tests.services.labour.conftest import published


async def test_registration_publishes_the_wishes_and_allows_one_open_case(client: httpx.AsyncClient) -> None:
    centre = await builders.centre(client, caseworkers=1)
    person = await builders.worker(client)
    first = await builders.registration(client, national_id=person["national_id"], centre_code=centre["code"])
    (event,) = await published(client, UnemploymentRegistered.event_type)
    assert event.data["wishes"]["occupations"] == ["7533"] and event.data["centre_code"] == centre["code"]
    again = await client.post(
        "/registrations",
        json={"national_id": person["national_id"], "centre_code": centre["code"], "registered_on": "2026-02-01"},
    )
    assert again.status_code == 409 and again.json()["existing"] == f"/registrations/{first['id']}"
    unknown = await client.post(
        "/registrations",
        json={"national_id": person["national_id"], "centre_code": "NOWHERE", "registered_on": "2026-02-01"},
    )
    assert unknown.status_code == 404 and unknown.json()["field"] == "centre_code"
    bad_wish = await client.post(
        "/registrations",
        json={
            "national_id": person["national_id"],
            "centre_code": centre["code"],
            "registered_on": "2026-02-01",
            "wishes": {"occupations": ["sewing"]},
        },
    )
    assert bad_wish.status_code == 422 and bad_wish.json()["errors"][0]["field"] == "wishes"


async def test_a_notice_counts_once_and_only_within_its_month(client: httpx.AsyncClient) -> None:
    centre = await builders.centre(client, caseworkers=1)
    person = await builders.worker(client)
    await builders.registration(
        client, national_id=person["national_id"], centre_code=centre["code"], registered_on="2026-01-10"
    )
    notice = {"national_id": person["national_id"], "month": "2026-02", "submitted_on": "2026-02-05"}
    assert (await client.post("/job-search-notices", json=notice)).status_code == 201
    assert (await client.post("/job-search-notices", json=notice)).status_code == 409
    outside = await client.post("/job-search-notices", json={**notice, "month": "2026-03"})
    assert outside.status_code == 422 and outside.json()["errors"][0]["rule"] == "submitted_within_month"
    early = await client.post("/job-search-notices", json={**notice, "month": "2025-12", "submitted_on": "2025-12-05"})
    assert early.status_code == 422 and early.json()["errors"][0]["rule"] == "not_before_registration"
    assert len(await published(client, JobSearchNoticeRecorded.event_type)) == 1


async def test_missed_months_are_detected_counted_and_published_once(client: httpx.AsyncClient) -> None:
    centre = await builders.centre(client, caseworkers=1)
    diligent, forgetful = await builders.worker(client), await builders.worker(client)
    for person in (diligent, forgetful):
        await builders.registration(
            client, national_id=person["national_id"], centre_code=centre["code"], registered_on="2026-01-10"
        )
    for month in ("2026-02", "2026-03"):
        await client.post(
            "/job-search-notices",
            json={"national_id": diligent["national_id"], "month": month, "submitted_on": f"{month}-03"},
        )

    for month, streak in (("2026-02", 1), ("2026-03", 2)):
        missed = (await client.post("/job-search-notices/missed-check", json={"month": month})).json()
        assert [(m["month"], m["consecutive_missed"], m["submitted_on"]) for m in missed] == [(month, streak, None)]
    assert (
        await client.post("/job-search-notices/missed-check", json={"month": "2026-03"})
    ).json() == []  # run again: nothing new

    events = await published(client, JobSearchNoticeMissed.event_type)
    assert [(e.subject, e.data["month"], e.data["consecutive_missed"]) for e in events] == [
        (forgetful["national_id"], "2026-02", 1),
        (forgetful["national_id"], "2026-03", 2),
    ]
    late = await client.post(
        "/job-search-notices",
        json={"national_id": forgetful["national_id"], "month": "2026-03", "submitted_on": "2026-03-30"},
    )
    assert late.status_code == 409
    not_over = await client.post("/job-search-notices/missed-check", json={"month": "2199-01"})
    assert not_over.status_code == 422 and not_over.json()["errors"][0]["rule"] == "month_has_ended"


async def test_a_centre_checks_only_its_own_registrations_for_missed_notices(client: httpx.AsyncClient) -> None:
    ours, theirs = await builders.centre(client, caseworkers=1), await builders.centre(client, caseworkers=1)
    for centre in (ours, theirs):
        person = await builders.worker(client)
        await builders.registration(
            client, national_id=person["national_id"], centre_code=centre["code"], registered_on="2026-01-10"
        )
    checked = (
        await client.post("/job-search-notices/missed-check", json={"month": "2026-02", "centre_code": ours["code"]})
    ).json()
    assert len(checked) == 1
    everyone = (await client.post("/job-search-notices/missed-check", json={"month": "2026-02"})).json()
    assert len(everyone) == 1  # the other centre's person; ours was already recorded


async def test_chinese_centres_have_no_monthly_notice(client: httpx.AsyncClient) -> None:
    centre = await builders.centre(client, caseworkers=1, jurisdiction="CN")
    person = await builders.worker(client, jurisdiction="CN")
    await builders.registration(
        client, national_id=person["national_id"], centre_code=centre["code"], registered_on="2026-01-10"
    )
    response = await client.post(
        "/job-search-notices",
        json={"national_id": person["national_id"], "month": "2026-02", "submitted_on": "2026-02-03"},
    )
    assert response.status_code == 422
    assert (await client.post("/job-search-notices/missed-check", json={"month": "2026-02"})).json() == []


async def test_counselling_training_and_hardship_are_recorded_and_published(client: httpx.AsyncClient) -> None:
    centre = await builders.centre(client)
    person = await builders.worker(client)
    counselled = await client.post(
        "/counselling-sessions",
        json={
            "national_id": person["national_id"],
            "centre_code": centre["code"],
            "kind": "vocational_guidance",
            "held_on": "2026-03-09",
            "outcome": "CNC training",
        },
    )
    assert counselled.status_code == 201
    await client.post(
        "/courses",
        json={
            "code": "CNC-1",
            "title": "CNC",
            "occupation": "7223",
            "skills": ["cnc"],
            "length_hours": 240,
            "provider": "P",
        },
    )
    enrolment = (
        await client.post(
            "/enrolments",
            json={"national_id": person["national_id"], "course_code": "CNC-1", "enrolled_on": "2026-03-16"},
        )
    ).json()
    no_certificate = await client.post(
        f"/enrolments/{enrolment['id']}/result", json={"result": "passed", "completed_on": "2026-06-12"}
    )
    assert no_certificate.status_code == 422 and no_certificate.json()["errors"][0]["field"] == "certificate_number"
    passed = await client.post(
        f"/enrolments/{enrolment['id']}/result",
        json={"result": "passed", "completed_on": "2026-06-12", "certificate_number": "CT-1"},
    )
    assert passed.json()["result"] == "passed"
    assert (
        await client.post(
            f"/enrolments/{enrolment['id']}/result", json={"result": "failed", "completed_on": "2026-06-12"}
        )
    ).status_code == 409
    assessed = await client.post(
        "/hardship-assessments",
        json={
            "national_id": person["national_id"],
            "assessed_on": "2026-03-12",
            "special_hardship": True,
            "minimum_living_allowance_eligible": False,
        },
    )
    assert assessed.status_code == 201
    types = [e.type for e in await published(client)]
    assert types[-4:] == [
        "labour.counselling.provided.v1",
        "labour.training.enrolled.v1",
        "labour.training.completed.v1",
        "labour.hardship.assessed.v1",
    ]
    (completed,) = [e for e in await published(client, "labour.training.completed.v1")]
    assert completed.data["skills"] == ["cnc"] and completed.data["occupation"] == "7223"
