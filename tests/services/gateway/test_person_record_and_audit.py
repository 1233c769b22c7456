"""The person record across the three services, cut to each agency kind's rights; the audit
log of every personal-data access, its hash chain, and the person's own view of it."""

from datetime import date

import pytest
from sqlalchemy import text

from shared.events.labour import HardshipAssessed
from tests.services import support
from tests.services.gateway.conftest import System
from tests.services.incoming import deliver, registration, termination
from tests.services.labour import builders as labour

PURPOSE = "inspection 2026/17: employment periods"


async def a_person_everywhere(system: System) -> str:
    """A worker with a contract and a termination in labour, a hardship assessment, a continuation
    notice in social insurance, and a seeker profile in job matching."""
    case = await labour.employment(system.labour)
    national_id = case["worker"]["national_id"]
    response = await system.labour.post(
        "/terminations",
        json={
            "contract_id": case["contract"]["id"],
            "last_working_day": "2026-03-01",
            "reported_on": "2026-03-02",
            "reason": "employer_termination",
        },
    )
    assert response.status_code == 201, response.text
    await deliver(system.social_insurance, termination(national_id, last_working_day=date(2026, 3, 1)))
    await deliver(
        system.job_matching,
        registration(national_id),
        HardshipAssessed(
            assessment_id=1,
            national_id=national_id,
            special_hardship=True,
            minimum_living_allowance_eligible=True,
            assessed_on=date(2026, 3, 5),
        ),
    )
    return national_id


async def read_person(system: System, key: str, national_id: str, purpose: str = PURPOSE):  # noqa: ANN201
    return await system.gateway.get(f"/v1/persons/{national_id}", headers={"X-API-Key": key, "X-Purpose": purpose})


async def test_a_labour_agency_sees_the_whole_record(system: System) -> None:
    national_id = await a_person_everywhere(system)
    key = await system.client("workers:read", "contracts:read", "terminations:read", "notices:read", "seekers:read")
    response = await read_person(system, key, national_id)
    assert response.status_code == 200, response.text
    sections = response.json()["sections"]
    assert set(sections) == {"workers", "contracts", "terminations", "notices", "seekers"}
    assert sections["workers"][0]["national_id"] == national_id
    assert sections["terminations"][0]["reason"] == "employer_termination"
    assert len(sections["notices"]) == 1
    assert sections["seekers"]["special_hardship"] is True


async def test_a_tax_agency_sees_employment_periods_and_no_hardship_or_health_data(system: System) -> None:
    national_id = await a_person_everywhere(system)
    key = await system.client("workers:read", "contracts:read", "terminations:read", kind="tax")
    # A tax agency cannot even be granted hardship or seeker data...
    sections = (await read_person(system, key, national_id)).json()["sections"]
    assert set(sections) == {"workers", "contracts", "terminations"}
    assert sections["contracts"][0]["start_date"] == "2022-01-01"

    # ...and where a category it may read carries hardship fields, they are removed.
    labour_key = await system.client("seekers:read", kind="labour", agency="MOLISA")
    planning_key = await system.client("vacancies:read", kind="planning_investment")
    seeker_for_labour = (
        await system.gateway.get(f"/v1/seekers/{national_id}", headers={"X-API-Key": labour_key, "X-Purpose": PURPOSE})
    ).json()
    assert seeker_for_labour["special_hardship"] is True
    assert (await system.gateway.get("/v1/vacancies", headers={"X-API-Key": planning_key})).status_code == 200


async def test_finance_reads_claims_without_health_cover(system: System) -> None:
    from services.gateway.access.policy import AgencyKind, hidden_fields, minimised

    decision = {
        "national_id": "079190001234",
        "decision": {"health_cover": "health_insurance", "monthly_amount": "5400000"},
    }
    assert minimised(decision, hidden_fields(AgencyKind.finance)) == {
        "national_id": "079190001234",
        "decision": {"monthly_amount": "5400000"},
    }
    assert minimised(decision, hidden_fields(AgencyKind.social_insurance)) == decision
    assert "special_hardship" in hidden_fields(AgencyKind.tax) and "health" in hidden_fields(AgencyKind.tax)


