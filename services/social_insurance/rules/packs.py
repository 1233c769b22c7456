"""Loading the rulebooks' parameters (packs/*.yaml) and choosing the rulebook for a claim."""

from datetime import date
from decimal import Decimal
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import yaml

from shared.events.vocabulary import Jurisdiction, WageRegion

PACK_DIR = Path(__file__).parent / "packs"


@cache
def pack_data(pack_id: str) -> dict[str, Any]:
    """A pack's YAML, with the parameters and articles of the pack it extends merged under its own."""
    data = yaml.safe_load((PACK_DIR / f"{pack_id.lower()}.yaml").read_text())
    if parent := data.get("extends"):
        base = pack_data(parent)
        data = {
            **base,
            **data,
            "parameters": {**base["parameters"], **data["parameters"]},
            "articles": {**base["articles"], **data["articles"]},
        }
        data.setdefault("localities", base.get("localities"))
    return data


@cache
def _vn_wages() -> dict[str, Any]:
    return yaml.safe_load((PACK_DIR / "vn-wages.yaml").read_text())


def _in_force(rows: list[dict[str, Any]], on: date) -> dict[str, Any]:
    current = [row for row in rows if row["from"] <= on]
    if not current:
        raise ValueError(f"no figure in force on {on}")
    return max(current, key=lambda row: row["from"])


@lru_cache(maxsize=4096)  # asked once per claim, answered from a handful of rows
def regional_minimum_wage(region: WageRegion, on: date) -> Decimal:
    """Vietnam's regional minimum wage in force on a date."""
    return Decimal(_in_force(_vn_wages()["regional_minimum_wage"], on)[region.value])


def base_salary(on: date) -> Decimal:
    """Vietnam's base salary (lương cơ sở) in force on a date."""
    return Decimal(_in_force(_vn_wages()["base_salary"], on)["amount"])


PACK_IDS = ("VN-2013", "VN-2025", "CN-1999", "CN-JL-2003")


@lru_cache(maxsize=4096)  # asked for every claim; the answer changes only with the termination's date
def select_pack_id(*, jurisdiction: Jurisdiction, termination_date: date, locality_code: str | None) -> str:
    """The rulebook in force for a termination: by jurisdiction, date, and locality (the most specific wins)."""
    candidates = []
    for pack_id in PACK_IDS:
        data = pack_data(pack_id)
        window = data["terminations"]
        if data["jurisdiction"] != jurisdiction.value:
            continue
        if window["from"] is not None and termination_date < window["from"]:
            continue
        if window["before"] is not None and termination_date >= window["before"]:
            continue
        prefixes = data.get("locality_prefixes")
        if prefixes and not (locality_code and locality_code.startswith(tuple(prefixes))):
            continue
        candidates.append((1 if prefixes else 0, pack_id))
    if not candidates:
        raise LookupError(f"no rulebook for {jurisdiction} terminations on {termination_date}")
    return max(candidates)[1]
