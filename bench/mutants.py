"""`make mutants`: the kill rate of mutation testing per package, read from mutmut's results in
`mutants/` (run `mutmut run` first; the Makefile does). One JSON line per package, then the
surviving mutants by name (`mutmut show NAME` prints one's change)."""

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from mutmut.stats import status_by_exit_code

KILLED = {"killed", "timeout", "caught by type check"}


def results(mutants: Path) -> dict[str, dict[str, str]]:
    """Each package's mutants and their status."""
    by_package: dict[str, dict[str, str]] = defaultdict(dict)
    for meta in sorted(mutants.rglob("*.py.meta")):
        package = str(meta.parent.relative_to(mutants))
        for name, exit_code in json.loads(meta.read_text())["exit_code_by_key"].items():
            by_package[package][name] = status_by_exit_code[exit_code]
    return by_package


def main(mutants: Path = Path("mutants")) -> int:
    by_package = results(mutants)
    if not by_package:
        print(f"no results under {mutants}/: run `mutmut run` first", file=sys.stderr)
        return 1
    for package, statuses in sorted(by_package.items()):
        counts = Counter(statuses.values())
        killed = sum(counts[s] for s in KILLED)
        # Mutants no selected test reaches count against the rate: nothing would notice them.
        print(
            json.dumps(
                {
                    "package": package,
                    "mutants": len(statuses),
                    "killed": killed,
                    "survived": counts["survived"],
                    "no_tests": counts["no tests"],
                    "not_checked": counts["not checked"],
                    "kill_rate": round(killed / len(statuses), 3),
                }
            )
        )
    for _, statuses in sorted(by_package.items()):
        for name, status in sorted(statuses.items()):
            if status not in KILLED:
                print(f"{status:12} {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
