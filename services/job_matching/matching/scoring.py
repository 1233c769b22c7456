"""Explainable scoring of a vacancy for a job seeker, and fast top-k ranking.

A score is the sum of five components, each with a reason a caseworker can read out:

| component  | points | how                                                                                  |
|------------|--------|--------------------------------------------------------------------------------------|
| occupation | 0–40   | best fit with a wished or trained occupation, by ISCO-08: the same unit group 40,    |
|            |        | minor group 25, sub-major group 15, major group 8                                    |
| skills     | 0–20   | share of the vacancy's required skills the seeker has (no requirement: 20)           |
| location   | 0–20   | an accepted district 20, an accepted province 12, elsewhere when willing to move 4   |
| wage       | 0–20   | the range starts at or above the seeker's minimum 20, reaches it 10, falls short 0   |
| priority   | 0/100  | a public-welfare job for a person in special hardship (seed 000 annex §8: offered to |
|            |        | them first); it outweighs all the rest together                                      |

A vacancy *broadly matches* (seed 000 annex §3.2) when it shares at least the major group with
one of the seeker's occupations (or the seeker named none), lies where the seeker accepts work,
and its wage range reaches the seeker's minimum. Only vacancies in a place the seeker accepts
are ranked at all.
"""

import heapq
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

OCCUPATION_POINTS = {4: 40, 3: 25, 2: 15, 1: 8, 0: 0}  # by ISCO-08 digits shared
OCCUPATION_LEVELS = {4: "unit group", 3: "minor group", 2: "sub-major group", 1: "major group"}
SKILLS_POINTS = 20
DISTRICT_POINTS, PROVINCE_POINTS, RELOCATION_POINTS = 20, 12, 4
WAGE_FULL_POINTS, WAGE_PARTIAL_POINTS = 20, 10
PRIORITY_POINTS = 100
_MOST_WITHOUT_OCCUPATION = SKILLS_POINTS + DISTRICT_POINTS + WAGE_FULL_POINTS


@dataclass(frozen=True, slots=True)
class SeekerFacts:
    """What matching needs to know about a job seeker."""

    occupations: tuple[str, ...]
    skills: frozenset[str]
    province: str
    district: str
    accepted_provinces: frozenset[str]  # home province and preferred ones
    accepted_districts: frozenset[str]  # home district and preferred ones
    minimum_monthly_wage: Decimal | None
    willing_to_relocate: bool
    special_hardship: bool

    @classmethod
    def of(
        cls,
        *,
        occupations: Iterable[str],
        skills: Iterable[str],
        province: str,
        district: str,
        preferred_provinces: Iterable[str] = (),
        preferred_districts: Iterable[str] = (),
        minimum_monthly_wage: Decimal | None = None,
        willing_to_relocate: bool = False,
        special_hardship: bool = False,
    ) -> "SeekerFacts":
        """Facts with skills normalised and home places counted as accepted."""
        return cls(
            occupations=tuple(dict.fromkeys(occupations)),
            skills=frozenset(s.casefold() for s in skills),
            province=province,
            district=district,
            accepted_provinces=frozenset((province, *preferred_provinces)),
            accepted_districts=frozenset((district, *preferred_districts)),
            minimum_monthly_wage=minimum_monthly_wage,
            willing_to_relocate=willing_to_relocate,
            special_hardship=special_hardship,
        )


@dataclass(frozen=True, slots=True)
class VacancyFacts:
    """What matching needs to know about an open vacancy."""

    id: int
    occupation: str  # ISCO-08 unit group
    skills: frozenset[str]
    province: str
    district: str
    wage_min: Decimal | None
    wage_max: Decimal | None
    public_welfare: bool

    @classmethod
    def of(
        cls,
        *,
        id: int,
        occupation: str,
        skills: Iterable[str],
        province: str,
        district: str,
        wage_min: Decimal | None,
        wage_max: Decimal | None,
        public_welfare: bool,
    ) -> "VacancyFacts":
        """Facts with skills normalised."""
        return cls(
            id=id,
            occupation=occupation,
            skills=frozenset(s.casefold() for s in skills),
            province=province,
            district=district,
            wage_min=wage_min,
            wage_max=wage_max,
            public_welfare=public_welfare,
        )


