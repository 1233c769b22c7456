"""Writes the scenario folders' data files (the bulk files and event streams) from the plans below.

Run `python -m tests.scenarios.generate` after changing a plan; the output is committed so that a
scenario reads the same on every machine. Each scenario's expected final state is in its
`scenario.yaml`, written by hand from the law, not from what the system answered.
"""

import json
from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import yaml

from services.labour.national_id import cn_check_character
from shared.events.catalogue import LABOUR
from shared.events.envelope import CloudEvent
from shared.events.labour import JobSearchWishes, TerminationRecorded, UnemploymentRegistered
from shared.kpis import OFFERS_PER_PERSON
from tests.services.labour.builders import cn_tax_code, vn_tax_code
from tests.services.social_insurance.builders import contribution_lines

HERE = Path(__file__).parent


def vn_id(serial: int, *, province: str = "074", born: int = 1988, sex: str = "female") -> str:
    """A Vietnamese citizen ID: province, century and sex, year of birth, serial."""
    return f"{province}{1 if sex == 'female' else 0}{born % 100:02d}{serial:06d}"


def cn_id(serial: int, *, area: str, born: date = date(1985, 3, 9)) -> str:
    first_17 = f"{area}{born:%Y%m%d}{serial:03d}"
    return first_17 + cn_check_character(first_17)


def write_lines(path: Path, rows: list[Any]) -> None:
    path.write_text("".join(json.dumps(row, ensure_ascii=False, default=str) + "\n" for row in rows), encoding="utf-8")


def write_events(path: Path, events: list[CloudEvent]) -> None:
    path.write_bytes(b"".join(event.to_json_line() + b"\n" for event in events))


def write_scenario(folder: Path, *, title: str, steps: list[dict[str, Any]], expect: list[dict[str, Any]]) -> None:
    folder.mkdir(exist_ok=True)
    document = {"title": title, "steps": steps, "expect": expect}
    (folder / "scenario.yaml").write_text(
        "# Written by tests/scenarios/generate.py; edit the plan there.\n"
        + yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=120),
        encoding="utf-8",
    )


def count(service: str, path: str, number: int, **params: Any) -> dict[str, Any]:
    """An expectation: this many items (`where` among params filters the items themselves)."""
    where = params.pop("where", None)
    return {"service": service, "path": path, "params": params, **({"where": where} if where else {}), "count": number}


def decided_claim(national_id: str, *, eligible: bool, pack: str | None = None) -> dict[str, Any]:
    """An expectation: the person has one claim, decided `eligible` or not (under `pack`, when named)."""
    where = {"pack": pack} if pack else None
    return count("social_insurance", "/claims", 1, national_id=national_id, eligible=eligible, where=where)


def call(method: str, path: str, body: dict[str, Any]) -> dict[str, Any]:
    return {"method": method, "path": path, "json": body}


def vacancy_posted(body: dict[str, Any], *, save: dict[str, str] | None = None) -> dict[str, Any]:
    """The step that posts a vacancy at job matching once (a second replay finds it posted)."""
    step: dict[str, Any] = {"service": "job_matching", "method": "POST", "path": "/vacancies", "once": True}
    return {"call": {**step, **({"save": save} if save else {}), "json": body}}


def indefinite_contract(person: str, *, tax: str, start_date: str, salary: int) -> dict[str, Any]:
    """The call that records a person's indefinite-term contract with an employer."""
    return call(
        "POST",
        "/contracts",
        {
            "national_id": person,
            "employer_tax_code": tax,
            "contract_type": "indefinite",
            "start_date": start_date,
            "insured_monthly_salary": str(salary),
        },
    )


def claim_filed(person: str, *, filed_on: str) -> dict[str, Any]:
    """The step of a person filing an unemployment-benefit claim at social insurance."""
    return {
        "call": {
            "service": "social_insurance",
            "method": "POST",
            "path": "/claims",
            "json": {"national_id": person, "filed_on": filed_on},
        }
    }


def labour_event(payload: Any, *, number: int, at: datetime) -> CloudEvent:
    """An event as a city's labour system publishes it, with a stable id so a replay is recognised."""
    return CloudEvent.of(
        payload,
        source=LABOUR.source,
        subject=payload.national_id,
        id=f"scenario-{payload.event_type}-{number}",
        time=at,
    )


# --- Vietnam: a shoe factory group closes its three sites in Bình Dương --------------------------