async def test_every_personal_data_read_is_audited_with_its_purpose_and_outcome(system: System) -> None:
    national_id = await a_person_everywhere(system)
    key = await system.client(
        "workers:read", "contracts:read", "terminations:read", client_id="tax-check", kind="tax", agency="VN-GDT"
    )
    assert (await read_person(system, key, national_id)).status_code == 200
    listed = await system.gateway.get(
        "/v1/terminations",
        params={"national_id": national_id},
        headers={"X-API-Key": key, "X-Purpose": "monthly reconciliation"},
    )
    assert listed.status_code == 200 and len(listed.json()["items"]) == 1
    # A read by id, or a list not filtered by person, is attributed to the people its records name.
    termination_id = listed.json()["items"][0]["id"]
    by_id = await system.gateway.get(
        f"/v1/terminations/{termination_id}", headers={"X-API-Key": key, "X-Purpose": "case 7"}
    )
    assert by_id.status_code == 200 and by_id.json()["national_id"] == national_id
    refused = await system.gateway.get(f"/v1/seekers/{national_id}", headers={"X-API-Key": key, "X-Purpose": PURPOSE})
    assert refused.status_code == 403
    no_purpose = await system.gateway.get(
        "/v1/terminations", params={"national_id": national_id}, headers={"X-API-Key": key}
    )
    assert no_purpose.status_code == 422 and no_purpose.json()["errors"][0]["field"] == "X-Purpose"

    auditor = await system.client("audit:read", client_id="auditor")
    entries = (
        await system.gateway.get(
            "/v1/audit/entries", params={"national_id": national_id}, headers={"X-API-Key": auditor}
        )
    ).json()
    assert [(e["client_id"], e["agency_code"], e["categories"], e["purpose"], e["outcome"]) for e in entries] == [
        ("tax-check", "VN-GDT", ["contracts", "terminations", "workers"], PURPOSE, 200),
        ("tax-check", "VN-GDT", ["terminations"], "monthly reconciliation", 200),
        ("tax-check", "VN-GDT", ["terminations"], "case 7", 200),
        ("tax-check", "VN-GDT", ["seekers"], PURPOSE, 403),
        ("tax-check", "VN-GDT", ["terminations"], "", 422),
    ]
    assert entries[0]["action"] == f"GET /v1/persons/{national_id}"


async def test_the_person_sees_who_looked_at_their_data(system: System) -> None:
    national_id = await a_person_everywhere(system)
    await read_person(system, await system.client("workers:read", kind="tax", agency="VN-GDT"), national_id)
    portal = await system.client("persons:authenticate", client_id="citizen-portal", credential="client_secret")
    token = (
        await system.gateway.post(
            "/v1/oauth/token",
            data={
                "grant_type": "urn:labourlink:grant-type:person",
                "client_id": "citizen-portal",
                "client_secret": portal,
                "national_id": national_id,
            },
        )
    ).json()
    assert token["scope"] == "self:read"
    mine = await system.gateway.get("/v1/me/access-log", headers={"Authorization": f"Bearer {token['access_token']}"})
    assert [(e["agency_code"], e["purpose"]) for e in mine.json()] == [("VN-GDT", PURPOSE)]
    # An agency's key is not a person's token, and a person token opens nothing else.
    assert (await system.gateway.get("/v1/me/access-log", headers={"X-API-Key": portal})).status_code == 401
    person_bearer = {"Authorization": f"Bearer {token['access_token']}", "X-Purpose": "curious"}
    assert (await system.gateway.get(f"/v1/persons/{national_id}", headers=person_bearer)).status_code == 403


async def test_the_audit_log_is_append_only_and_tampering_is_detected(system: System) -> None:
    key = await five_audited_reads(system)
    verified = await system.gateway.get("/v1/audit/verify", headers={"X-API-Key": key})
    head = verified.json()
    assert head == {
        "intact": True,
        "entries_checked": 5,
        "broken_at": None,
        "reason": None,
        "head_seq": 5,
        "head_hash": head["head_hash"],
    }

    sessionmaker = support.sessionmaker_of(system.gateway)
    async with sessionmaker() as session:
        with pytest.raises(Exception, match="append-only"):
            await session.execute(text("UPDATE audit_entries SET purpose = 'nothing to see' WHERE seq = 2"))
    async with sessionmaker() as session:
        with pytest.raises(Exception, match="append-only"):
            await session.execute(text("DELETE FROM audit_entries WHERE seq = 5"))
    await tamper(system, "UPDATE audit_entries SET purpose = 'nothing to see' WHERE seq = 2")
    tampered = (await system.gateway.get("/v1/audit/verify", headers={"X-API-Key": key})).json()
    assert tampered == {
        "intact": False,
        "entries_checked": 1,
        "broken_at": 2,
        "reason": "its content does not match its hash",
        "head_seq": None,
        "head_hash": None,
    }