@dataclass(frozen=True, slots=True)
class Score:
    """A vacancy's score for a seeker, component by component, with the reasons."""

    vacancy_id: int
    occupation: int
    skills: int
    location: int
    wage: int
    priority: int
    broad: bool
    reasons: tuple[str, ...] = field(default=())

    @property
    def total(self) -> int:
        return self.occupation + self.skills + self.location + self.wage + self.priority

    def breakdown(self) -> dict[str, object]:
        """The score as a caseworker sees it."""
        return {
            "total": self.total,
            "occupation": self.occupation,
            "skills": self.skills,
            "location": self.location,
            "wage": self.wage,
            "priority": self.priority,
            "broad_match": self.broad,
            "reasons": list(self.reasons),
        }


def shared_digits(a: str, b: str) -> int:
    """How many leading ISCO-08 digits two codes share (4: same unit group)."""
    count = 0
    for x, y in zip(a, b, strict=False):  # codes of different lengths share their common prefix
        if x != y:
            break
        count += 1
    return count


def _location(seeker: SeekerFacts, vacancy: VacancyFacts) -> tuple[int, str]:
    if vacancy.province in seeker.accepted_provinces:
        if vacancy.district in seeker.accepted_districts:
            return DISTRICT_POINTS, f"in an accepted district ({vacancy.district})"
        return PROVINCE_POINTS, f"in an accepted province ({vacancy.province})"
    if seeker.willing_to_relocate:
        return RELOCATION_POINTS, f"in {vacancy.province}: the seeker is willing to move"
    return 0, f"in {vacancy.province}, where the seeker does not accept work"


def _wage(seeker: SeekerFacts, vacancy: VacancyFacts) -> tuple[int, str]:
    minimum = seeker.minimum_monthly_wage
    if minimum is None:
        return WAGE_FULL_POINTS, "the seeker set no minimum wage"
    if vacancy.wage_min is not None and vacancy.wage_min >= minimum:
        return WAGE_FULL_POINTS, f"the wage starts at or above the seeker's minimum {minimum}"
    if vacancy.wage_max is None or vacancy.wage_max >= minimum:
        return WAGE_PARTIAL_POINTS, f"the wage range reaches the seeker's minimum {minimum}"
    return 0, f"the wage tops out at {vacancy.wage_max}, below the seeker's minimum {minimum}"


def score(seeker: SeekerFacts, vacancy: VacancyFacts, *, explain: bool = True) -> Score:
    """Score one vacancy for one seeker; `explain=False` skips the reasons (ranking many)."""
    digits = max((shared_digits(o, vacancy.occupation) for o in seeker.occupations), default=0)
    occupation = OCCUPATION_POINTS[digits]
    if vacancy.skills:
        matched = len(vacancy.skills & seeker.skills)
        skills = SKILLS_POINTS * matched // len(vacancy.skills)
    else:
        matched, skills = 0, SKILLS_POINTS
    location, location_reason = _location(seeker, vacancy)
    wage, wage_reason = _wage(seeker, vacancy)
    priority = PRIORITY_POINTS if vacancy.public_welfare and seeker.special_hardship else 0
    broad = (digits >= 1 or not seeker.occupations) and location > 0 and wage > 0
    reasons: tuple[str, ...] = ()
    if explain:
        occupation_reason = (
            f"same ISCO-08 {OCCUPATION_LEVELS[digits]} as {vacancy.occupation}"
            if digits
            else f"occupation {vacancy.occupation} is outside the seeker's major groups"
        )
        skills_reason = (
            f"has {matched} of {len(vacancy.skills)} required skills" if vacancy.skills else "no skills required"
        )
        reasons = (occupation_reason, skills_reason, location_reason, wage_reason)
        if priority:
            reasons += ("public-welfare job: a person in special hardship comes first",)
    return Score(vacancy.id, occupation, skills, location, wage, priority, broad, reasons)