GROUP = vn_tax_code(100, province="37")
SITES = (  # tax code (the group's branches), name, district, wage region
    (f"{GROUP}-001", "Công ty TNHH Giày Đông Phương — Thủ Dầu Một", "Thủ Dầu Một", "I"),
    (f"{GROUP}-002", "Công ty TNHH Giày Đông Phương — Bến Cát", "Bến Cát", "II"),
    (f"{GROUP}-003", "Công ty TNHH Giày Đông Phương — Dầu Tiếng", "Dầu Tiếng", "III"),
)
# (people, last working day, contribution months, reason): 100 terminations in one bulk file
# (the scale is the benchmarks' business; this scenario is about every kind of outcome at once).
CLOSURE_GROUPS = (
    (40, date(2025, 12, 26), 36, "enterprise_closure"),  # VN-2013: eligible
    (40, date(2026, 1, 30), 36, "enterprise_closure"),  # VN-2025: eligible
    (4, date(2025, 12, 26), 40, "contract_expiry"),  # VN-2013: eligible
    (10, date(2026, 1, 30), 8, "enterprise_closure"),  # too few months: refused
    (6, date(2026, 1, 30), 36, "unlawful_unilateral_quit"),  # quit unlawfully: refused
)


def factory_closure() -> None:
    folder = HERE / "vn-factory-closure"
    folder.mkdir(exist_ok=True)
    employers = [
        call(
            "POST",
            "/employers",
            {
                "tax_code": tax,
                "name": name,
                "jurisdiction": "VN",
                "address": "KCN Mỹ Phước",
                "province": "Bình Dương",
                "district": district,
                "sector": "footwear",
                "wage_region": region,
            },
        )
        for tax, name, district, region in SITES
    ]
    workers, contracts, contributions, terminations, registrations, claims = [], [], [], [], [], []
    serial = 0
    for people, last_day, months, reason in CLOSURE_GROUPS:
        for _ in range(people):
            serial += 1
            person, (tax, _, district, _) = vn_id(serial), SITES[serial % 3]
            workers.append(
                call(
                    "POST",
                    "/workers",
                    {
                        "national_id": person,
                        "jurisdiction": "VN",
                        "full_name": f"Công nhân {serial:03d}",
                        "birth_date": "1988-05-02",
                        "sex": "female",
                        "address": "Khu phố 3",
                        "province": "Bình Dương",
                        "district": district,
                    },
                )
            )
            contracts.append(
                indefinite_contract(person, tax=tax, start_date="2019-01-01", salary=6_000_000 + 50_000 * (serial % 40))
            )
            contributions += contribution_lines(
                person, last_day=last_day, months=months, employer=tax, salary=6_000_000 + 50_000 * (serial % 40)
            )
            terminations.append(
                {
                    "idempotency_key": f"DP-CLOSURE/{serial:03d}",
                    "record": {
                        "national_id": person,
                        "employer_tax_code": tax,
                        "last_working_day": str(last_day),
                        "reason": reason,
                        "reported_on": str(last_day),
                    },
                }
            )
            registrations.append(
                {
                    "idempotency_key": f"BD-TDM/{serial:03d}",
                    "record": {
                        "national_id": person,
                        "centre_code": "BD-TDM",
                        "registered_on": str(date(last_day.year + (last_day.month == 12), last_day.month % 12 + 1, 5)),
                        "wishes": {
                            "occupations": ["8153"],
                            "provinces": ["Bình Dương"],
                            "districts": [],
                            "minimum_monthly_wage": None,
                            "willing_to_relocate": False,
                        },
                    },
                }
            )
            claims.append(
                call(
                    "POST",
                    "/claims",
                    {
                        "national_id": person,
                        "filed_on": str(date(last_day.year + (last_day.month == 12), last_day.month % 12 + 1, 6)),
                    },
                )
            )
    write_lines(folder / "employers.ndjson", employers)
    write_lines(folder / "workers.ndjson", workers)
    write_lines(folder / "contracts.ndjson", contracts)
    write_lines(folder / "contributions.ndjson", contributions)
    write_lines(folder / "terminations.ndjson", terminations)
    write_lines(folder / "registrations.ndjson", registrations)
    write_lines(folder / "claims.ndjson", claims)
    vacancies = [
        vacancy_posted(
            {
                "jurisdiction": "VN",
                "employer_tax_code": vn_tax_code(200 + n, province="37"),
                "employer_name": f"Công ty Giày Việt {n}",
                "title": "Sewing machine operator",
                "isco_code": "8153",
                "skills": ["sewing"],
                "province": "Bình Dương",
                "district": "Thuận An",
                "wage_min": "6500000",
                "wage_max": "8000000",
                "contract_type": "indefinite",
                "openings": 50,
                "closing_date": "2027-06-30",
                "public_welfare": False,
            }
        )
        for n in range(1, 4)
    ]
    centre = [
        {
            "call": {
                "service": "labour",
                "method": "POST",
                "path": "/centres",
                "json": {
                    "code": "BD-TDM",
                    "name": "Trung tâm Dịch vụ việc làm Bình Dương",
                    "jurisdiction": "VN",
                    "province": "Bình Dương",
                    "district": "Thủ Dầu Một",
                },
                "save": {"centre": "id"},
            }
        }
    ] + [
        {
            "call": {
                "service": "labour",
                "method": "POST",
                "path": "/centres/${centre}/caseworkers",
                "once": True,
                "json": {"full_name": f"Cán bộ {n}", "phone": "0274382000"},
            }
        }
        for n in range(1, 4)
    ]
    total = serial
    per_site = Counter(SITES[n % 3] for n in range(1, total + 1))
    eligible = {"VN-2013": 40 + 4, "VN-2025": 40}  # by CLOSURE_GROUPS: the rest (10 + 6) are refused
    refused = total - sum(eligible.values())
    write_scenario(
        folder,
        title=f"A shoe factory group closes its three sites in Bình Dương: {total} terminations in one bulk file",
        steps=[
            {"calls": {"service": "labour", "file": "employers.ndjson"}},
            {"calls": {"service": "labour", "file": "workers.ndjson"}},
            {"calls": {"service": "labour", "file": "contracts.ndjson", "once": True}},
            *centre,
            *vacancies,
            {
                "upload": {
                    "service": "social_insurance",
                    "path": "/contributions/import",
                    "file": "contributions.ndjson",
                }
            },
            {"upload": {"service": "labour", "path": "/sync/terminations", "file": "terminations.ndjson"}},
            {"upload": {"service": "labour", "path": "/sync/registrations", "file": "registrations.ndjson"}},
            *(
                {
                    "until": count(
                        "social_insurance", "/continuation-notices", per_site[site], where={"employer": site[1]}
                    )
                }
                for site in SITES
            ),
            {"calls": {"service": "social_insurance", "file": "claims.ndjson"}},
        ],
        expect=[
            *(count("labour", "/terminations", per_site[site], employer_tax_code=site[0]) for site in SITES),
            count("labour", "/registrations", total, centre_code="BD-TDM"),
            *(
                count("social_insurance", "/claims", number, eligible=True, where={"pack": pack})
                for pack, number in eligible.items()
            ),
            count("social_insurance", "/claims", refused, eligible=False),
            count("job_matching", "/seekers", total, centre_code="BD-TDM"),
            count("job_matching", "/offers", OFFERS_PER_PERSON * total),
        ],
    )


