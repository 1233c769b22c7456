"""`make bench`: every benchmark, one JSON line each (run `python -m bench NAME` for one)."""

import asyncio
import sys

from bench import claim_decisions, gateway_person_reads, labour_bulk_upload, matching_rank, pipeline, whole_pipeline

BENCHMARKS = {
    "pipeline": pipeline.main,
    "labour_bulk_upload": labour_bulk_upload.main,
    "claim_decisions": claim_decisions.main,
    "matching_rank": matching_rank.main,
    "gateway_person_reads": gateway_person_reads.main,
    "whole_pipeline": whole_pipeline.main,
}


def main() -> None:
    names = sys.argv[1:] or list(BENCHMARKS)
    for name in names:
        asyncio.run(BENCHMARKS[name]())


if __name__ == "__main__":
    main()
