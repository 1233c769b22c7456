"""Scoring: each component moves a vacancy's rank the right way, public-welfare jobs go to people in
special hardship first, and the index ranks exactly as scoring every vacancy would."""

from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from services.job_matching.matching.scoring import SeekerFacts, VacancyFacts, VacancyIndex, rank_naively, score

SEEKER = SeekerFacts.of(
    occupations=["7223"],
    skills=["CNC operation", "technical drawing"],
    province="Hồ Chí Minh",
    district="Quận 10",
    minimum_monthly_wage=Decimal(8_000_000),
)
BEST = VacancyFacts.of(
    id=1,
    occupation="7223",
    skills=["cnc operation", "technical drawing"],
    province="Hồ Chí Minh",
    district="Quận 10",
    wage_min=Decimal(9_000_000),
    wage_max=Decimal(11_000_000),
    public_welfare=False,
)


def ranked_ids(seeker: SeekerFacts, *vacancies: VacancyFacts) -> list[int]:
    return [s.vacancy_id for s in rank_naively(seeker, vacancies, k=len(vacancies))]


@pytest.mark.parametrize(
    ("occupation", "points", "level"),
    [
        ("7223", 40, "unit group"),
        ("7224", 25, "minor group"),
        ("7212", 15, "sub-major group"),
        ("7512", 8, "major group"),
        ("8121", 0, None),
    ],
)
def test_occupation_fit_counts_the_isco_digits_shared(occupation: str, points: int, level: str | None) -> None:
    scored = score(SEEKER, replace(BEST, occupation=occupation))
    assert scored.occupation == points
    assert scored.broad is (level is not None)
    if level:
        assert f"same ISCO-08 {level}" in scored.reasons[0]


def test_a_closer_occupation_ranks_higher() -> None:
    unit, minor, major = (
        replace(BEST, id=3),
        replace(BEST, id=2, occupation="7224"),
        replace(BEST, id=1, occupation="7512"),
    )
    assert ranked_ids(SEEKER, major, minor, unit) == [3, 2, 1]


def test_more_of_the_required_skills_ranks_higher() -> None:
    both = replace(BEST, id=3)
    one = replace(BEST, id=2, skills=frozenset({"cnc operation", "welding"}))
    none = replace(BEST, id=1, skills=frozenset({"welding", "forklift"}))
    assert [score(SEEKER, v).skills for v in (both, one, none)] == [20, 10, 0]
    assert ranked_ids(SEEKER, none, one, both) == [3, 2, 1]


def test_nearer_work_ranks_higher_and_elsewhere_needs_willingness_to_move() -> None:
    same_district = replace(BEST, id=3)
    same_province = replace(BEST, id=2, district="Thủ Đức")
    elsewhere = replace(BEST, id=1, province="Bình Dương", district="Thủ Dầu Một")
    assert ranked_ids(SEEKER, elsewhere, same_province, same_district) == [3, 2]
    mover = replace(SEEKER, willing_to_relocate=True)
    assert ranked_ids(mover, elsewhere, same_province, same_district) == [3, 2, 1]
    assert score(mover, elsewhere).location == 4 and score(mover, elsewhere).broad


def test_preferred_places_count_as_accepted() -> None:
    seeker = SeekerFacts.of(
        occupations=["7223"],
        skills=[],
        province="Hồ Chí Minh",
        district="Quận 10",
        preferred_provinces=["Bình Dương"],
        preferred_districts=["Thủ Dầu Một"],
    )
    assert score(seeker, replace(BEST, province="Bình Dương", district="Thủ Dầu Một")).location == 20
    assert score(seeker, replace(BEST, province="Bình Dương", district="Dĩ An")).location == 12


def test_a_wage_at_or_above_the_minimum_ranks_higher_and_one_below_is_no_broad_match() -> None:
    above = replace(BEST, id=3)
    reaching = replace(BEST, id=2, wage_min=Decimal(6_000_000), wage_max=Decimal(8_500_000))
    below = replace(BEST, id=1, wage_min=Decimal(5_000_000), wage_max=Decimal(7_000_000))
    assert [score(SEEKER, v).wage for v in (above, reaching, below)] == [20, 10, 0]
    assert ranked_ids(SEEKER, below, reaching, above) == [3, 2, 1]
    assert not score(SEEKER, below).broad
    assert score(replace(SEEKER, minimum_monthly_wage=None), below).wage == 20


