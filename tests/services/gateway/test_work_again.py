"""Work again, through the partner API: the tax agency reports new hires (new_hires:write), an
agency reads the integrity cross-match, and the KPI report counts the cases of benefit paid
while working and the overpayments recovered."""

import json
from datetime import date
from decimal import Decimal

from shared.events.social_insurance import OverpaymentDetected, OverpaymentRecovered
from tests.services.gateway.conftest import System
from tests.services.incoming import deliver, registration
from tests.services.labour import builders as labour

PURPOSE = {"X-Purpose": "monthly new-hire report"}


async def test_the_tax_agency_reports_new_hires_and_only_it_may(system: System) -> None:
    person = (await labour.worker(system.labour))["national_id"]
    tax = await system.client("new_hires:write", kind="tax", agency="VN-GDT-HCM")
    line = {
        "idempotency_key": "TNCN/2026/05/000123",
        "record": {
            "national_id": person,
            "employer_tax_code": "0312345673",
            "employer_name": "Công ty TNHH Dệt Sài Gòn",
            "start_date": "2026-05-04",
            "reported_by": "VN-GDT-HCM",
            "reference": "TNCN/2026/05/000123",
        },
    }
    body = (json.dumps(line) + "\n").encode()
    headers = {"X-API-Key": tax, "content-type": "application/x-ndjson", **PURPOSE}
    report = await system.gateway.post("/v1/new-hires", content=body, headers=headers)
    assert report.status_code == 200, report.text
    assert report.json()["created"] == 1
    assert (await system.gateway.post("/v1/new-hires", content=body, headers=headers)).json()["unchanged"] == 1
    # Kept as evidence at labour, though this person was not out of work (no re-employment).
    kept = (await system.labour.get(f"/reemployment-reports/{report.json()['results'][0]['id']}")).json()
    assert (kept["agency"], kept["record"], kept["reemployment_id"]) == ("VN-GDT-HCM", "TNCN/2026/05/000123", None)

    planning = await system.client("employers:read", kind="planning_investment")
    refused = await system.gateway.post("/v1/new-hires", content=body, headers={**headers, "X-API-Key": planning})
    assert refused.status_code == 403 and refused.json()["missing_scope"] == "new_hires:write"
    admin = {"X-API-Key": await system.client("partners:write", client_id="admin")}
    await system.gateway.post(
        "/v1/partners/agencies", json={"code": "VN-MPI", "name": "KH-ĐT", "kind": "planning_investment"}, headers=admin
    )
    grant = await system.gateway.post(
        "/v1/partners/clients",
        headers=admin,
        json={"client_id": "mpi-1", "agency_code": "VN-MPI", "name": "x", "scopes": ["new_hires:write"]},
    )
    assert grant.status_code == 422


async def test_an_agency_reads_the_cross_match_and_the_kpis_count_cases_found_and_recovered(system: System) -> None:
    finance = {
        "X-API-Key": await system.client("benefits:read", kind="finance"),
        "X-Purpose": "integrity review 2026-Q1",
    }
    cross_match = await system.gateway.get("/v1/cross-match", params={"format": "csv"}, headers=finance)
    assert cross_match.status_code == 200 and cross_match.headers["content-type"].startswith("text/csv")

    working, pensioner = "079190000001", "079190000002"
    await deliver(system.gateway, *(registration(p, registered_on=date(2026, 2, 2)) for p in (working, pensioner)))
    await deliver(
        system.gateway,
        OverpaymentDetected(
            overpayment_id=1,
            claim_id=1,
            national_id=working,
            amount=Decimal(5_400_000),
            months=1,
            reason="in work",
            ground="employment",
        ),
        OverpaymentDetected(
            overpayment_id=2,
            claim_id=2,
            national_id=pensioner,
            amount=Decimal(5_400_000),
            months=1,
            reason="pension",
            ground="pension",
        ),  # not paid while working
        OverpaymentRecovered(
            overpayment_id=1, claim_id=1, national_id=working, amount=Decimal(5_400_000), recovered_on=date(2026, 4, 2)
        ),
    )
    reader = {"X-API-Key": await system.client("reports:read", kind="planning_investment")}
    report = (
        await system.gateway.get(
            "/v1/reports/kpis",
            params={"registered_from": "2026-01-01", "registered_to": "2026-03-31", "group_by": "province"},
            headers=reader,
        )
    ).json()
    (group,) = report["groups"]
    assert (group["registered"], group["paid_while_working"], group["overpayments_recovered"]) == (2, 1, 1)