# --- Vietnam: four people after one termination, and a person who stops reporting --------------


def vn_employment(folder: Path, people: list[str], *, tax: str, last_day: date, centre: str) -> list[dict[str, Any]]:
    """The steps that employ `people`, terminate them on `last_day` and register them at `centre`."""
    calls = [
        call(
            "POST",
            "/employers",
            {
                "tax_code": tax,
                "name": f"Công ty May {tax}",
                "jurisdiction": "VN",
                "address": "12 Lý Thường Kiệt",
                "province": "Hồ Chí Minh",
                "district": "Quận 10",
                "sector": "garments",
                "wage_region": "I",
            },
        )
    ]
    contributions, terminations, registrations = [], [], []
    for number, person in enumerate(people, start=1):
        calls.append(
            call(
                "POST",
                "/workers",
                {
                    "national_id": person,
                    "jurisdiction": "VN",
                    "full_name": f"Người lao động {number}",
                    "birth_date": "1990-04-12",
                    "sex": "female",
                    "address": "45 Nguyễn Trãi",
                    "province": "Hồ Chí Minh",
                    "district": "Quận 5",
                },
            )
        )
        calls.append(indefinite_contract(person, tax=tax, start_date="2021-01-01", salary=9_000_000))
        contributions += contribution_lines(person, last_day=last_day, months=96, employer=tax)  # 8 months of benefit
        terminations.append(
            {
                "idempotency_key": f"{tax}/{number}",
                "record": {
                    "national_id": person,
                    "employer_tax_code": tax,
                    "last_working_day": str(last_day),
                    "reason": "employer_termination",
                    "reported_on": str(last_day),
                },
            }
        )
        registrations.append(
            {
                "idempotency_key": f"{centre}/{number}",
                "record": {
                    "national_id": person,
                    "centre_code": centre,
                    "registered_on": "2026-03-05",
                    "wishes": {
                        "occupations": ["7533"],
                        "provinces": ["Hồ Chí Minh"],
                        "districts": [],
                        "minimum_monthly_wage": None,
                        "willing_to_relocate": False,
                    },
                },
            }
        )
    write_lines(folder / "employment.ndjson", calls)
    write_lines(folder / "contributions.ndjson", contributions)
    write_lines(folder / "terminations.ndjson", terminations)
    write_lines(folder / "registrations.ndjson", registrations)
    return [
        {"calls": {"service": "labour", "file": "employment.ndjson", "once": True}},
        {
            "call": {
                "service": "labour",
                "method": "POST",
                "path": "/centres",
                "json": {
                    "code": centre,
                    "name": "Trung tâm Dịch vụ việc làm",
                    "jurisdiction": "VN",
                    "province": "Hồ Chí Minh",
                    "district": "Quận 10",
                },
                "save": {"centre": "id"},
            }
        },
        {
            "call": {
                "service": "labour",
                "method": "POST",
                "path": "/centres/${centre}/caseworkers",
                "once": True,
                "json": {"full_name": "Trần Thị Bình", "phone": "0283456789"},
            }
        },
        {"upload": {"service": "social_insurance", "path": "/contributions/import", "file": "contributions.ndjson"}},
        {"upload": {"service": "labour", "path": "/sync/terminations", "file": "terminations.ndjson"}},
        *({"until": count("social_insurance", "/continuation-notices", 1, national_id=person)} for person in people),
        {"upload": {"service": "labour", "path": "/sync/registrations", "file": "registrations.ndjson"}},
        *(claim_filed(person, filed_on="2026-03-06") for person in people),
    ]


