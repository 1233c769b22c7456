"""Scenarios: the REST calls that start a case, the event streams that follow, and the state every
service should end in. `labourlink replay <scenario>` runs one against a running system (embedded
or Kafka + PostgreSQL) and reports which expectations hold.

A scenario is a folder with a `scenario.yaml`:

    title: …
    steps:                                                   # in order
      - call: {service: labour, method: POST, path: /employers, json: {…}, save: {employer: id}}
      - calls: {service: labour, file: workers.ndjson}       # one {method, path, json} a line
      - upload: {service: labour, path: /sync/terminations, file: terminations.ndjson}
      - publish: events.ndjson                               # CloudEvents, each onto its catalogue topic
      - until: <expectation>                                 # wait until the events had their effect
    expect: [<expectation>, …]

An expectation reads one service: `{service, path, params, where, count}` counts the items of every
page whose dotted fields equal `where`; `{service, path, params, equals}` compares fields of one
object. `${name}` in a step is a value an earlier call saved. A call answered 409 had already
happened (its `existing` record stands in for the answer), so running a scenario again changes
nothing; a call that is not idempotent is marked `once: true` and skipped when run `again`.
"""

import asyncio
import json
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import httpx
import yaml

from shared.bus.base import EventBus
from shared.events.catalogue import stream_of
from shared.internal_credentials import Issuer
from shared.national_id import national_ids_in, normalised
from shared.replay import read_events
from shared.settings import InternalCredentialSettings

SCENARIOS = Path(__file__).resolve().parent.parent / "tests" / "scenarios"
CALLER = "labourlink-scenarios"  # the subject of the runner's internal credentials, in the services' logs
_VARIABLE = re.compile(r"\$\{(\w+)\}")
_SUCCESS = {200, 201, 409}


class ScenarioFailed(Exception):
    """A step of the scenario could not be carried out."""


@dataclass(frozen=True)
class Observation:
    """One expectation and what the system showed."""

    expectation: str
    held: bool
    observed: Any


def scenario_folder(name_or_path: str) -> Path:
    """A scenario's folder: a path, or the name of one under tests/scenarios."""
    path = Path(name_or_path)
    folder = path if (path / "scenario.yaml").exists() else SCENARIOS / name_or_path
    if not (folder / "scenario.yaml").exists():
        known = sorted(p.parent.name for p in SCENARIOS.glob("*/scenario.yaml"))
        raise SystemExit(f"no scenario {name_or_path!r}; known: {', '.join(known)}")
    return folder


def dotted(document: Any, path: str) -> Any:
    """The value at `a.b.c` in a JSON document (None when missing)."""
    for part in path.split("."):
        if isinstance(document, list) and part.isdigit():
            document = document[int(part)] if int(part) < len(document) else None
        elif isinstance(document, dict):
            document = document.get(part)
        else:
            return None
    return document


@dataclass
class Scenario:
    """A scenario folder, read."""

    folder: Path
    title: str
    steps: list[dict[str, Any]]
    expect: list[dict[str, Any]]

    @classmethod
    def load(cls, folder: Path) -> "Scenario":
        """Read `scenario.yaml` from the folder."""
        document = yaml.safe_load((folder / "scenario.yaml").read_text(encoding="utf-8"))
        return cls(
            folder=folder, title=document["title"], steps=document.get("steps", []), expect=document.get("expect", [])
        )

    @cached_property
    def people(self) -> frozenset[str]:
        """Everyone the scenario names (its calls, files and events): its counts are about them
        alone, so a system that holds other data still passes."""
        documents: list[Any] = [self.steps]
        for data_file in self.folder.glob("*.ndjson"):
            documents += [
                json.loads(line) for line in data_file.read_text(encoding="utf-8").splitlines() if line.strip()
            ]
        return frozenset(national_ids_in(documents))


def issuer_from_environment() -> Issuer:
    """The runner's credentials signed with the INTERNAL_TOKEN_KEYS of the environment."""
    return Issuer(keys=InternalCredentialSettings().internal_token_keys, subject=CALLER)


