"""The console in a real browser (headless Chromium from Debian's packages, driven by Selenium):
an operator logs in, opens every page and sees the figures the partner API gives for the same
data, verifies the audit chain (and finds where a tampered one breaks), switches language, logs
out; no page makes a request to any host but the gateway. A screenshot of each page goes to
var/screenshots/ (the README shows one)."""

import itertools
import json
import shutil
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from babel.numbers import format_decimal, format_percent
from prometheus_client.parser import text_string_to_metric_families
from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.wait import WebDriverWait

from services.gateway.access.policy import CONSOLE_OPERATE, CONSOLE_READ
from services.gateway.console.service import GATEWAY
from services.gateway.events.handlers import HANDLERS as GATEWAY_HANDLERS
from services.gateway.traffic import service as traffic
from services.job_matching.handlers import HANDLERS as JOB_MATCHING_HANDLERS
from shared.bus.base import ReceivedMessage
from shared.db import utcnow
from shared.events.catalogue import LABOUR
from shared.events.envelope import CloudEvent
from shared.events.job_matching import OfferMade
from shared.events.labour import CounsellingProvided, JobSearchNoticeMissed, UnemploymentRegistered
from shared.messaging.dead_letters import service as dead_letters
from tests.services.gateway.console.conftest import LiveSystem, form_of, operator
from tests.services.gateway.test_person_record_and_audit import tamper
from tests.services.incoming import deliver, registration
from tests.services.labour import builders
from tests.services.support import sessionmaker_of
from tests.shared.messaging.test_dead_letters_cli import broken

ROOT = Path(__file__).resolve().parents[4]
SCREENSHOTS = ROOT / "var" / "screenshots"
QUARTER, REGISTERED = "2026-Q1", date(2026, 2, 2)
PEOPLE = ["079190000101", "079190000102", "079190000103", "079190000104"]
SECRET: dict[str, str] = {}
POISONED = {"job_matching": "079190000191", GATEWAY: "079190000192"}  # whose registrations are dead-lettered
OFFSETS = itertools.count(700000)


def chromium() -> webdriver.Chrome:
    """Headless Chromium, or a failure that says how to install it: these tests never skip."""
    binary, driver = shutil.which("chromium"), shutil.which("chromedriver")
    if not binary or not driver:
        pytest.fail("Chromium is not installed: run `bash deploy/local/chromium.sh` (make test does)", pytrace=False)
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--window-size=1500,1100",
        "--lang=en-US",
        # Chromium's own background traffic is not the page's; keep it quiet all the same.
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
    ):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    try:
        return webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=driver))
    except WebDriverException as error:
        pytest.fail(f"Chromium did not start: {error.msg}", pytrace=False)


async def seed(live: LiveSystem) -> dict[str, Any]:
    """Data for every page, through the services' and the gateway's APIs and events."""
    system = live.system
    SECRET["ops-console"] = await operator(system, CONSOLE_READ)
    SECRET["ops-operate"] = await operator(system, CONSOLE_READ, CONSOLE_OPERATE, client_id="ops-operate")
    # Targets: four people registered in Q1 at one centre; three counselled, one offered three jobs.
    await deliver(system.gateway, *(registration(p, registered_on=REGISTERED) for p in PEOPLE))
    await deliver(
        system.gateway,
        *(
            CounsellingProvided(session_id=1, national_id=p, kind="counselling", held_on=date(2026, 2, 3), outcome="ok")
            for p in PEOPLE[:3]
        ),
        *(
            OfferMade(offer_id=n, national_id=PEOPLE[0], vacancy_id=n, score=Decimal(60), offered_on=date(2026, 2, 4))
            for n in range(3)
        ),
    )
    # Fund: one area under two months, one whose income covers its expenditure.
    for code, figures in (
        ("22", {"name": "吉林省", "balance": "1000000", "monthly_income": "100000", "monthly_expenditure": "700000"}),
        (
            "79",
            {"name": "Hồ Chí Minh", "balance": "9000000", "monthly_income": "500000", "monthly_expenditure": "400000"},
        ),
    ):
        assert (await system.social_insurance.put(f"/fund-areas/{code}", json=figures)).status_code == 200
    # Caseworker queue: a centre without caseworkers, two people registered there, one missed notice.
    centre = await builders.centre(system.labour, caseworkers=0)
    for _ in range(2):
        person = await builders.worker(system.labour)
        await builders.registration(system.labour, national_id=person["national_id"], centre_code=centre["code"])
    waiting = registration(PEOPLE[3], centre_code=centre["code"], registration_id=990001)
    await deliver(system.gateway, waiting)
    await deliver(
        system.gateway,
        JobSearchNoticeMissed(registration_id=990001, national_id=PEOPLE[3], month="2026-03", consecutive_missed=2),
    )
    await deliver(system.job_matching, waiting)
    return {"centre": centre["code"]}


