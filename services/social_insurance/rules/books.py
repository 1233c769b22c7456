"""Every rulebook by its pack id."""

from datetime import date
from functools import cache

from services.social_insurance.rules.base import Rulebook
from services.social_insurance.rules.cn_1999 import China1999
from services.social_insurance.rules.cn_jl_2003 import Jilin2003
from services.social_insurance.rules.packs import select_pack_id
from services.social_insurance.rules.vn_2013 import Vietnam2013
from services.social_insurance.rules.vn_2025 import Vietnam2025
from shared.events.vocabulary import Jurisdiction

_BOOKS: dict[str, type[Rulebook]] = {b.id: b for b in (Vietnam2013, Vietnam2025, China1999, Jilin2003)}


@cache
def rulebook(pack_id: str) -> Rulebook:
    """The rulebook of a pack id."""
    return _BOOKS[pack_id]()


def rulebook_for(*, jurisdiction: Jurisdiction, termination_date: date, locality_code: str | None) -> Rulebook:
    """The rulebook in force for a termination."""
    return rulebook(
        select_pack_id(jurisdiction=jurisdiction, termination_date=termination_date, locality_code=locality_code)
    )
