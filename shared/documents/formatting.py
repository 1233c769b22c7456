"""Money and dates as each language writes them, by Babel's locale data."""

from datetime import date
from decimal import Decimal
from typing import Literal

from babel.dates import format_date
from babel.numbers import format_currency

# The languages documents are written in: Vietnamese, Chinese, English.
Language = Literal["vi", "zh", "en"]
LANGUAGES: tuple[Language, ...] = ("vi", "zh", "en")

LOCALES: dict[Language, str] = {"vi": "vi_VN", "zh": "zh_CN", "en": "en"}
# Vietnamese administrative documents date as "ngày … tháng … năm …" (Decree 30/2020/ND-CP annex I).
_DATE_PATTERNS: dict[Language, str] = {"vi": "'ngày' d 'tháng' M 'năm' y", "zh": "long", "en": "long"}


def money(amount: Decimal | int | str, currency: str, language: Language) -> str:
    """`69.120.000 ₫` in Vietnamese, `¥6,912.00` in Chinese."""
    return format_currency(Decimal(amount), currency, locale=LOCALES[language])


def day(value: date | str, language: Language) -> str:
    """`ngày 2 tháng 12 năm 2026`, `2026年12月2日`, `December 2, 2026`; an ISO string may carry a time."""
    on = value if isinstance(value, date) else date.fromisoformat(value[:10])
    return format_date(on, format=_DATE_PATTERNS[language], locale=LOCALES[language])