@pytest.fixture(scope="module")
def seeded(live: LiveSystem) -> dict[str, Any]:
    return live.run(seed(live))


@pytest.fixture(scope="module")
def api(live: LiveSystem) -> Iterator[httpx.Client]:
    """The partner API over HTTP, as a labour agency with every scope it may hold reads it."""
    key = live.run(live.system.client("reports:read", "audit:read", "registrations:read", "events:read", kind="labour"))
    with httpx.Client(base_url=live.url, headers={"X-API-Key": key}) as client:
        yield client


@pytest.fixture(scope="module")
def browser(live: LiveSystem, seeded: dict[str, Any]) -> Iterator[webdriver.Chrome]:
    driver = chromium()
    try:
        log_in(driver, live)
        yield driver
    finally:
        driver.quit()


def log_in(driver: webdriver.Chrome, live: LiveSystem, client_id: str = "ops-console") -> None:
    driver.get(f"{live.url}/console/login")
    driver.find_element(By.ID, "client_id").send_keys(client_id)
    driver.find_element(By.ID, "client_secret").send_keys(SECRET[client_id])
    submit(driver, "login")
    assert driver.find_element(By.ID, "operator").text == client_id


def signed_in_as(driver: webdriver.Chrome, live: LiveSystem, client_id: str) -> None:
    """The browser's session is this operator's (logged out and in again if it was another's)."""
    driver.get(f"{live.url}/console/bus")
    if driver.find_element(By.ID, "operator").text != client_id:
        submit(driver, "logout")
        log_in(driver, live, client_id)


def submit(driver: webdriver.Chrome, button: str) -> None:
    """Click a form's button and wait until the browser has left the page for the answer."""
    page = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.ID, button).click()
    WebDriverWait(driver, 60).until(expected_conditions.staleness_of(page))


def open_page(driver: webdriver.Chrome, live: LiveSystem, path: str, screenshot: str | None = None) -> None:
    """Open a console page; every request it made went to the gateway, and its screenshot is kept."""
    driver.get_log("performance")  # what earlier pages requested
    driver.get(f"{live.url}{path}")
    requested = [
        message["params"]["request"]["url"]
        for entry in driver.get_log("performance")
        if (message := json.loads(entry["message"])["message"])["method"] == "Network.requestWillBeSent"
    ]
    assert requested, "the performance log saw no request"
    # data: URLs (the browser's own icons, e.g. of a date field) are no request to any host.
    assert [url for url in requested if not url.startswith((live.url + "/", "data:"))] == []
    if screenshot:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(SCREENSHOTS / f"console-{screenshot}.png"))


def percent(value: str | None) -> str:
    return "—" if value is None else format_percent(Decimal(value) / 100, "#,##0.0%", locale="en")


def test_targets_show_the_kpi_reports_figures_against_their_targets(
    browser: webdriver.Chrome, live: LiveSystem, api: httpx.Client
) -> None:
    open_page(browser, live, f"/console/targets?quarter={QUARTER}&level=centre", "targets")
    report = api.get(
        "/v1/reports/kpis",
        params={"registered_from": "2026-01-01", "registered_to": "2026-03-31", "group_by": "centre"},
    ).json()
    assert report["groups"], "the seeded registrations are reported"
    for group in report["groups"]:
        row = browser.find_element(By.CSS_SELECTOR, f"#targets tr[data-group='{group['centre_code']}']")
        for indicator in group["indicators"]:
            cell = row.find_element(By.CSS_SELECTOR, f"td[data-indicator='{indicator['indicator']}']")
            assert cell.find_element(By.CLASS_NAME, "percent").text == percent(indicator["percent"])
            expected = (
                "none" if indicator["met"] is None else "green" if indicator["met"] else cell.get_attribute("data-rag")
            )
            assert cell.get_attribute("data-rag") == expected and (indicator["met"] or expected != "green")
    counselled = browser.find_element(By.CSS_SELECTOR, "#targets tr[data-group='all'] td[data-indicator='counselled']")
    assert counselled.get_attribute("data-rag") == "red"  # 75% against 90%: more than 10 points below
    assert len(browser.find_elements(By.CSS_SELECTOR, "figure svg")) == 9


