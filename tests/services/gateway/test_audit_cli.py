"""`labourlink audit-verify` as an operator runs it: the head it prints, passed back with
`--known-head`, finds a log cut short since."""

import asyncio
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from labourlink.settings import embedded_environment
from services.gateway.access.caller import Caller
from services.gateway.audit.service import record_access
from services.registry import load_service
from shared.db import create_engine, create_sessionmaker
from shared.migrations import upgrade_to_head

LABOURLINK = Path(sys.executable).with_name("labourlink")  # the command beside this interpreter, as the README runs it


def audit_verify(var: Path, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LABOURLINK), "audit-verify", "--var", str(var), *options],
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin"},
    )


def four_accesses(var: Path) -> None:
    var.mkdir()
    url = embedded_environment(var, "gateway")["DATABASE_URL"]
    upgrade_to_head(load_service("gateway"), url)
    caller = Caller(
        client_id="tax-check", agency_code="VN-GDT", agency_kind=None, scopes=frozenset(), rate_limit_per_minute=60
    )

    async def record() -> None:
        engine = create_engine(url)
        async with create_sessionmaker(engine)() as session:
            await record_access(
                session=session,
                caller=caller,
                national_ids=["001090000001", "001090000002"],
                categories=["workers"],
                purpose="inspection",
                action="GET /v1/persons",
                outcome=200,
                request_id="r1",
            )
            await record_access(
                session=session,
                caller=caller,
                national_ids=["001090000003", "001090000004"],
                categories=["workers"],
                purpose="inspection",
                action="GET /v1/persons",
                outcome=200,
                request_id="r2",
            )
            await session.commit()
        await engine.dispose()

    asyncio.run(record())


def test_the_printed_head_finds_a_truncation_later(tmp_path: Path) -> None:
    var = tmp_path / "var"
    four_accesses(var)
    first = audit_verify(var)
    assert first.returncode == 0, first.stderr
    head = json.loads(first.stdout)
    assert (head["intact"], head["entries_checked"], head["head_seq"]) == (True, 4, 4)

    with sqlite3.connect(var / "gateway.db") as database:  # someone with the file drops the trigger and the last entry
        database.execute("DROP TRIGGER audit_entries_no_delete")
        database.execute("DELETE FROM audit_entries WHERE seq = 4")
    assert audit_verify(var).returncode == 0  # the shorter chain holds on its own
    later = audit_verify(var, "--known-head", f"{head['head_seq']}:{head['head_hash']}")
    assert later.returncode == 1
    assert (
        json.loads(later.stdout)["reason"]
        == "the log ends before entry 4, which an earlier verification saw: it was truncated"
    )


def test_a_malformed_head_is_one_line_naming_the_option(tmp_path: Path) -> None:
    var = tmp_path / "var"
    four_accesses(var)
    answer = audit_verify(var, "--known-head", "4:abc")
    assert answer.returncode == 2
    assert "--known-head" in answer.stderr and "SEQ:HASH" in answer.stderr and "Traceback" not in answer.stderr
