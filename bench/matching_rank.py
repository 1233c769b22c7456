"""Ranking the top 10 open vacancies for 100,000 job seekers against 20,000 vacancies with the
pruned index, against a naive baseline in the same run that scores every vacancy for every
seeker (on a sample: it is ~100x slower). The index's answers are checked against the baseline's."""

import os
import random
import time
from decimal import Decimal

from bench.common import report
from services.job_matching.matching.scoring import SeekerFacts, VacancyFacts, VacancyIndex, rank_naively

SEEKERS = int(os.environ.get("BENCH_SEEKERS", "100000"))
VACANCIES = int(os.environ.get("BENCH_VACANCIES", "20000"))
BASELINE_SEEKERS = int(os.environ.get("BENCH_BASELINE_SEEKERS", "300"))
TOP = 10

# 63 provinces of which a few big cities hold most jobs and people; 400 ISCO-like unit groups in
# 10 major groups; a vocabulary of 300 skills.
PROVINCES = [f"P{n:02d}" for n in range(63)]
PROVINCE_WEIGHTS = [1 / (rank + 1) for rank in range(len(PROVINCES))]
OCCUPATIONS = [f"{major}{minor}{unit:02d}" for major in range(1, 10) for minor in range(1, 6) for unit in range(1, 10)][
    :400
]
OCCUPATION_WEIGHTS = [1 / (rank + 1) ** 0.7 for rank in range(len(OCCUPATIONS))]
SKILLS = [f"skill-{n}" for n in range(300)]
WAGES = [Decimal(m * 1_000_000) for m in range(5, 20)]


def _place(rng: random.Random) -> tuple[str, str]:
    province = rng.choices(PROVINCES, PROVINCE_WEIGHTS)[0]
    return province, f"{province}-D{rng.randrange(10)}"


def _vacancy(n: int, rng: random.Random) -> VacancyFacts:
    province, district = _place(rng)
    low = rng.choice(WAGES)
    return VacancyFacts.of(
        id=n,
        occupation=rng.choices(OCCUPATIONS, OCCUPATION_WEIGHTS)[0],
        skills=rng.sample(SKILLS, rng.randint(0, 4)),
        province=province,
        district=district,
        wage_min=low,
        wage_max=low + Decimal(3_000_000),
        public_welfare=rng.random() < 0.03,
    )


def _seeker(rng: random.Random) -> SeekerFacts:
    province, district = _place(rng)
    return SeekerFacts.of(
        occupations=rng.choices(OCCUPATIONS, OCCUPATION_WEIGHTS, k=rng.randint(1, 2)),
        skills=rng.sample(SKILLS, rng.randint(0, 5)),
        province=province,
        district=district,
        preferred_provinces=[_place(rng)[0]] if rng.random() < 0.2 else [],
        minimum_monthly_wage=rng.choice([None, *WAGES[:8]]),
        willing_to_relocate=rng.random() < 0.3,
        special_hardship=rng.random() < 0.05,
    )


def main_sync() -> None:
    rng = random.Random(11)
    vacancies = [_vacancy(n, rng) for n in range(1, VACANCIES + 1)]
    seekers = [_seeker(rng) for _ in range(SEEKERS)]

    started = time.perf_counter()
    index = VacancyIndex(vacancies)
    index_seconds = time.perf_counter() - started

    started = time.perf_counter()
    ranked = [index.top(seeker, TOP) for seeker in seekers]
    indexed_seconds = time.perf_counter() - started

    sample = seekers[:BASELINE_SEEKERS]
    started = time.perf_counter()
    baseline = [rank_naively(seeker, vacancies, TOP) for seeker in sample]
    baseline_seconds = time.perf_counter() - started
    if baseline != ranked[:BASELINE_SEEKERS]:
        raise AssertionError("the index ranked differently from scoring every vacancy")

    indexed_rate, baseline_rate = SEEKERS / indexed_seconds, BASELINE_SEEKERS / baseline_seconds
    report(
        benchmark="matching_rank",
        seekers=SEEKERS,
        open_vacancies=VACANCIES,
        top=TOP,
        index_build_s=round(index_seconds, 2),
        seekers_per_s=round(indexed_rate),
        baseline_seekers=BASELINE_SEEKERS,
        baseline_seekers_per_s=round(baseline_rate, 1),
        ratio=round(indexed_rate / baseline_rate, 1),
        with_fewer_than_top=sum(len(r) < TOP for r in ranked),
    )


async def main() -> None:
    main_sync()
