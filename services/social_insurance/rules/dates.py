"""Month and working-day arithmetic the rulebooks share.

Every claim asks the same few questions of the calendar (the 24 months before a termination, a
benefit's payment periods), so the answers are cached: deciding a claim should cost its rules, not
its calendar arithmetic.
"""

from calendar import monthrange
from datetime import date, timedelta
from functools import lru_cache


def add_months(day: date, months: int) -> date:
    """The same day `months` later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb)."""
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    return date(year, month0 + 1, min(day.day, monthrange(year, month0 + 1)[1]))


def month_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def months_back(last: date, count: int) -> tuple[str, ...]:
    """The `count` calendar months ending with the month of `last`, oldest first."""
    return _months_back(last.year, last.month, count)


@lru_cache(maxsize=8192)
def _months_back(year: int, month: int, count: int) -> tuple[str, ...]:
    first = date(year, month, 1)
    return tuple(month_of(add_months(first, -offset)) for offset in range(count - 1, -1, -1))


@lru_cache(maxsize=8192)
def monthly_periods(start: date, months: int) -> tuple[tuple[date, date], ...]:
    """The first and last day of each of `months` monthly periods from `start`."""
    return tuple((add_months(start, n), add_months(start, n + 1) - timedelta(days=1)) for n in range(months))


def add_working_days(day: date, count: int) -> date:
    """The `count`-th working day (Monday to Friday) after `day`; public holidays are not counted out."""
    if count <= 0:
        return day
    # Any 7 days in a row hold exactly 5 working days: skip whole weeks, then count the rest
    # (at least one, so the answer is a working day even when `day` is a weekend).
    weeks, rest = divmod(count - 1, 5)
    day += timedelta(weeks=weeks)
    rest += 1
    while rest > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            rest -= 1
    return day
