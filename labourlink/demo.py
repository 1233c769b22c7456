"""The demo a first `labourlink run` loads: a scenario's records and a gateway client to read them."""

import asyncio
import logging
import sys
from pathlib import Path

import httpx

from services.registry import DEFAULT_PORTS, SERVICE_NAMES

DEMO_SCENARIO = "vn-case-journeys"
DEMO_KEY_FILE = "demo-api-key"


def load_demo(var: Path) -> None:
    """First start: replay the demo scenario and make a demo client of the gateway, so that a
    newcomer sees real records, decisions and KPIs at once."""
    from labourlink.gateway import enrol
    from labourlink.settings import internal_issuer
    from services.gateway.access.policy import PERSON_DATA, scope
    from shared.bus.embedded import EmbeddedBus
    from shared.scenarios import Scenario, ScenarioFailed, ScenarioRunner, scenario_folder

    async def load() -> None:
        async with httpx.AsyncClient() as http:
            for service in SERVICE_NAMES:
                for _ in range(300):
                    try:
                        if (await http.get(f"http://127.0.0.1:{DEFAULT_PORTS[service]}/readyz")).status_code == 200:
                            break
                    except httpx.TransportError:
                        pass
                    await asyncio.sleep(0.2)
        bus = EmbeddedBus(str(var.resolve() / "bus.db"))
        await bus.start()
        try:
            urls = {name: f"http://127.0.0.1:{DEFAULT_PORTS[name]}" for name in SERVICE_NAMES}
            scenario = Scenario.load(scenario_folder(DEMO_SCENARIO))
            issuer = internal_issuer(var, subject="labourlink-demo")
            await ScenarioRunner(urls=urls, bus=bus, timeout_seconds=60, issuer=issuer).run(scenario)
        finally:
            await bus.stop()

    logging.getLogger("httpx").setLevel(logging.WARNING)
    print(f"loading the demo scenario {DEMO_SCENARIO} (first start only)…", flush=True)
    try:
        asyncio.run(load())
    except ScenarioFailed as failure:
        print(f"the demo scenario did not load: {failure}", file=sys.stderr)
        return
    key = enrol(
        var=var,
        agency_code="DEMO-LABOUR",
        agency_name="Demo labour agency",
        kind="labour",
        client_id="demo",
        scopes=["reports:read", "events:read", *(scope(category, "read") for category in sorted(PERSON_DATA))],
    )
    (var / DEMO_KEY_FILE).write_text(key + "\n")
    print(
        f"demo loaded; the demo client's API key is in {var / DEMO_KEY_FILE} (see the README for three calls)",
        flush=True,
    )
