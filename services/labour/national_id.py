"""National ID rules per jurisdiction.

Vietnam: the 12-digit citizen ID (căn cước công dân): a 3-digit province code, a digit for sex
and century of birth, the last two digits of the birth year, then 6 digits.
China: the 18-character resident ID (GB 11643-1999): 6-digit area code, birth date YYYYMMDD,
3-digit sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check character.
"""

from datetime import date

from shared.events.vocabulary import Jurisdiction, Sex

# Province codes of the citizen ID (Circular 07/2016/TT-BCA, 63 provinces).
VN_PROVINCE_CODES = frozenset(
    [
        "001",
        "002",
        "004",
        "006",
        "008",
        "010",
        "011",
        "012",
        "014",
        "015",
        "017",
        "019",
        "020",
        "022",
        "024",
        "025",
        "026",
        "027",
        "030",
        "031",
        "033",
        "034",
        "035",
        "036",
        "037",
        "038",
        "040",
        "042",
        "044",
        "045",
        "046",
        "048",
        "049",
        "051",
        "052",
        "054",
        "056",
        "058",
        "060",
        "062",
        "064",
        "066",
        "067",
        "068",
        "070",
        "072",
        "074",
        "075",
        "077",
        "079",
        "080",
        "082",
        "083",
        "084",
        "086",
        "087",
        "089",
        "091",
        "092",
        "093",
        "094",
        "095",
        "096",
    ]
)
_CN_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CN_CHECK = "10X98765432"


def cn_check_character(first_17_digits: str) -> str:
    """The ISO 7064 MOD 11-2 check character of a resident ID's first 17 digits."""
    return _CN_CHECK[sum(int(d) * w for d, w in zip(first_17_digits, _CN_WEIGHTS, strict=True)) % 11]


def id_problems(national_id: str, *, jurisdiction: Jurisdiction, birth_date: date, sex: Sex) -> list[str]:
    """Why a national ID is invalid for its jurisdiction and holder (empty when it is valid)."""
    if jurisdiction is Jurisdiction.VN:
        return _vietnam(national_id, birth_date, sex)
    return _china(national_id, birth_date, sex)


def _vietnam(national_id: str, birth_date: date, sex: Sex) -> list[str]:
    if len(national_id) != 12 or not national_id.isdigit():
        return ["a Vietnamese citizen ID has exactly 12 digits"]
    problems = []
    if national_id[:3] not in VN_PROVINCE_CODES:
        problems.append(f"{national_id[:3]} is not a province code of the citizen ID")
    century_digit = (birth_date.year // 100 - 19) * 2 + (1 if sex is Sex.female else 0)
    if not 0 <= century_digit <= 9 or national_id[3] != str(century_digit):
        problems.append("the 4th digit does not match the holder's sex and century of birth")
    if national_id[4:6] != f"{birth_date.year % 100:02d}":
        problems.append("the 5th and 6th digits do not match the holder's year of birth")
    return problems


def _china(national_id: str, birth_date: date, sex: Sex) -> list[str]:
    national_id = national_id.upper()
    if (
        len(national_id) != 18
        or not national_id[:17].isdigit()
        or not (national_id[17].isdigit() or national_id[17] == "X")
    ):
        return ["a Chinese resident ID has 17 digits and a check character (0-9 or X)"]
    problems = []
    if national_id[17] != cn_check_character(national_id[:17]):
        problems.append("the check character is wrong (ISO 7064 MOD 11-2)")
    if national_id[6:14] != birth_date.strftime("%Y%m%d"):
        problems.append("the birth date in the ID does not match the holder's birth date")
    if (int(national_id[16]) % 2 == 1) != (sex is Sex.male):
        problems.append("the sequence digit does not match the holder's sex (odd for men, even for women)")
    return problems