def test_a_person_in_special_hardship_comes_first_for_a_public_welfare_job() -> None:
    """Seed 000 annex §8: public-welfare jobs go first to people in special hardship, even when
    another seeker fits the job better on every other count."""
    job = replace(BEST, public_welfare=True, skills=frozenset({"cleaning"}), occupation="9112")
    best_fit = SeekerFacts.of(occupations=["9112"], skills=["cleaning"], province="Hồ Chí Minh", district="Quận 10")
    in_hardship = SeekerFacts.of(
        occupations=["9629"],
        skills=[],
        province="Hồ Chí Minh",
        district="Quận 5",
        minimum_monthly_wage=Decimal(9_500_000),
        special_hardship=True,
    )
    assert score(in_hardship, job).total > score(best_fit, job).total == 100
    assert score(in_hardship, job).priority == 100
    assert "special hardship" in score(in_hardship, job).reasons[-1]
    # ...and the priority is only for public-welfare jobs.
    assert score(in_hardship, replace(job, public_welfare=False)).priority == 0


def test_every_result_explains_itself() -> None:
    breakdown = score(SEEKER, BEST).breakdown()
    assert breakdown["total"] == 100 and breakdown["broad_match"] is True
    assert breakdown["reasons"] == [
        "same ISCO-08 unit group as 7223",
        "has 2 of 2 required skills",
        "in an accepted district (Quận 10)",
        "the wage starts at or above the seeker's minimum 8000000",
    ]


PROVINCES = ["Hà Nội", "Hồ Chí Minh", "Bình Dương"]
DISTRICTS = ["A", "B", "C"]
SKILLS = ["cnc", "welding", "drawing", "driving", "cleaning"]
OCCUPATIONS = ["7223", "7224", "7212", "7512", "8121", "8122", "9112", "2512"]
wages = st.sampled_from([None, Decimal(5_000_000), Decimal(8_000_000), Decimal(12_000_000)])

vacancies = st.lists(
    st.builds(
        lambda id, occupation, skills, province, district, low, high, welfare: VacancyFacts.of(
            id=id,
            occupation=occupation,
            skills=skills,
            province=province,
            district=district,
            wage_min=low,
            wage_max=None if high is None or low is None else max(low, high),
            public_welfare=welfare,
        ),
        st.integers(1, 10_000),
        st.sampled_from(OCCUPATIONS),
        st.sets(st.sampled_from(SKILLS), max_size=3),
        st.sampled_from(PROVINCES),
        st.sampled_from(DISTRICTS),
        wages,
        wages,
        st.booleans(),
    ),
    max_size=60,
    unique_by=lambda v: v.id,
)
seekers = st.builds(
    lambda occupations, skills, province, district, preferred, minimum, mover, hardship: SeekerFacts.of(
        occupations=occupations,
        skills=skills,
        province=province,
        district=district,
        preferred_provinces=preferred,
        minimum_monthly_wage=minimum,
        willing_to_relocate=mover,
        special_hardship=hardship,
    ),
    st.lists(st.sampled_from(OCCUPATIONS), max_size=2),
    st.sets(st.sampled_from(SKILLS), max_size=3),
    st.sampled_from(PROVINCES),
    st.sampled_from(DISTRICTS),
    st.lists(st.sampled_from(PROVINCES), max_size=1),
    wages,
    st.booleans(),
    st.booleans(),
)


@settings(max_examples=300, deadline=None)
@given(seeker=seekers, vacancies=vacancies, k=st.integers(1, 12))
def test_the_index_ranks_exactly_as_scoring_every_vacancy(
    seeker: SeekerFacts, vacancies: list[VacancyFacts], k: int
) -> None:
    index = VacancyIndex(vacancies)
    assert index.top(seeker, k) == rank_naively(seeker, vacancies, k)
    broad = [s for s in rank_naively(seeker, vacancies, len(vacancies)) if s.broad][:k]
    assert index.top(seeker, k, broad_only=True) == broad


@given(seeker=seekers, vacancies=vacancies)
def test_excluded_vacancies_are_never_ranked(seeker: SeekerFacts, vacancies: list[VacancyFacts]) -> None:
    excluded = frozenset(v.id for v in vacancies[::2])
    ranked = VacancyIndex(vacancies).top(seeker, 10, exclude=excluded)
    assert not excluded & {s.vacancy_id for s in ranked}
    assert ranked == rank_naively(seeker, [v for v in vacancies if v.id not in excluded], 10)
