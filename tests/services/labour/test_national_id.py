"""National ID rules, one table of cases per jurisdiction."""

from datetime import date

import pytest

from services.labour.national_id import cn_check_character, id_problems
from shared.events.vocabulary import Jurisdiction, Sex

# Vietnam: 12-digit citizen ID = province code, sex/century digit, birth year, serial.
VN_CASES = [
    # id, birth date, sex, problems expected (substrings)
    ("079090001234", date(1990, 4, 12), Sex.male, []),
    ("079190001234", date(1990, 4, 12), Sex.female, []),
    ("001203001234", date(2003, 1, 1), Sex.male, []),
    ("001303001234", date(2003, 1, 1), Sex.female, []),
    ("07909000123", date(1990, 4, 12), Sex.male, ["exactly 12 digits"]),
    ("07909000123A", date(1990, 4, 12), Sex.male, ["exactly 12 digits"]),
    ("003090001234", date(1990, 4, 12), Sex.male, ["not a province code"]),
    ("079190001234", date(1990, 4, 12), Sex.male, ["4th digit"]),
    ("079091001234", date(1990, 4, 12), Sex.male, ["year of birth"]),
]


def test_the_chinese_check_character_follows_iso_7064() -> None:
    # The worked example of GB 11643-1999.
    assert cn_check_character("11010519491231002") == "X"


# China: 18-character resident ID = area, birth date, sequence (odd: male), check character.
CN_CASES = [
    ("11010519491231002X", date(1949, 12, 31), Sex.female, []),
    ("11010519491231002x", date(1949, 12, 31), Sex.female, []),  # lower-case x is read as X
    ("110105194912310021", date(1949, 12, 31), Sex.female, ["check character"]),
    ("11010519491231002X", date(1949, 12, 30), Sex.female, ["birth date"]),
    ("11010519491231002X", date(1949, 12, 31), Sex.male, ["sequence digit"]),
    ("1101051949123100", date(1949, 12, 31), Sex.female, ["17 digits"]),
    ("1101051949123100AX", date(1949, 12, 31), Sex.female, ["17 digits"]),
]


@pytest.mark.parametrize(
    ("jurisdiction", "national_id", "born", "sex", "expected"),
    [(Jurisdiction.VN, *case) for case in VN_CASES] + [(Jurisdiction.CN, *case) for case in CN_CASES],
)
def test_national_id_rules(
    jurisdiction: Jurisdiction, national_id: str, born: date, sex: Sex, expected: list[str]
) -> None:
    problems = id_problems(national_id, jurisdiction=jurisdiction, birth_date=born, sex=sex)
    assert len(problems) == len(expected)
    for problem, words in zip(problems, expected, strict=True):
        assert words in problem
