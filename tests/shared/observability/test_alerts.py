"""The alerting rules an operator loads into Prometheus: valid for promtool, firing on the series
they are meant for (deploy/monitoring/alerts.test.yml), and naming only metrics we export."""

import re
import subprocess
from pathlib import Path

import pytest
import yaml
from prometheus_client import REGISTRY

import shared.metrics  # noqa: F401  (defines every metric of our processes)

ROOT = Path(__file__).resolve().parents[3]
MONITORING = ROOT / "deploy" / "monitoring"
RULES = MONITORING / "alerts.yml"
_SUFFIXES = {"counter": ("_total",), "histogram": ("_bucket", "_count", "_sum"), "gauge": ("",)}


@pytest.fixture(scope="module")
def promtool() -> str:
    """Prometheus's promtool, provisioned from Debian's package by the project's script."""
    provisioned = subprocess.run(
        ["bash", str(MONITORING / "promtool.sh")], capture_output=True, text=True, timeout=300, check=True
    )
    return provisioned.stdout.strip().splitlines()[-1]


def test_the_rules_are_valid_prometheus_rules(promtool: str) -> None:
    checked = subprocess.run([promtool, "check", "rules", str(RULES)], capture_output=True, text=True, timeout=60)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "SUCCESS: 6 rules found" in checked.stdout


def test_each_alert_fires_on_its_series_and_not_before(promtool: str) -> None:
    tested = subprocess.run(
        [promtool, "test", "rules", "alerts.test.yml"], cwd=MONITORING, capture_output=True, text=True, timeout=60
    )
    assert tested.returncode == 0, tested.stdout + tested.stderr


def test_the_issue_s_alerts_are_all_there_and_name_only_exported_metrics() -> None:
    rules = [rule for group in yaml.safe_load(RULES.read_text())["groups"] for rule in group["rules"]]
    assert {rule["alert"] for rule in rules} == {
        "OutboxStuck",
        "ConsumerLagGrowing",
        "DeadLetters",
        "BreakerOpen",
        "AuditChainBroken",
        "FundBelowTwoMonths",
    }
    named = {name for rule in rules for name in re.findall(r"\blabourlink_\w+", rule["expr"])}
    assert named and named <= _exported(), named - _exported()


def test_the_runbook_names_only_exported_metrics() -> None:
    runbook = (ROOT / "docs" / "runbook.md").read_text()
    named = set(re.findall(r"`(labourlink_\w+)`", runbook))
    families = {family.name for family in REGISTRY.collect()}
    assert len(named) > 10 and named <= _exported() | families, named - _exported() - families


def _exported() -> set[str]:
    """The names of every sample our metrics give (a counter's with _total, a histogram's _count…)."""
    return {
        family.name + suffix
        for family in REGISTRY.collect()
        if family.name.startswith("labourlink_")
        for suffix in _SUFFIXES[family.type]
    }