async def five_audited_reads(system: System) -> str:
    """Five entries in the audit chain; the key of a client that may verify it."""
    national_id = await a_person_everywhere(system)
    key = await system.client("workers:read", "audit:read", client_id="labour-app")
    for _ in range(5):
        assert (await read_person(system, key, national_id)).status_code == 200
    return key


async def tamper(system: System, *statements: str) -> None:
    """What someone with owner rights could do: get past the append-only trigger and change rows."""
    async with support.sessionmaker_of(system.gateway)() as session:
        dialect = session.bind.dialect.name
        await session.execute(
            text(
                "ALTER TABLE audit_entries DISABLE TRIGGER USER"
                if dialect == "postgresql"
                else "DROP TRIGGER audit_entries_no_update"
            )
        )
        if dialect == "sqlite":
            await session.execute(text("DROP TRIGGER audit_entries_no_delete"))
        for statement in statements:
            await session.execute(text(statement))
        await session.commit()


SWAP_3_AND_4 = [  # the two rows trade places: each takes the other's seq, hashes travel with their rows
    "UPDATE audit_entries SET seq = -3 WHERE seq = 3",
    "UPDATE audit_entries SET seq = 3 WHERE seq = 4",
    "UPDATE audit_entries SET seq = 4 WHERE seq = -3",
]


@pytest.mark.parametrize(
    ("statements", "broken_at", "reason"),
    [
        (["DELETE FROM audit_entries WHERE seq = 3"], 4, "entry 3 is missing"),
        (SWAP_3_AND_4, 3, "it does not follow the entry before it"),
        (
            ["DELETE FROM audit_entries WHERE seq >= 4"],
            4,
            "the log ends before entry 5, which an earlier verification saw: it was truncated",
        ),
        (["DELETE FROM audit_entries WHERE seq = 1"], 2, "entry 1 is missing"),
    ],
    ids=["deleted", "reordered", "truncated", "first-deleted"],
)
async def test_a_removed_reordered_or_truncated_audit_log_is_detected(
    system: System,
    statements: list[str],
    broken_at: int,
    reason: str,
) -> None:
    key = await five_audited_reads(system)
    head = (await system.gateway.get("/v1/audit/verify", headers={"X-API-Key": key})).json()
    await tamper(system, *statements)
    known = {"head_seq": head["head_seq"], "head_hash": head["head_hash"]}
    verified = (await system.gateway.get("/v1/audit/verify", params=known, headers={"X-API-Key": key})).json()
    assert (verified["intact"], verified["broken_at"], verified["reason"]) == (False, broken_at, reason)


async def test_a_truncated_log_rebuilt_to_its_old_length_does_not_match_the_known_head(system: System) -> None:
    key = await five_audited_reads(system)
    head = (await system.gateway.get("/v1/audit/verify", headers={"X-API-Key": key})).json()
    await tamper(system, "DELETE FROM audit_entries WHERE seq = 5")
    # A new fifth entry, well chained to the fourth, takes the removed one's place: only the head tells.
    person = await a_person_everywhere(system)
    assert (await read_person(system, key, person)).status_code == 200
    plain = (await system.gateway.get("/v1/audit/verify", headers={"X-API-Key": key})).json()
    assert plain["intact"] is True and plain["head_seq"] >= 5
    known = {"head_seq": head["head_seq"], "head_hash": head["head_hash"]}
    verified = (await system.gateway.get("/v1/audit/verify", params=known, headers={"X-API-Key": key})).json()
    assert (verified["intact"], verified["broken_at"], verified["reason"]) == (
        False,
        5,
        "it is not the entry an earlier verification saw there",
    )


async def test_verifying_against_a_head_needs_both_its_parts(system: System) -> None:
    key = await system.client("audit:read", client_id="auditor")
    answer = await system.gateway.get("/v1/audit/verify", params={"head_seq": 3}, headers={"X-API-Key": key})
    assert answer.status_code == 422 and answer.headers["content-type"] == "application/problem+json"
    assert "head_hash" in answer.text