def case_journeys() -> None:
    folder = HERE / "vn-case-journeys"
    folder.mkdir(exist_ok=True)
    hired, refuser, on_own, waiting = (vn_id(900 + n, province="079", born=1990) for n in range(1, 5))
    people = [hired, refuser, on_own, waiting]
    vacancies = [
        vacancy_posted(
            {
                "jurisdiction": "VN",
                "employer_tax_code": vn_tax_code(5550 + n),
                "employer_name": f"Xưởng may {n}",
                "title": "Tailor",
                "isco_code": "7533",
                "skills": ["sewing"],
                "province": "Hồ Chí Minh",
                "district": "Quận 10",
                "wage_min": "8000000",
                "wage_max": "9500000",
                "contract_type": "indefinite",
                "openings": 2,
                "closing_date": "2027-06-30",
                "public_welfare": False,
            },
            save={f"vacancy{n}": "id"},
        )
        for n in range(1, 4)
    ]

    def once(service: str, path: str, body: dict[str, Any], **save: str) -> dict[str, Any]:
        return {
            "call": {
                "service": service,
                "method": "POST",
                "path": path,
                "once": True,
                "json": body,
                **({"save": save} if save else {}),
            }
        }

    steps = [
        *vacancies,
        *vn_employment(folder, people, tax=vn_tax_code(5550), last_day=date(2026, 2, 27), centre="HCM-Q10-S"),
        *({"until": count("job_matching", "/offers", 3, national_id=person)} for person in people),
        *(
            once(
                "labour",
                "/counselling-sessions",
                {
                    "national_id": person,
                    "centre_code": "HCM-Q10-S",
                    "kind": "counselling",
                    "held_on": "2026-03-09",
                    "outcome": "job search plan agreed",
                },
            )
            for person in people[:3]
        ),
        {
            "call": {
                "service": "social_insurance",
                "method": "POST",
                "path": "/benefit-payments/run",
                "json": {"through": "2026-06-30"},
            }
        },
        once(
            "job_matching",
            "/referrals",
            {
                "national_id": hired,
                "vacancy_id": "${vacancy1}",
                "centre_code": "HCM-Q10-S",
                "referred_on": "2026-03-18",
            },
            hired_referral="id",
        ),
        once(
            "job_matching",
            "/referrals/${hired_referral}/outcome",
            {"outcome": "hired", "decided_on": "2026-03-25", "start_date": "2026-07-01", "monthly_wage": "9000000"},
        ),
        once(
            "job_matching",
            "/referrals",
            {
                "national_id": refuser,
                "vacancy_id": "${vacancy2}",
                "centre_code": "HCM-Q10-S",
                "referred_on": "2026-03-18",
            },
            refused_referral="id",
        ),
        once(
            "job_matching",
            "/referrals/${refused_referral}/outcome",
            {"outcome": "declined", "decided_on": "2026-03-20", "good_reason": False, "explanation": "too far"},
        ),
        once(
            "job_matching",
            "/placements",
            {
                "national_id": on_own,
                "employer_tax_code": vn_tax_code(1234),
                "employer_name": "Công ty Điện tử Tân Bình",
                "start_date": "2026-05-04",
                "monthly_wage": "8800000",
            },
        ),
    ]
    write_scenario(
        folder,
        title=(
            "Four people after one termination: placed through a referral, refusing, finding work alone "
            "while paid, waiting"
        ),
        steps=steps,
        expect=[
            count("labour", "/counselling-sessions", 1, national_id=hired),
            count("job_matching", "/offers", 3, national_id=waiting),
            count("job_matching", "/referrals", 1, national_id=refuser, outcome="declined"),
            count("social_insurance", "/benefits", 1, national_id=hired, status="terminated"),
            count(
                "social_insurance", "/benefits", 1, national_id=refuser, status="paying", where={"refusals": 1}
            ),  # of two allowed
            count("social_insurance", "/benefits", 1, national_id=on_own, status="terminated"),
            count("social_insurance", "/overpayments", 1, national_id=on_own, where={"months": 2}),
            count("social_insurance", "/benefits", 1, national_id=waiting, status="paying"),
            count("labour", "/registrations", 1, national_id=hired, status="closed"),
            count("labour", "/registrations", 1, national_id=on_own, status="closed"),
            count("labour", "/registrations", 1, national_id=waiting, status="open"),
            count("labour", "/reemployments", 1, national_id=on_own, where={"channel": "placement"}),
            # The integrity cross-match: the two paid for a month in which they worked. The one found
            # alone owes two months back; the hired one began work within a month already under way,
            # which the pack's reading leaves to them.
            {
                "service": "social_insurance",
                "path": "/cross-match",
                "equals": {
                    "areas.0.cases_found": 2,
                    "areas.0.cases.0.national_id": hired,
                    "areas.0.cases.0.overpayment": "0",
                    "areas.0.cases.1.national_id": on_own,
                    "areas.0.cases.1.evidence.channel": "placement",
                },
            },
        ],
    )


