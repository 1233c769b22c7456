"""The person record: what labour, social insurance and job matching hold about one person,
fetched in parallel and cut to the caller's rights."""

import asyncio
from dataclasses import dataclass
from urllib.parse import quote

import orjson
from fastapi import Request

from services.gateway.access.caller import Caller
from services.gateway.access.policy import Category, minimised
from services.gateway.routing.forwarding import upstream_headers
from services.gateway.routing.upstream import Upstreams
from shared.problems import NotFound

C = Category


@dataclass(frozen=True)
class Section:
    category: Category
    service: str
    path: str  # {id}: the national ID; lists are filtered by ?national_id=
    single: bool = False


SECTIONS: tuple[Section, ...] = (
    Section(C.workers, "labour", "/workers"),
    Section(C.contracts, "labour", "/contracts"),
    Section(C.terminations, "labour", "/terminations"),
    Section(C.registrations, "labour", "/registrations"),
    Section(C.counselling, "labour", "/counselling-sessions"),
    Section(C.training, "labour", "/enrolments"),
    Section(C.hardship, "labour", "/hardship-assessments"),
    Section(C.contributions, "social_insurance", "/contributions"),
    Section(C.notices, "social_insurance", "/continuation-notices"),
    Section(C.claims, "social_insurance", "/claims"),
    Section(C.benefits, "social_insurance", "/benefits"),
    Section(C.seekers, "job_matching", "/seekers/{id}", single=True),
    Section(C.referrals, "job_matching", "/referrals"),
    Section(C.placements, "job_matching", "/placements"),
)


async def _fetch(upstreams: Upstreams, request: Request, section: Section, national_id: str) -> object:
    headers = upstream_headers(request)
    if section.single:
        response = await upstreams.call(
            section.service, "GET", section.path.format(id=quote(national_id, safe="")), headers=headers
        )
        return orjson.loads(response.content) if response.status_code == 200 else None
    response = await upstreams.call(
        section.service, "GET", section.path, params=[("national_id", national_id), ("limit", "500")], headers=headers
    )
    document = orjson.loads(response.content)
    return document["items"] if isinstance(document, dict) and "items" in document else document


async def person_record(
    *, upstreams: Upstreams, request: Request, caller: Caller, national_id: str
) -> dict[str, object]:
    """The sections of the person's record the caller may read; 503 when a needed service is down."""
    sections = [s for s in SECTIONS if caller.may(s.category, "read")]
    results = await asyncio.gather(*(_fetch(upstreams, request, s, national_id) for s in sections))
    sections_found = {s.category.value: result for s, result in zip(sections, results, strict=True)}
    if not any(sections_found.values()):
        raise NotFound(f"no records about {national_id} in the categories this client may read")
    # Minimised whole, so that a section a kind may never see is cut by its name too.
    return minimised({"national_id": national_id, "sections": sections_found}, caller.hidden)