def test_fund_shows_the_months_left_with_the_warning_and_the_forecast(
    browser: webdriver.Chrome, live: LiveSystem, api: httpx.Client
) -> None:
    open_page(browser, live, "/console/fund", "fund")
    for area in api.get("/v1/reports/fund-months").json()["areas"]:
        row = browser.find_element(By.CSS_SELECTOR, f"#fund tr[data-area='{area['area_code']}']")
        shown = row.find_element(By.CLASS_NAME, "months-left").text
        if area["months_left"] is None:
            assert shown == "income covers expenditure"
        else:
            assert shown.startswith(format_decimal(Decimal(area["months_left"]), "#,##0.##", locale="en"))
        assert ("alert" in (row.get_attribute("class") or "")) is area["alert"]
    jilin = browser.find_element(By.CSS_SELECTOR, "#fund tr[data-area='22']")
    assert "below 2 months" in jilin.text and "Below the threshold by the end of" in jilin.text
    # Social insurance's forecast: 1,000,000 less 600,000 a month (no benefit running or started
    # there), so 400,000 left after one month (0.67 months) and none after two.
    forecast = browser.find_element(By.CSS_SELECTOR, "table.forecast[data-area='22']")
    shown = [c.text for c in forecast.find_elements(By.CSS_SELECTOR, "tbody tr:nth-child(2) td")]
    ahead = live.run(live.system.social_insurance.get("/fund-areas/22/forecast")).json()["months"]
    assert shown == [format_decimal(Decimal(m["months_left"]), "#,##0.##", locale="en") for m in ahead]
    assert shown[:3] == ["0.67", "0", "0"]


def test_the_audit_search_masks_the_person_and_the_chain_is_verified_from_the_page(
    browser: webdriver.Chrome, live: LiveSystem, api: httpx.Client
) -> None:
    person = PEOPLE[0]
    for purpose in ("case 2026/17", "case 2026/18"):
        api.get("/v1/registrations", params={"national_id": person}, headers={"X-Purpose": purpose})
    open_page(browser, live, f"/console/audit?national_id={person}", "audit")
    logged = api.get("/v1/audit/entries", params={"national_id": person}).json()
    rows = browser.find_elements(By.CSS_SELECTOR, "#entries tbody tr")
    assert [int(r.get_attribute("data-seq") or 0) for r in rows] == sorted((e["seq"] for e in logged), reverse=True)
    assert {r.find_element(By.CLASS_NAME, "person").text for r in rows} == {"0791******01"}
    open_page(browser, live, "/console/audit?purpose=2026/18")
    assert len(browser.find_elements(By.CSS_SELECTOR, "#entries tbody tr")) == 1

    submit(browser, "verify")
    verified = api.get("/v1/audit/verify").json()
    shown = browser.find_element(By.ID, "verification")
    assert (
        shown.get_attribute("data-intact") == "true" and f"{verified['entries_checked']} entries checked" in shown.text
    )
    assert verified["head_hash"] in shown.text

    live.run(tamper(live.system, f"UPDATE audit_entries SET purpose = 'none' WHERE seq = {logged[0]['seq']}"))
    submit(browser, "verify")
    broken = api.get("/v1/audit/verify").json()
    shown = browser.find_element(By.ID, "verification")
    assert shown.get_attribute("data-broken-at") == str(broken["broken_at"]) == str(logged[0]["seq"])
    assert browser.find_element(By.ID, "reason").text == "its content does not match its hash"
    assert browser.find_element(By.CSS_SELECTOR, "#broken-entry tr.broken").text.startswith(str(logged[0]["seq"]))
    browser.save_screenshot(str(SCREENSHOTS / "console-audit-broken.png"))


