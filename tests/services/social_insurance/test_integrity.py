"""The integrity cross-match (seed 003 III.9): people paid benefit in a month in which any channel
shows them working, per fund area, with the overlap, the overpayment and the evidence; and the
recovery of an overpayment, published for the KPI counters."""

import csv
import io
from datetime import date

import httpx

from shared.events.labour import Evidence
from shared.events.social_insurance import OverpaymentRecovered
from tests.services.social_insurance import builders
from tests.services.social_insurance.conftest import published

WORKING, LATER = "079190001234", "079190001235"


async def on_paid_benefit(client: httpx.AsyncClient, person: str) -> dict:
    await builders.import_contributions(
        client, builders.contribution_lines(person, last_day=date(2025, 6, 30), months=48)
    )
    await builders.deliver(
        client, builders.termination(person, last_working_day=date(2025, 6, 30)), builders.registration(person)
    )
    claim = (await client.post("/claims", json={"national_id": person, "filed_on": "2025-07-07"})).json()
    assert claim["eligible"]
    return claim


async def test_the_cross_match_lists_benefit_paid_while_working_with_its_evidence_and_recovery(
    client: httpx.AsyncClient,
) -> None:
    working, later = await on_paid_benefit(client, WORKING), await on_paid_benefit(client, LATER)
    await client.post("/benefit-payments/run", json={"through": "2025-10-31"})  # all 4 months paid to both
    evidence = Evidence(agency="VN-GDT-HCM", record="TNCN/2025/09/000123")
    await builders.deliver(
        client,
        builders.reemployment(WORKING, start_date=date(2025, 9, 1), channel="new_hire", evidence=evidence),
        builders.reemployment(LATER, start_date=date(2025, 12, 1)),
    )  # after the benefit's last month

    report = (await client.get("/cross-match")).json()
    (area,) = report["areas"]
    (case,) = area["cases"]
    assert (area["fund_area"], area["cases_found"], area["cases_recovered"]) == ("Hồ Chí Minh", 1, 0)
    assert (case["national_id"], case["claim_id"], case["job_start"]) == (WORKING, working["id"], "2025-09-01")
    # Three months paid reach into the job (from 22 Aug, 22 Sep, 22 Oct); two of them began after it and are owed back.
    assert (case["months_paid_while_working"], case["amount_paid_while_working"], case["overpayment"]) == (
        3,
        "16200000.00",
        "10800000.00",
    )
    assert case["evidence"] == {"channel": "new_hire", "agency": "VN-GDT-HCM", "record": "TNCN/2025/09/000123"}
    assert later["id"] not in [c["claim_id"] for c in area["cases"]]

    (overpayment,) = (await client.get("/overpayments", params={"national_id": WORKING})).json()["items"]
    future = await client.post(f"/overpayments/{overpayment['id']}/recovery", json={"recovered_on": "2099-01-01"})
    assert future.status_code == 422
    recovered = await client.post(f"/overpayments/{overpayment['id']}/recovery", json={"recovered_on": "2025-12-15"})
    assert recovered.status_code == 200 and recovered.json()["recovered_on"] == "2025-12-15"
    assert (
        await client.post(f"/overpayments/{overpayment['id']}/recovery", json={"recovered_on": "2025-12-16"})
    ).status_code == 409
    (event,) = await published(client, OverpaymentRecovered.event_type)
    assert (event.data["national_id"], event.data["amount"]) == (WORKING, "10800000.00")
    assert (await client.get("/cross-match")).json()["areas"][0]["cases_recovered"] == 1

    table = await client.get("/cross-match", params={"format": "csv"})
    rows = list(csv.DictReader(io.StringIO(table.text)))
    assert table.headers["content-type"].startswith("text/csv") and [r["national_id"] for r in rows] == [WORKING]
    assert rows[0]["agency"] == "VN-GDT-HCM"
