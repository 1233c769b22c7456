"""`make bench`: every benchmark, one JSON line each (run `python -m bench NAME` for one). The fault
run measures no speed and has its own target: `python -m bench faults` (`make faults`)."""

import asyncio
import sys

from bench import (
    claim_decisions,
    claim_growth,
    contributions_import,
    faults,
    gateway_person_reads,
    labour_bulk_upload,
    matching_rank,
    pipeline,
    public_notice_pdf,
    whole_pipeline,
)

BENCHMARKS = {
    "pipeline": pipeline.main,
    "labour_bulk_upload": labour_bulk_upload.main,
    "contributions_import": contributions_import.main,
    "claim_decisions": claim_decisions.main,
    "claim_growth": claim_growth.main,
    "matching_rank": matching_rank.main,
    "gateway_person_reads": gateway_person_reads.main,
    "public_notice_pdf": public_notice_pdf.main,
    "whole_pipeline": whole_pipeline.main,
}


RUNS = {**BENCHMARKS, "faults": faults.main}


def main() -> None:
    names = sys.argv[1:] or list(BENCHMARKS)
    for name in names:
        asyncio.run(RUNS[name]())


if __name__ == "__main__":
    main()