def test_the_caseworker_queue_shows_the_centres_people_to_act_on(
    browser: webdriver.Chrome, live: LiveSystem, seeded: dict[str, Any]
) -> None:
    centre = seeded["centre"]
    open_page(browser, live, f"/console/queue?centre_code={centre}", "queue")
    registrations = live.run(live.system.labour.get("/registrations", params={"centre_code": centre})).json()["items"]
    shortages = live.run(live.system.job_matching.get("/reports/offer-shortages", params={"centre_code": centre}))
    counts = {
        "without-caseworker": sum(r["caseworker_id"] is None for r in registrations),
        "missed-notices": 1,
        "short-of-offers": len(shortages.json()),
    }
    assert counts["without-caseworker"] == 2 and counts["short-of-offers"] == 1
    assert {k: browser.find_element(By.ID, f"{k}-count").text for k in counts} == {k: str(v) for k, v in counts.items()}
    assert "0791******04" in browser.find_element(By.ID, "missed-notices").text


async def poison(client: httpx.AsyncClient, payload: UnemploymentRegistered) -> str:
    """The registration as the service's consumer takes it from labour's topic; the test has broken
    its handler, so the consumer dead-letters it. The event's id."""
    event = CloudEvent.of(payload, source=LABOUR.source, subject=payload.national_id)
    message = event.to_bus_message(LABOUR.topic)
    received = ReceivedMessage(LABOUR.topic, 0, next(OFFSETS), message.key, message.value, message.headers, 0)
    await client._transport.app.state.runtime.consumer().apply([received])  # type: ignore[attr-defined]
    return event.id


@pytest.fixture(scope="module")
def letters(live: LiveSystem, seeded: dict[str, Any]) -> dict[str, str]:
    """One open dead letter in job matching and one in the gateway, each of a new person's registration."""
    ids = {}
    for name, client, handlers in (
        ("job_matching", live.system.job_matching, JOB_MATCHING_HANDLERS),
        (GATEWAY, live.system.gateway, GATEWAY_HANDLERS),
    ):
        with pytest.MonkeyPatch.context() as patched:
            patched.setitem(handlers, UnemploymentRegistered.event_type, broken)
            ids[name] = live.run(poison(client, registration(POISONED[name])))
    return ids


def desk(live: LiveSystem, service: str) -> list[dict[str, Any]]:
    """The service's open dead letters as its own desk lists them (the gateway's: in-process)."""
    if service == GATEWAY:
        runtime = live.system.gateway._transport.app.state.runtime  # type: ignore[attr-defined]
        return [
            r.model_dump() for r in live.run(dead_letters.list_dead_letters(source=dead_letters.source_of(runtime)))
        ]
    client = getattr(live.system, service)
    return list(live.run(client.get("/operations/dead-letters")).json())


def gauge(exposition: str, name: str, service: str) -> float:
    """A gauge of a service in a /metrics text."""
    (family,) = [f for f in text_string_to_metric_families(exposition) if f.name == name]
    (value,) = [s.value for s in family.samples if s.labels["service"] == service]
    return value


def scraped(live: LiveSystem, service: str) -> str:
    """The service's /metrics as Prometheus scrapes it (the gateway's over HTTP, as partners reach it)."""
    if service == GATEWAY:
        return httpx.get(f"{live.url}/metrics").text
    return str(live.run(getattr(live.system, service).get("/metrics")).text)


def row_of(driver: webdriver.Chrome, table: str, **data: str) -> Any:
    selector = "".join(f"[data-{key.replace('_', '-')}='{value}']" for key, value in data.items())
    return driver.find_element(By.CSS_SELECTOR, f"#{table} tr{selector}")


def press(driver: webdriver.Chrome, button: str) -> None:
    """Press a button whose id is not a CSS identifier (it carries an event id), and wait for the answer."""
    page = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.CSS_SELECTOR, f"[id='{button}']").click()
    # While the page is replaced, Chromium may answer for the old node with an inspector error.
    waiting = WebDriverWait(driver, 60, ignored_exceptions=(WebDriverException,))
    waiting.until(expected_conditions.staleness_of(page))
    waiting.until(lambda d: d.execute_script("return document.readyState") == "complete")


