"""Seeker profiles from the labour and social insurance events, and preferences seekers edit."""

from datetime import date

import httpx

from shared.events.labour import HardshipAssessed, TrainingCompleted
from shared.events.social_insurance import BenefitTerminated
from tests.services.incoming import deliver
from tests.services.job_matching import builders
from tests.services.job_matching.conftest import published

LAN = "079190001234"


def training(result: str, *, occupation: str = "7212", skills: list[str] | None = None) -> TrainingCompleted:
    return TrainingCompleted(
        enrolment_id=1,
        national_id=LAN,
        course_code="WELD-01",
        occupation=occupation,
        skills=skills if skills is not None else ["Welding", "blueprint reading"],
        result=result,
        completed_on=date(2026, 6, 12),
        certificate_number="CT-1" if result == "passed" else None,
    )


async def test_a_registration_makes_an_active_profile_with_the_wishes(client: httpx.AsyncClient) -> None:
    profile = await builders.register_seeker(
        client, LAN, occupations=("7223", "7233"), minimum_monthly_wage=7_000_000, willing_to_relocate=True
    )
    assert profile["status"] == "active" and profile["centre_code"] == "HCM-Q10" and profile["jurisdiction"] == "VN"
    assert profile["occupations"] == ["7223", "7233"] and profile["willing_to_relocate"] is True
    assert profile["minimum_monthly_wage"] == "7000000.00"


async def test_a_repeated_registration_changes_nothing_and_offers_nothing_twice(client: httpx.AsyncClient) -> None:
    await builders.vacancy(client)
    event = builders.registration(
        LAN,
        wishes=builders.JobSearchWishes(
            occupations=["7223"], provinces=[], districts=[], minimum_monthly_wage=None, willing_to_relocate=False
        ),
    )
    await deliver(client, event)
    await deliver(client, event)
    assert len(await builders.offers_of(client, LAN)) == 1
    assert len(await published(client, "job_matching.offer.made.v1")) == 1


async def test_a_passed_training_adds_skills_and_the_trade_and_a_failed_one_adds_nothing(
    client: httpx.AsyncClient,
) -> None:
    await builders.register_seeker(client, LAN)
    await deliver(client, training("failed", skills=["forklift"], occupation="8344"))
    await deliver(client, training("passed"))
    profile = (await client.get(f"/seekers/{LAN}")).json()
    assert profile["skills"] == ["welding", "blueprint reading"]
    assert profile["occupations"] == ["7223", "7212"]


async def test_what_is_learned_before_registering_is_kept(client: httpx.AsyncClient) -> None:
    await deliver(client, training("passed"))
    await deliver(
        client,
        HardshipAssessed(
            assessment_id=7,
            national_id=LAN,
            special_hardship=True,
            minimum_living_allowance_eligible=True,
            assessed_on=date(2026, 3, 1),
        ),
    )
    assert (await client.get(f"/seekers/{LAN}")).json()["status"] == "unregistered"
    profile = await builders.register_seeker(client, LAN)
    assert profile["status"] == "active" and profile["special_hardship"] is True
    assert profile["occupations"] == ["7223", "7212"] and profile["skills"] == ["welding", "blueprint reading"]


async def test_a_terminated_benefit_stops_matching_until_the_person_registers_again(client: httpx.AsyncClient) -> None:
    await builders.register_seeker(client, LAN)
    await deliver(
        client,
        BenefitTerminated(
            claim_id=5,
            national_id=LAN,
            effective_on=date(2026, 6, 1),
            reason="no job-search notice for 3 consecutive months (Art. 53)",
        ),
    )
    profile = (await client.get(f"/seekers/{LAN}")).json()
    assert profile["status"] == "inactive" and "3 consecutive months" in profile["status_reason"]
    assert (await client.get(f"/seekers/{LAN}/matches")).status_code == 409
    assert [
        s["national_id"] for s in (await client.get("/seekers", params={"status": "inactive"})).json()["items"]
    ] == [LAN]

    again = await builders.register_seeker(client, LAN, registered_on=date(2026, 9, 1))
    assert again["status"] == "active" and again["registered_on"] == "2026-09-01"


async def test_a_placed_seeker_stays_placed_when_the_benefit_ends(client: httpx.AsyncClient) -> None:
    await builders.register_seeker(client, LAN)
    await client.post(
        "/placements",
        json={"national_id": LAN, "employer_name": "Công ty A", "start_date": "2026-05-04", "monthly_wage": "8800000"},
    )
    await deliver(
        client, BenefitTerminated(claim_id=5, national_id=LAN, effective_on=date(2026, 5, 4), reason="found work")
    )
    assert (await client.get(f"/seekers/{LAN}")).json()["status"] == "placed"


async def test_preferences_change_what_is_matched(client: httpx.AsyncClient) -> None:
    far = await builders.vacancy(client, province="Bình Dương", district="Thủ Dầu Một")
    await builders.register_seeker(client, LAN)
    assert (await client.get(f"/seekers/{LAN}/matches")).json() == []

    response = await client.patch(
        f"/seekers/{LAN}/preferences", json={"preferred_provinces": ["Bình Dương"], "skills": ["CNC operation"]}
    )
    assert response.status_code == 200, response.text
    assert response.json()["skills"] == ["cnc operation"] and response.json()["occupations"] == ["7223"]
    [match] = (await client.get(f"/seekers/{LAN}/matches")).json()
    assert (
        match["vacancy"]["id"] == far["id"]
        and match["breakdown"]["location"] == 12
        and match["breakdown"]["skills"] == 10
    )


async def test_bad_preferences_are_refused_naming_the_field(client: httpx.AsyncClient) -> None:
    await builders.register_seeker(client, LAN)
    for body, field in (
        ({"occupations": ["72"]}, "occupations.0"),
        ({"occupations": None}, "occupations"),
        ({"minimum_monthly_wage": "-1"}, "minimum_monthly_wage"),
        ({"salary": 1}, "salary"),
    ):
        response = await client.patch(f"/seekers/{LAN}/preferences", json=body)
        assert response.status_code == 422, body
        assert response.json()["errors"][0]["field"] == field
    cleared = await client.patch(f"/seekers/{LAN}/preferences", json={"minimum_monthly_wage": None})
    assert cleared.json()["minimum_monthly_wage"] is None
