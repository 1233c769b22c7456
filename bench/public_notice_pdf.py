"""The public list of a community's benefit recipients as a signed PDF (seed 001 §8): 50,000
recipients read, laid out and joined a chunk at a time. Prints pages/s, the peak resident memory
above the process's before the run, and the file's size, for a small list and for the large one:
bounded memory means the large list's peak stays near the small one's, not ten times it."""

import asyncio
import io
import os
import resource
import tempfile
import threading
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import insert
from sqlalchemy.ext.asyncio import create_async_engine

from bench.common import report
from services.social_insurance.models import Base, Benefit, BenefitStatus, UnemploymentRegistration
from services.social_insurance.notices import service
from services.social_insurance.notices.documents import issued_documents
from services.social_insurance.settings import SocialInsuranceSettings
from shared.clock import Clock
from shared.db import create_sessionmaker
from shared.documents.register import DocumentRegister
from shared.documents.signing import DocumentKeys, Signer

RECIPIENTS = int(os.environ.get("BENCH_PUBLIC_NOTICE_RECIPIENTS", "50000"))
SMALL = max(1, RECIPIENTS // 10)
COMMUNITY = "Phường Bến Nghé"
_PAGE = os.sysconf("SC_PAGE_SIZE")


class PeakRss:
    """The highest resident set size seen while it runs (sampled every 20 ms)."""

    def __init__(self) -> None:
        self.peak, self._running = 0, True
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while self._running:
            self.peak = max(self.peak, self.now())
            time.sleep(0.02)

    @staticmethod
    def now() -> int:
        return int(Path("/proc/self/statm").read_text().split()[1]) * _PAGE

    def __enter__(self) -> "PeakRss":
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._running = False
        self._thread.join()


async def _run(folder: Path, recipients: int) -> dict[str, object]:
    engine = create_async_engine(f"sqlite+aiosqlite:///{folder / f'si-{recipients}.db'}")
    async with engine.begin() as connection:
        await connection.run_sync(Base.metadata.create_all)
        people = [f"0791{n:08d}" for n in range(recipients)]
        await connection.execute(
            insert(UnemploymentRegistration),
            [
                {
                    "registration_id": n + 1,
                    "national_id": person,
                    "full_name": f"Nguyễn Thị Lan {n}",
                    "centre_code": "HCM-Q1",
                    "province": "Hồ Chí Minh",
                    "district": COMMUNITY,
                    "registered_on": date(2026, 1, 5),
                }
                for n, person in enumerate(people)
            ],
        )
        await connection.execute(
            insert(Benefit),
            [
                {
                    "claim_id": n + 1,
                    "national_id": person,
                    "pack": "VN-2025",
                    "status": BenefitStatus.paying,
                    "monthly_amount": Decimal(5_400_000 + n % 7 * 100_000),
                    "months": 3 + n % 10,
                    "start_date": date(2026, 2, 1),
                    "employer_tax_code": "0301234562",
                    "fund_area": "Hồ Chí Minh",
                    "community": COMMUNITY,
                }
                for n, person in enumerate(people)
            ],
        )
    sessions = create_sessionmaker(engine, Clock(date(2026, 12, 2)))
    signer = Signer("social_insurance", DocumentKeys(document_signing_key="bench-document-key-" + "x" * 32))
    settings = SocialInsuranceSettings(database_url="sqlite://", bus_backend="embedded", embedded_log_path="unused")
    before = PeakRss.now()
    started = time.perf_counter()
    with PeakRss() as rss:
        async with sessions() as session:
            document, file = await service.public_notice_pdf(
                session=session,
                register=DocumentRegister(session, issued_documents, signer),
                community=COMMUNITY,
                language="vi",
                settings=settings,
            )
            await session.commit()
        pdf = b"".join(service.blocks_of(file))
    seconds = time.perf_counter() - started
    await engine.dispose()
    assert document.content["recipients"] == recipients
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    return {
        "recipients": recipients,
        "pages": pages,
        "seconds": round(seconds, 2),
        "pages_per_second": round(pages / seconds, 1),
        "peak_rss_above_start_mb": round((rss.peak - before) / 2**20, 1),
        "pdf_mb": round(len(pdf) / 2**20, 2),
    }


async def main() -> None:
    """Render the small list, then the large one, and print one JSON line."""
    with tempfile.TemporaryDirectory() as folder:
        small = await _run(Path(folder), SMALL)
        large = await _run(Path(folder), RECIPIENTS)
    report(
        benchmark="public_notice_pdf",
        cores=os.cpu_count(),
        chunk_rows=service.PUBLIC_NOTICE_CHUNK,
        small=small,
        large=large,
        process_peak_rss_mb=round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    )


if __name__ == "__main__":
    asyncio.run(main())
