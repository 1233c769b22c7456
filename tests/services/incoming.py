"""Events of other services as a consumer receives them: built with realistic defaults and
handed to the service's own inbox consumer, as the bus would."""

import itertools
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import httpx

from shared.bus.base import ReceivedMessage
from shared.events.envelope import CloudEvent, EventPayload
from shared.events.labour import (
    Evidence,
    JobSearchWishes,
    ReemploymentRecorded,
    TerminationRecorded,
    UnemploymentRegistered,
)

_ids = itertools.count(1000)


async def deliver(client: httpx.AsyncClient, *payloads: EventPayload, at: datetime | None = None) -> None:
    """Hand events to the service's inbox consumer, as the bus would; `at` sets their time."""
    times = {"time": at} if at is not None else {}
    await deliver_events(
        client,
        *(
            CloudEvent.of(payload, source="/labourlink/test", subject=getattr(payload, "national_id", "test"), **times)
            for payload in payloads
        ),
    )


async def deliver_events(client: httpx.AsyncClient, *events: CloudEvent) -> None:
    """Hand CloudEvents (e.g. another service's published ones) to the service's inbox consumer."""
    runtime = client._transport.app.state.runtime  # type: ignore[attr-defined]
    messages = []
    for event in events:
        message = event.to_bus_message("test")
        messages.append(
            ReceivedMessage(
                topic="test",
                partition=0,
                offset=next(_ids),
                key=message.key,
                value=message.value,
                headers=message.headers,
                timestamp_ms=0,
            )
        )
    await runtime.consumer().apply(messages)


def termination(national_id: str, **overrides: Any) -> TerminationRecorded:
    fields = {
        "termination_id": next(_ids),
        "version": 1,
        "contract_id": next(_ids),
        "national_id": national_id,
        "jurisdiction": "VN",
        "employer_tax_code": "0301234562",
        "employer_name": "Công ty May Sài Gòn",
        "employer_province": "Hồ Chí Minh",
        "wage_region": "I",
        "locality_code": None,
        "state_paid": False,
        "contract_type": "indefinite",
        "contract_start": date(2020, 1, 1),
        "insured_monthly_salary": Decimal(9_000_000),
        "last_working_day": date(2025, 6, 30),
        "reason": "employer_termination",
        "reported_on": date(2025, 7, 1),
        "reported_late": False,
    }
    return TerminationRecorded(**{**fields, **overrides})


def registration(
    national_id: str, *, registered_on: date = date(2025, 7, 3), district: str = "Quận 10", **overrides: Any
) -> UnemploymentRegistered:
    fields = {
        "registration_id": next(_ids),
        "national_id": national_id,
        "full_name": "Nguyễn Thị Lan",
        "jurisdiction": "VN",
        "centre_code": "HCM-Q10",
        "province": "Hồ Chí Minh",
        "district": district,
        "registered_on": registered_on,
        "wishes": JobSearchWishes(
            occupations=["7533"], provinces=[], districts=[], minimum_monthly_wage=None, willing_to_relocate=False
        ),
    }
    return UnemploymentRegistered(**{**fields, **overrides})


def reemployment(
    national_id: str, *, start_date: date, channel: str = "placement", **overrides: Any
) -> ReemploymentRecorded:
    """Labour's one event per job, as it publishes it whichever channel reported the job first."""
    fields = {
        "reemployment_id": next(_ids),
        "national_id": national_id,
        "employer_tax_code": "0309999997",
        "employer_name": "Công ty Dệt",
        "start_date": start_date,
        "channel": channel,
        "through_referral": False,
        "evidence": Evidence(agency="job_matching", record=f"/placements/{next(_ids)}"),
    }
    return ReemploymentRecorded(**{**fields, **overrides})
