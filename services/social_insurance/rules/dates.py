"""Month and working-day arithmetic the rulebooks share."""

from calendar import monthrange
from datetime import date, timedelta


def add_months(day: date, months: int) -> date:
    """The same day `months` later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb)."""
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    return date(year, month0 + 1, min(day.day, monthrange(year, month0 + 1)[1]))


def month_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def months_back(last: date, count: int) -> list[str]:
    """The `count` calendar months ending with the month of `last`, oldest first."""
    return [month_of(add_months(last.replace(day=1), -offset)) for offset in range(count - 1, -1, -1)]


def add_working_days(day: date, count: int) -> date:
    """The `count`-th working day (Monday to Friday) after `day`; public holidays are not counted out."""
    while count > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day
