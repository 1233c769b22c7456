"""Bulk sync for employment service centres: idempotent NDJSON uploads and the change feed."""

import asyncio
import json

import httpx

from shared.events.labour import TerminationRecorded
from tests.services.labour import builders
from tests.services.labour.conftest import published


def _ndjson(*lines: object) -> bytes:
    return b"".join((line if isinstance(line, bytes) else json.dumps(line).encode()) + b"\n" for line in lines)


async def _upload(client: httpx.AsyncClient, kind: str, body: bytes) -> dict:
    response = await client.post(f"/sync/{kind}", content=body, headers={"content-type": "application/x-ndjson"})
    assert response.status_code == 200, response.text
    return response.json()


async def test_a_factory_closure_file_is_applied_line_by_line_and_safe_to_resend(client: httpx.AsyncClient) -> None:
    cases = [await builders.employment(client) for _ in range(4)]
    records = [{"idempotency_key": f"closure/{n}", "record": builders.closure_report(c)} for n, c in enumerate(cases)]
    body = _ndjson(
        records[0],
        records[1],
        b"{not json",
        {"idempotency_key": "closure/x", "record": {**records[2]["record"], "reason": "bored"}},
        {"idempotency_key": "closure/y", "record": {**records[2]["record"], "national_id": "079000000000"}},
        records[2],
        records[3],
        {"record": records[3]["record"]},
    )
    report = await _upload(client, "terminations", body)
    assert (report["created"], report["unchanged"], report["rejected"]) == (4, 0, 4)
    statuses = [(r["line"], r["status"]) for r in report["results"]]
    assert statuses == [
        (1, "created"),
        (2, "created"),
        (3, "rejected"),
        (4, "rejected"),
        (5, "rejected"),
        (6, "created"),
        (7, "created"),
        (8, "rejected"),
    ]
    assert report["results"][3]["problem"]["errors"][0]["field"] == "record.reason"
    assert report["results"][4]["problem"]["status"] == 404
    created_ids = [r["id"] for r in report["results"] if r["status"] == "created"]
    assert len(await published(client, TerminationRecorded.event_type)) == 4

    again = await _upload(client, "terminations", body)
    assert (again["created"], again["unchanged"], again["rejected"]) == (0, 4, 4)
    assert [r["id"] for r in again["results"] if r["status"] == "unchanged"] == created_ids
    assert len(await published(client, TerminationRecorded.event_type)) == 4  # nothing published twice

    reused = await _upload(
        client, "terminations", _ndjson({**records[0], "record": {**records[0]["record"], "reason": "contract_expiry"}})
    )
    assert reused["results"][0]["status"] == "rejected" and reused["results"][0]["problem"]["status"] == 409


async def test_registrations_and_notices_sync_and_the_change_feed_follows(client: httpx.AsyncClient) -> None:
    centre = await builders.centre(client, caseworkers=2)
    people = [await builders.worker(client) for _ in range(3)]
    start = (await client.get("/sync/changes", params={"kinds": ["registration"]})).json()
    assert start["items"] == []

    registrations = _ndjson(
        *[
            {
                "idempotency_key": f"reg/{p['national_id']}",
                "record": {
                    "national_id": p["national_id"],
                    "centre_code": centre["code"],
                    "registered_on": "2026-01-05",
                },
            }
            for p in people
        ]
    )
    assert (await _upload(client, "registrations", registrations))["created"] == 3
    notices = _ndjson(
        *[
            {
                "idempotency_key": f"notice/{p['national_id']}/2026-02",
                "record": {"national_id": p["national_id"], "month": "2026-02", "submitted_on": "2026-02-04"},
            }
            for p in people
        ]
    )
    assert (await _upload(client, "job-search-notices", notices))["created"] == 3
    assert (await _upload(client, "registrations", registrations))["unchanged"] == 3

    feed = (
        await client.get(
            "/sync/changes",
            params={"centre_code": centre["code"], "kinds": ["registration", "job_search_notice"], "limit": 4},
        )
    ).json()
    assert [c["kind"] for c in feed["items"]] == ["registration"] * 3 + ["job_search_notice"]
    rest = (
        await client.get(
            "/sync/changes",
            params={
                "centre_code": centre["code"],
                "kinds": ["registration", "job_search_notice"],
                "after": feed["next_after"],
            },
        )
    ).json()
    assert [c["kind"] for c in rest["items"]] == ["job_search_notice"] * 2 and rest["next_after"] is None  # the end
    assert rest["items"][0]["record"]["month"] == "2026-02"
    # The next pull starts after the last change received; nothing new yet.
    up_to_date = (
        await client.get("/sync/changes", params={"centre_code": centre["code"], "after": rest["items"][-1]["seq"]})
    ).json()
    assert up_to_date == {"items": [], "next_after": None}


async def test_a_centres_mistakes_are_named_by_line_field_and_rule_with_a_link_to_what_exists(
    client: httpx.AsyncClient,
) -> None:
    record = builders.closure_report(await builders.employment(client))
    first = await _upload(client, "terminations", _ndjson({"idempotency_key": "t/1", "record": record}))
    created_id = first["results"][0]["id"]
    report = await _upload(
        client,
        "terminations",
        _ndjson(
            {
                "idempotency_key": "t/1",
                "record": {**record, "reason": "contract_expiry"},
            },  # key used before for another record
            {"idempotency_key": "t/2", "record": {**record, "national_id": "not-an-id"}},
            {"idempotency_key": "t/3", "record": {**record, "note": "a"}},
            {"idempotency_key": "t/3", "record": {**record, "note": "b"}},  # same key, another record, same file
        ),
    )
    reused, invalid, terminated, duplicate = (r["problem"] for r in report["results"])
    assert reused["errors"][0]["rule"] == "key_reused" and reused["existing"] == f"/terminations/{created_id}"
    assert (await client.get(reused["existing"])).status_code == 200  # the link leads to the real record
    assert invalid["errors"][0] == {
        "field": "record.national_id",
        "rule": "invalid_national_id",
        "message": "a national ID is 12 digits (Vietnam), or 17 digits and a check character 0-9 or X (China)",
    }
    assert terminated["status"] == 409 and terminated["existing"] == f"/terminations/{created_id}"
    assert duplicate["errors"][0] == {
        "field": "idempotency_key",
        "rule": "duplicate_in_file",
        "message": "line 3 has this key with another record",
    }


async def test_the_same_file_sent_twice_at_once_is_applied_once(client: httpx.AsyncClient) -> None:
    """A centre's retry that races its first attempt: one of them applies the file, the other is
    refused whole (409) or answers from the receipts, and a later resend gets the first answer."""
    cases = [await builders.employment(client) for _ in range(3)]
    body = _ndjson(
        *({"idempotency_key": f"race/{n}", "record": builders.closure_report(c)} for n, c in enumerate(cases))
    )
    send = lambda: client.post("/sync/terminations", content=body, headers={"content-type": "application/x-ndjson"})  # noqa: E731
    first, second = await asyncio.gather(send(), send())
    assert sorted([first.status_code, second.status_code]) in ([200, 200], [200, 409]), (first.text, second.text)
    answers = [r.json() for r in (first, second) if r.status_code == 200]
    assert sum(a["created"] for a in answers) == 3
    assert len(await published(client, TerminationRecorded.event_type)) == 3

    again = await _upload(client, "terminations", body)
    created = {r["id"] for a in answers for r in a["results"] if r["status"] == "created"}
    assert again["unchanged"] == 3 and {r["id"] for r in again["results"]} == created