def _order(scored: Score) -> tuple[int, int]:
    return (-scored.total, scored.vacancy_id)


def rank_naively(seeker: SeekerFacts, vacancies: Sequence[VacancyFacts], k: int) -> list[Score]:
    """Score every vacancy and keep the best k: the baseline the index must agree with."""
    scored = [score(seeker, v, explain=False) for v in vacancies]
    return sorted((s for s in scored if _ranked(seeker, s)), key=_order)[:k]


def _ranked(seeker: SeekerFacts, scored: Score) -> bool:
    # Only vacancies the seeker could take are ranked: an accepted place, and a fitting
    # occupation when the seeker named any.
    return scored.location > 0 and (scored.occupation > 0 or not seeker.occupations)


class VacancyIndex:
    """Open vacancies grouped by occupation prefix, place and public-welfare flag, so a ranking
    scores only the groups whose best possible score can still reach the top k."""

    def __init__(self, vacancies: Iterable[VacancyFacts]) -> None:
        self.vacancies: dict[int, VacancyFacts] = {}
        # (ISCO prefix, province, public welfare) -> vacancies; prefix "" holds them all
        self._by_province: dict[tuple[str, str, bool], list[VacancyFacts]] = defaultdict(list)
        self._anywhere: dict[tuple[str, bool], list[VacancyFacts]] = defaultdict(list)
        for vacancy in vacancies:
            self.vacancies[vacancy.id] = vacancy
            for digits in range(5):
                prefix = vacancy.occupation[:digits]
                self._by_province[prefix, vacancy.province, vacancy.public_welfare].append(vacancy)
                self._anywhere[prefix, vacancy.public_welfare].append(vacancy)

    def __len__(self) -> int:
        return len(self.vacancies)

    def _groups(self, seeker: SeekerFacts) -> list[tuple[int, list[VacancyFacts]]]:
        """Every group that may hold a ranked vacancy, with the most any of its vacancies can score."""
        groups = []
        prefixes = {o[:d]: d for o in seeker.occupations for d in range(1, 5)} if seeker.occupations else {"": 0}
        for prefix, digits in prefixes.items():
            for public_welfare in (False, True):
                ceiling = (
                    OCCUPATION_POINTS[digits]
                    + _MOST_WITHOUT_OCCUPATION
                    + (PRIORITY_POINTS if public_welfare and seeker.special_hardship else 0)
                )
                for province in seeker.accepted_provinces:
                    if members := self._by_province.get((prefix, province, public_welfare)):
                        groups.append((ceiling, members))
                if seeker.willing_to_relocate and (members := self._anywhere.get((prefix, public_welfare))):
                    groups.append((ceiling - DISTRICT_POINTS + RELOCATION_POINTS, members))
        groups.sort(key=lambda group: -group[0])
        return groups

    def top(
        self,
        seeker: SeekerFacts,
        k: int,
        *,
        exclude: frozenset[int] = frozenset(),
        broad_only: bool = False,
    ) -> list[Score]:
        """The best k ranked (or only broadly matching) vacancies for the seeker, best first, the
        same as `rank_naively`.

        A vacancy reached through a looser group is scored exactly all the same; the search stops
        once the k-th best beats the ceiling of every group not yet opened."""
        if k <= 0:
            return []
        best: list[tuple[int, int, Score]] = []  # a heap of (total, -id) holding the k best
        seen = set(exclude)
        for ceiling, members in self._groups(seeker):
            if len(best) == k and best[0][0] > ceiling:
                break
            for vacancy in members:
                if vacancy.id in seen:
                    continue
                seen.add(vacancy.id)
                scored = score(seeker, vacancy, explain=False)
                if not (scored.broad if broad_only else _ranked(seeker, scored)):
                    continue
                entry = (scored.total, -scored.vacancy_id, scored)
                if len(best) < k:
                    heapq.heappush(best, entry)
                elif entry[:2] > best[0][:2]:
                    heapq.heapreplace(best, entry)
        return sorted((entry[2] for entry in best), key=_order)