def missed_notices() -> None:
    folder = HERE / "vn-missed-notices"
    folder.mkdir(exist_ok=True)
    person = vn_id(950, province="079", born=1990)
    steps = [
        *vn_employment(folder, [person], tax=vn_tax_code(5560), last_day=date(2026, 2, 27), centre="HCM-Q3-S"),
        {
            "call": {
                "service": "labour",
                "method": "POST",
                "path": "/job-search-notices",
                "json": {"national_id": person, "month": "2026-04", "submitted_on": "2026-04-06"},
            }
        },
        *(
            {
                "call": {
                    "service": "labour",
                    "method": "POST",
                    "path": "/job-search-notices/missed-check",
                    "json": {"month": month, "centre_code": "HCM-Q3-S"},
                }
            }
            for month in ("2026-05", "2026-06", "2026-07")
        ),
    ]
    write_scenario(
        folder,
        title="A person on benefit reports in April, then misses three monthly job-search notices",
        steps=steps,
        expect=[
            count(
                "social_insurance",
                "/benefits",
                1,
                national_id=person,
                status="terminated",
                where={"suspended_on": "2026-05-01", "ended_on": "2026-07-01"},
            ),  # suspended on the first miss, ended on the third
            count("labour", "/registrations", 1, national_id=person, where={"benefit_status": "terminated"}),
        ],
    )


# --- China: a city under the national rules and one under Jilin's ------------------------------