@dataclass
class ScenarioRunner:
    """Runs a scenario against the services at `urls` (by service name), publishing on `bus`; its
    calls carry internal credentials signed by `issuer`."""

    urls: Mapping[str, str]
    bus: EventBus
    timeout_seconds: float = 120
    issuer: Issuer = field(default_factory=issuer_from_environment)
    saved: dict[str, Any] = field(default_factory=dict)
    people: frozenset[str] = frozenset()  # the scenario's own people, whose records its counts count

    async def run(self, scenario: Scenario, *, again: bool = False) -> list[Observation]:
        """Carry out the steps (skipping `once` calls when run `again`), then check every expectation."""
        self.people = scenario.people
        async with httpx.AsyncClient(timeout=60) as http:
            self.http = http
            for step in scenario.steps:
                if not (again and any(isinstance(part, dict) and part.get("once") for part in step.values())):
                    await self._step(scenario.folder, self._filled(step))
            return await self._check(scenario)

    async def check(self, scenario: Scenario) -> list[Observation]:
        """Check every expectation now (waiting, up to the timeout, for those that do not hold yet)."""
        self.people = scenario.people
        async with httpx.AsyncClient(timeout=60) as http:
            self.http = http
            return await self._check(scenario)

    async def _check(self, scenario: Scenario) -> list[Observation]:
        deadline = time.monotonic() + self.timeout_seconds
        return [await self._observe(self._filled(e), deadline=deadline) for e in scenario.expect]

    def _filled(self, step: Any) -> Any:
        text = _VARIABLE.sub(lambda m: str(self.saved[m.group(1)]), json.dumps(step, ensure_ascii=False))
        return json.loads(text)

    async def _step(self, folder: Path, step: dict[str, Any]) -> None:
        if "call" in step:
            call = step["call"]
            answer = await self._call(call["service"], call["method"], call["path"], body=call.get("json"))
            for name, path in call.get("save", {}).items():
                self.saved[name] = dotted(answer, path)
        elif "calls" in step:
            batch = step["calls"]
            for line in (folder / batch["file"]).read_text(encoding="utf-8").splitlines():
                if line.strip():
                    call = json.loads(line)
                    await self._call(batch["service"], call["method"], call["path"], body=call.get("json"))
        elif "upload" in step:
            upload = step["upload"]
            report = await self._call(
                upload["service"], "POST", upload["path"], content=(folder / upload["file"]).read_bytes()
            )
            if report.get("rejected"):
                raise ScenarioFailed(f"{upload['file']}: {report['rejected']} lines rejected: {report}")
        elif "publish" in step:
            events = list(read_events(folder / step["publish"]))
            await self.bus.publish([event.to_bus_message(stream_of(event.type).topic) for event in events])
        elif "until" in step:
            observation = await self._observe(step["until"], deadline=time.monotonic() + self.timeout_seconds)
            if not observation.held:
                raise ScenarioFailed(f"waited in vain for {observation.expectation}: saw {observation.observed}")
        else:
            raise ScenarioFailed(f"unknown step {sorted(step)}")

    async def _call(
        self, service: str, method: str, path: str, *, body: Any = None, content: bytes | None = None
    ) -> Any:
        headers = {"content-type": "application/x-ndjson"} if content is not None else {}
        response = await self.http.request(
            method, self.urls[service] + path, json=body, content=content, headers=headers | self._signed(service)
        )
        if response.status_code not in _SUCCESS:
            raise ScenarioFailed(f"{method} {service}{path} answered {response.status_code}: {response.text[:500]}")
        answer = response.json() if response.content else None
        if response.status_code == 409 and isinstance(answer, dict) and answer.get("existing"):
            existing = await self.http.get(self.urls[service] + answer["existing"], headers=self._signed(service))
            return existing.json()  # what already happened
        return answer

    def _signed(self, service: str) -> dict[str, str]:
        if not self.issuer.keys:
            raise ScenarioFailed("INTERNAL_TOKEN_KEYS is not set: the services answer no call without it")
        return self.issuer.headers(service)

    async def _observe(self, expectation: dict[str, Any], *, deadline: float) -> Observation:
        """Poll until the expectation holds or the deadline passes."""
        while True:
            observed = await self._read(expectation)
            wanted = expectation.get("count", expectation.get("equals"))
            held = observed == wanted
            if held or time.monotonic() >= deadline:
                return Observation(expectation=_describe(expectation), held=held, observed=observed)
            await asyncio.sleep(0.5)

    def _about_the_scenario(self, item: Any) -> bool:
        return (
            not isinstance(item, dict)
            or "national_id" not in item
            or normalised(str(item["national_id"])) in self.people
        )

    async def _read(self, expectation: dict[str, Any]) -> Any:
        url = self.urls[expectation["service"]] + expectation["path"]
        params = dict(expectation.get("params", {}))
        if "equals" in expectation:
            document = (await self.http.get(url, params=params, headers=self._signed(expectation["service"]))).json()
            return {path: dotted(document, path) for path in expectation["equals"]}
        where, count, after = expectation.get("where", {}), 0, None
        while True:
            page = (
                await self.http.get(
                    url,
                    params={**params, "limit": 500, **({"after": after} if after else {})},
                    headers=self._signed(expectation["service"]),
                )
            ).json()
            items = page["items"] if isinstance(page, dict) else page
            count += sum(
                1
                for item in items
                if self._about_the_scenario(item) and all(dotted(item, path) == value for path, value in where.items())
            )
            after = page.get("next_after") if isinstance(page, dict) else None
            if after is None:
                return count


def _describe(expectation: dict[str, Any]) -> str:
    query = "&".join(f"{k}={v}" for k, v in expectation.get("params", {}).items())
    target = f"{expectation['service']} {expectation['path']}{'?' + query if query else ''}"
    if "equals" in expectation:
        return f"{target} has {expectation['equals']}"
    where = f" where {expectation['where']}" if expectation.get("where") else ""
    return f"{target}{where}: {expectation['count']} items"
