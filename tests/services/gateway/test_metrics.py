"""What an operator's Prometheus reads from each process after real traffic: requests by route
template (at the gateway by operation, service and partner client), the gateway's exchanges with
the services, breakers and rate-limit refusals; the outbox backlog, consumer lag, and events
handled, retried and dead-lettered by type."""

import re

import httpx
from prometheus_client.parser import text_string_to_metric_families

from shared.events.envelope import CloudEvent
from shared.events.labour import TerminationRecorded
from tests.services.gateway.conftest import System
from tests.services.incoming import deliver_events
from tests.services.labour import builders as labour
from tests.shared.observability.traffic import termination_report

GATEWAY_GROUP, SI_GROUP = "labourlink.gateway", "labourlink.social_insurance"


async def scrape(client: httpx.AsyncClient) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    """Every sample of the process's /metrics, by name and labels."""
    response = await client.get("/metrics")
    assert response.status_code == 200
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(response.text)
        for sample in family.samples
    }


def value(samples: dict[tuple[str, frozenset[tuple[str, str]]], float], name: str, **labels: str) -> float:
    """A sample's value (0 when the process has none yet: counters start when first counted)."""
    return samples.get((name, frozenset(labels.items())), 0.0)


async def test_the_gateway_counts_partner_calls_by_operation_upstream_and_client(system: System) -> None:
    case = await labour.employment(system.labour)
    key = await system.client("terminations:write", client_id="centre-hcm-10")
    limited = await system.client("vacancies:read", client_id="busy-portal", kind="planning_investment", rate_limit=1)
    before, labour_before = await scrape(system.gateway), await scrape(system.labour)

    posted = await system.gateway.post(
        "/v1/terminations",
        json=termination_report(case),
        headers={"X-API-Key": key, "X-Purpose": "termination report", "X-Request-ID": "hcm10-2026-0001"},
    )
    assert posted.status_code == 201 and posted.headers["X-Request-ID"] == "hcm10-2026-0001"
    read = await system.gateway.get("/v1/vacancies", headers={"X-API-Key": limited, "X-Request-ID": "not an id!"})
    assert read.status_code == 200 and re.fullmatch(r"[0-9a-f]{32}", read.headers["X-Request-ID"])  # a new one
    assert (await system.gateway.get("/v1/vacancies", headers={"X-API-Key": limited})).status_code == 429
    after = await scrape(system.gateway)

    def grew(name: str, **labels: str) -> float:
        return value(after, name, **labels) - value(before, name, **labels)

    route = {"method": "POST", "route": "/v1/terminations", "status": "201"}
    assert grew("labourlink_http_requests_total", service="gateway", **route) == 1
    assert grew("labourlink_http_request_seconds_count", service="gateway", **route) == 1
    assert grew("labourlink_gateway_requests_total", upstream="labour", partner_client="centre-hcm-10", **route) == 1
    assert (
        grew(
            "labourlink_gateway_requests_total",
            method="GET",
            route="/v1/vacancies",
            status="429",
            upstream="job_matching",
            partner_client="busy-portal",
        )
        == 1  # refused for its rate before admission, still named by its operation
    )
    assert grew("labourlink_gateway_rate_limited_total", partner_client="busy-portal") == 1
    assert grew("labourlink_gateway_upstream_seconds_count", upstream="labour", outcome="2xx") == 1
    assert value(after, "labourlink_gateway_breaker_open", upstream="labour") == 0
    counted = [labels for key, labels in after if after[key, labels] != before.get((key, labels))]
    assert not any(("route", "/v1/{path:path}") in labels for labels in counted)  # never the catch-all

    # Labour counts the forwarded call by its own template; the termination's event waits in its
    # outbox (these processes run no relay).
    labour_after = await scrape(system.labour)
    labour_route = {**route, "service": "labour", "route": "/terminations"}
    for name, labels in (
        ("labourlink_http_requests_total", labour_route),
        ("labourlink_outbox_pending", {"service": "labour"}),
    ):
        assert value(labour_after, name, **labels) == value(labour_before, name, **labels) + 1
    assert value(labour_after, "labourlink_outbox_oldest_pending_seconds", service="labour") > 0


async def test_each_consumer_reports_lag_and_events_handled_retried_and_dead_lettered(system: System) -> None:
    before = await scrape(system.social_insurance)
    termination = TerminationRecorded.event_type
    poison = CloudEvent(source="/labourlink/labour", type=termination, subject="079190001234", data={"unknown": 1})
    await deliver_events(system.social_insurance, poison)
    after = await scrape(system.social_insurance)

    def grew(name: str, **labels: str) -> float:
        return value(after, name, **labels) - value(before, name, **labels)

    labels = {"service": "social_insurance", "consumer_group": SI_GROUP, "event_type": termination}
    assert grew("labourlink_events_handled_total", outcome="dead_lettered", **labels) == 1
    assert grew("labourlink_events_retried_total", **labels) == 4  # five attempts in all
    assert value(after, "labourlink_dead_letters", service="social_insurance", consumer_group=SI_GROUP) == 1
    # Lag per topic and partition of every topic the service consumes (the embedded log: partition 0).
    assert (
        "labourlink_consumer_lag",
        frozenset(
            {
                "service": "social_insurance",
                "consumer_group": SI_GROUP,
                "topic": "labourlink.labour",
                "partition": "0",
            }.items()
        ),
    ) in after
    gateway = await scrape(system.gateway)
    assert value(gateway, "labourlink_dead_letters", service="gateway", consumer_group=GATEWAY_GROUP) == 0
