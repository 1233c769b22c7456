"""A Chinese national ID may arrive with its check character in lower case, in an event, a body or a
query: social insurance keeps and finds it in one form, so the person's records stay together."""

from datetime import date

import httpx

from tests.services.social_insurance import builders

PERSON = "22010219900412002X"
LOWER = PERSON.lower()
EMPLOYER = "91220100000000000E"
LAST_DAY = date(2025, 6, 30)
CN = {
    "jurisdiction": "CN",
    "wage_region": None,
    "locality_code": "220100",
    "employer_tax_code": EMPLOYER,
    "employer_province": "吉林省",
}


async def test_a_chinese_claimant_written_with_a_lowercase_x_finds_their_records(client: httpx.AsyncClient) -> None:
    lines = builders.contribution_lines(LOWER, last_day=LAST_DAY, months=70, salary=5000, employer=EMPLOYER)
    await builders.import_contributions(client, lines)
    await builders.deliver(
        client,
        builders.termination(LOWER, last_working_day=LAST_DAY, **CN),
        builders.registration(LOWER, jurisdiction="CN"),
    )
    claim = await client.post("/claims", json={"national_id": LOWER, "filed_on": "2025-07-07"})
    assert claim.status_code == 201, claim.text
    assert (claim.json()["national_id"], claim.json()["eligible"]) == (PERSON, True)

    for path in ("/claims", "/benefits", "/contributions", "/continuation-notices"):
        items = (await client.get(path, params={"national_id": LOWER})).json()["items"]
        assert items and {item["national_id"] for item in items} == {PERSON}, path

    # A job reported with the ID in lower case ends the person's benefit.
    await builders.deliver(client, builders.reemployment(LOWER, start_date=date(2025, 9, 1)))
    assert (await client.get(f"/benefits/{claim.json()['benefit_id']}")).json()["status"] == "terminated"