def test_the_gateway_serves_no_dead_letter_to_the_network(live: LiveSystem, letters: dict[str, str]) -> None:
    gateway_letter = letters[GATEWAY]
    for method, path, body in (
        ("GET", "/operations/dead-letters", None),
        ("GET", f"/operations/dead-letters/{gateway_letter}", None),
        ("POST", f"/operations/dead-letters/{gateway_letter}/discard", {"reason": "no credentials at all"}),
        ("POST", "/operations/dead-letters/redrive", None),
    ):
        answer = httpx.request(method, f"{live.url}{path}", json=body, headers={"X-Operator": "anyone"})
        assert answer.status_code == 404, path
        assert POISONED[GATEWAY] not in answer.text and "handler is broken" not in answer.text
    assert [letter["event_id"] for letter in desk(live, GATEWAY)] == [gateway_letter]  # still open


def test_a_read_only_operator_sees_the_bus_without_buttons_and_a_forged_post_is_refused(
    browser: webdriver.Chrome, live: LiveSystem, letters: dict[str, str]
) -> None:
    signed_in_as(browser, live, "ops-console")
    open_page(browser, live, "/console/bus", "bus")
    for service in ("labour", "social_insurance", "job_matching", GATEWAY):
        row = row_of(browser, "outboxes", service=service)
        metrics = scraped(live, service)
        pending = row.find_element(By.CLASS_NAME, "outbox-pending").text
        assert pending == str(int(gauge(metrics, "labourlink_outbox_pending", service)))
        listed = desk(live, service)
        assert row.find_element(By.CLASS_NAME, "dead-letter-count").text == str(len(listed))
    for service, event_id in letters.items():
        shown = row_of(browser, "dead-letters", service=service, event=event_id)
        assert "RuntimeError: the handler is broken" in shown.text
    assert browser.find_elements(By.CSS_SELECTOR, "#dead-letters button") == []

    with httpx.Client(base_url=live.url) as reader:
        form = form_of(reader.get("/console/login").text)
        reader.post("/console/login", data={"client_id": "ops-console", "client_secret": SECRET["ops-console"], **form})
        token = form_of(reader.get("/console/bus").text)
        forged = reader.post(f"/console/bus/job_matching/{letters['job_matching']}/redrive", data=token)
        assert forged.status_code == 403
    assert [letter["event_id"] for letter in desk(live, "job_matching")] == [letters["job_matching"]]


def test_a_dry_run_shows_the_change_and_a_redrive_from_the_page_applies_it_once(
    browser: webdriver.Chrome, live: LiveSystem, letters: dict[str, str]
) -> None:
    event_id, person = letters["job_matching"], POISONED["job_matching"]
    signed_in_as(browser, live, "ops-operate")
    open_page(browser, live, f"/console/bus/job_matching/{event_id}")
    assert json.loads(browser.find_element(By.ID, "payload").text)["national_id"] == "0791******91"

    press(browser, f"dry-run-{event_id}")
    assert browser.find_element(By.ID, "answer").get_attribute("data-outcome") == "would_apply"
    assert "seeker_profiles" in [c.text for c in browser.find_elements(By.CSS_SELECTOR, "#changes td.table")]
    assert live.run(live.system.job_matching.get(f"/seekers/{person}")).status_code == 404  # nothing changed

    press(browser, f"redrive-{event_id}")
    assert browser.find_element(By.ID, "answer").get_attribute("data-outcome") == "applied"
    assert live.run(live.system.job_matching.get(f"/seekers/{person}")).json()["status"] == "active"
    # The page and the service agree: no letter left, once re-driven.
    assert desk(live, "job_matching") == []
    row = row_of(browser, "outboxes", service="job_matching")
    assert row.find_element(By.CLASS_NAME, "dead-letter-count").text == "0"
    assert gauge(scraped(live, "job_matching"), "labourlink_dead_letters", "job_matching") == 0
    assert browser.find_elements(By.CSS_SELECTOR, f"#dead-letters tr[data-event='{event_id}']") == []
    resolutions = live.run(live.system.job_matching.get(f"/operations/dead-letters/{event_id}")).json()["resolutions"]
    assert [(r["resolution"], r["resolved_by"]) for r in resolutions] == [("redriven", "ops-operate")]


