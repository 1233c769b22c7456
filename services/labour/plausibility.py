"""Dates that cannot be true are refused, naming the field and the limit. The limits are law, set
per jurisdiction in the settings (LabourSettings): the longest notice a contract can give and the
minimum working age. "Today" is the service's clock (shared/clock.py)."""

from datetime import date, timedelta

from services.labour.settings import LabourSettings
from shared.events.vocabulary import Jurisdiction
from shared.problems import InvalidInput


def not_after_today(field: str, value: date, *, today: date) -> InvalidInput | None:
    """A registration, report or notice is dated on or before the day it is recorded."""
    if value > today:
        return InvalidInput.of(field, "not_in_future", f"{value} is after today ({today})")
    return None


def plausible_birth_date(birth_date: date, *, today: date) -> InvalidInput | None:
    """A birth date is in the past."""
    if birth_date >= today:
        return InvalidInput.of("birth_date", "in_the_past", f"{birth_date} is not before today ({today})")
    return None


def working_age(
    *, birth_date: date, start_date: date, jurisdiction: Jurisdiction, settings: LabourSettings
) -> InvalidInput | None:
    """The worker has reached the minimum working age on the contract's first day."""
    minimum = settings.minimum_working_age[jurisdiction]
    turned = date(
        birth_date.year + minimum,
        birth_date.month,
        28 if (birth_date.month, birth_date.day) == (2, 29) else birth_date.day,
    )
    if start_date < turned:
        return InvalidInput.of(
            "start_date",
            "minimum_working_age",
            f"the worker is under {minimum} on {start_date} (born {birth_date}); the minimum working age in "
            f"{jurisdiction} is {minimum}",
        )
    return None


def last_working_day(
    value: date, *, jurisdiction: Jurisdiction, today: date, settings: LabourSettings
) -> InvalidInput | None:
    """A last working day ahead of today is at most the longest legal notice period away (then the
    termination is announced); further ahead it cannot be known yet."""
    longest = settings.longest_notice_days[jurisdiction]
    if value > today + timedelta(days=longest):
        return InvalidInput.of(
            "last_working_day",
            "within_notice_period",
            f"{value} is more than {longest} days ahead, the longest notice period in {jurisdiction}; "
            f"report it when notice is given",
        )
    return None