def chinese_cities() -> None:
    """Changchun (Jilin rules) and Xi'an (national rules): registrations and terminations arrive as
    the cities' labour systems publish them; claims are filed at the social insurance agency."""
    folder = HERE / "cn-cities"
    folder.mkdir(exist_ok=True)
    people = {  # who: (area, locality, reason)
        "changchun_closure": ("220102", "220100", "employer_termination"),
        "changchun_own_request": ("220102", "220100", "mutual_agreement_worker_request"),
        "changchun_resettled": ("220102", "220100", "enterprise_closure_with_resettlement"),
        "changchun_hidden_work": ("220102", "220100", "employer_termination"),
        "xian_closure": ("610102", "610100", "employer_termination"),
        "xian_own_request": ("610102", "610100", "mutual_agreement_worker_request"),
    }
    events, contributions, ids = [], [], {}
    last_day = date(2026, 2, 27)
    for number, (who, (area, locality, reason)) in enumerate(people.items(), start=1):
        person = ids[who] = cn_id(700 + 2 * number, area=area)
        tax = cn_tax_code(1, area="220100") if area == "220102" else cn_tax_code(2, area="610100")
        contributions += contribution_lines(person, last_day=last_day, months=60, employer=tax, salary=5_000)
        # The registration first: one person's events are read in order, so a notice means both arrived.
        events.append(
            labour_event(
                UnemploymentRegistered(
                    registration_id=9200 + number,
                    national_id=person,
                    full_name=f"失业人员{number}",
                    jurisdiction="CN",
                    centre_code="CC-LY" if area == "220102" else "XA-BL",
                    province=area[:2],
                    district=area,
                    registered_on=date(2026, 3, 3),
                    wishes=JobSearchWishes(
                        occupations=["8152"],
                        provinces=[area[:2]],
                        districts=[],
                        minimum_monthly_wage=None,
                        willing_to_relocate=False,
                    ),
                ),
                number=number,
                at=datetime(2026, 3, 3, 1, tzinfo=UTC),
            )
        )
        events.append(
            labour_event(
                TerminationRecorded(
                    termination_id=9000 + number,
                    version=1,
                    contract_id=9100 + number,
                    national_id=person,
                    jurisdiction="CN",
                    employer_tax_code=tax,
                    employer_name="长春客车厂" if area == "220102" else "西安纺织厂",
                    employer_province=area[:2],
                    wage_region=None,
                    locality_code=locality,
                    state_paid=False,
                    contract_type="indefinite",
                    contract_start=date(2015, 3, 1),
                    insured_monthly_salary=5_000,
                    last_working_day=last_day,
                    reason=reason,
                    reported_on=date(2026, 3, 2),
                    reported_late=False,
                ),
                number=number,
                at=datetime(2026, 3, 2, 1, tzinfo=UTC),
            )
        )
    write_events(folder / "events.ndjson", events)
    write_lines(folder / "contributions.ndjson", contributions)
    claims = [claim_filed(person, filed_on="2026-03-05") for person in ids.values()]
    write_scenario(
        folder,
        title="Changchun under Jilin's 2003 rules and Xi'an under the 1999 regulation",
        steps=[
            {
                "upload": {
                    "service": "social_insurance",
                    "path": "/contributions/import",
                    "file": "contributions.ndjson",
                }
            },
            {"publish": "events.ndjson"},
            *(
                {"until": count("social_insurance", "/continuation-notices", 1, national_id=person)}
                for person in ids.values()
            ),
            *claims,
            {
                "call": {
                    "service": "social_insurance",
                    "method": "GET",
                    "path": f"/benefits?national_id={ids['changchun_hidden_work']}",
                    "save": {"hidden_work_benefit": "items.0.id"},
                }
            },
            {
                "call": {
                    "service": "social_insurance",
                    "method": "POST",
                    "path": "/benefits/${hidden_work_benefit}/employment-findings",
                    "once": True,
                    "json": {
                        "finding": {"kind": "de_facto", "consecutive_months": 3, "monthly_income": "2500"},
                        "found_on": "2026-06-02",
                    },
                }
            },
        ],
        expect=[
            decided_claim(ids["changchun_closure"], eligible=True, pack="CN-JL-2003"),
            decided_claim(ids["changchun_own_request"], eligible=False),  # Jilin §5: own request
            decided_claim(ids["changchun_resettled"], eligible=False),  # one-time resettlement
            decided_claim(ids["xian_closure"], eligible=True, pack="CN-1999"),
            decided_claim(ids["xian_own_request"], eligible=False),  # 1999 art. 14: not voluntary
            count(
                "social_insurance", "/benefits", 1, national_id=ids["changchun_hidden_work"], status="terminated"
            ),  # Jilin §8
            count("job_matching", "/seekers", 2, centre_code="XA-BL"),
            count("job_matching", "/seekers", 4, centre_code="CC-LY"),
        ],
    )


if __name__ == "__main__":
    factory_closure()
    case_journeys()
    missed_notices()
    chinese_cities()