def test_a_discard_from_the_page_keeps_the_reason(
    browser: webdriver.Chrome, live: LiveSystem, letters: dict[str, str]
) -> None:
    event_id = letters[GATEWAY]
    signed_in_as(browser, live, "ops-operate")
    open_page(browser, live, "/console/bus")
    browser.find_element(By.CSS_SELECTOR, f"[id='reason-{event_id}']").send_keys("registered twice by the centre")
    press(browser, f"discard-{event_id}")
    assert browser.find_element(By.ID, "answer").get_attribute("data-outcome") == "discarded"
    assert desk(live, GATEWAY) == []
    open_page(browser, live, f"/console/bus/{GATEWAY}/{event_id}", "bus-letter")
    assert browser.find_element(By.ID, "letter").get_attribute("data-open") == "false"
    resolution = browser.find_element(By.CSS_SELECTOR, "#resolutions tbody tr")
    assert resolution.find_element(By.CLASS_NAME, "reason").text == "registered twice by the centre"
    assert "ops-operate" in resolution.text


def test_the_partners_page_shows_what_the_traffic_table_holds(browser: webdriver.Chrome, live: LiveSystem) -> None:
    key = live.run(live.system.client("reports:read", client_id="traffic-probe", rate_limit=2))
    with httpx.Client(base_url=live.url, headers={"X-API-Key": key}) as probe:
        assert probe.get("/v1/registrations", params={"national_id": PEOPLE[0]}).status_code == 403
        assert probe.get("/v1/reports/fund-months").status_code == 200
        assert probe.get("/v1/reports/fund-months").status_code == 429
    open_page(browser, live, "/console/partners", "partners")  # flushes this process's counts first

    async def held() -> dict[tuple[str, str], Counter[str]]:
        async with sessionmaker_of(live.system.gateway)() as session:
            rows = await traffic.last_day(session=session, now=utcnow())
        table: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        for row in rows:
            table[(row.client_id, row.route)][row.outcome] += row.calls
        return table

    table = live.run(held())
    shown = {
        (row.get_attribute("data-client"), row.get_attribute("data-route")): {
            outcome: int(row.find_element(By.CLASS_NAME, outcome.replace("_", "-")).text.replace(",", ""))
            for outcome in ("succeeded", "refused", "rate_limited", "failed")
        }
        for row in browser.find_elements(By.CSS_SELECTOR, "#traffic tbody tr")
    }
    assert shown == {
        key: {o: counted[o] for o in ("succeeded", "refused", "rate_limited", "failed")}
        for key, counted in table.items()
    }
    assert shown[("traffic-probe", "/v1/registrations")] == {
        "succeeded": 0,
        "refused": 1,
        "rate_limited": 0,
        "failed": 0,
    }
    assert shown[("traffic-probe", "/v1/reports/fund-months")] == {
        "succeeded": 1,
        "refused": 0,
        "rate_limited": 1,
        "failed": 0,
    }
    hits = sum(counted["rate_limited"] for counted in table.values())
    assert browser.find_element(By.ID, "rate-limit-hits").text == f"Rate-limit hits: {hits}"
    assert {
        row.get_attribute("data-service"): row.get_attribute("data-state")
        for row in browser.find_elements(By.CSS_SELECTOR, "#breakers tbody tr")
    } == {
        "labour": "closed",
        "social_insurance": "closed",
        "job_matching": "closed",
    }


def test_the_language_switch_is_remembered_and_formats_follow_it(browser: webdriver.Chrome, live: LiveSystem) -> None:
    open_page(browser, live, "/console/fund")
    for language, heading, months in (("vi", "Quỹ", "0,67"), ("zh", "基金", "0.67"), ("en", "Fund", "0.67")):
        browser.find_element(By.CSS_SELECTOR, f"select[name='language'] option[value='{language}']").click()
        submit(browser, "switch-language")
        assert browser.find_element(By.TAG_NAME, "h1").text == heading
        open_page(browser, live, "/console/fund", f"fund-{language}" if language != "en" else None)
        assert browser.find_element(By.TAG_NAME, "h1").text == heading  # remembered across pages
        forecast = browser.find_element(By.CSS_SELECTOR, "table.forecast[data-area='22'] tbody tr:nth-child(2) td")
        assert forecast.text == months


def test_logging_out_closes_the_console(browser: webdriver.Chrome, live: LiveSystem) -> None:
    open_page(browser, live, "/console/targets")
    submit(browser, "logout")
    assert browser.current_url == f"{live.url}/console/login"
    browser.get(f"{live.url}/console/audit")
    assert browser.current_url == f"{live.url}/console/login"
    log_in(browser, live)  # for any test after this one
