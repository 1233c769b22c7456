from datetime import date
from decimal import Decimal

from pydantic import Field

from services.job_matching.vacancies.schemas import VacancyRead
from shared.schemas import PersonRecordRead, Schema


class Breakdown(Schema):
    """A score component by component, with the reasons a caseworker can read out."""

    total: int
    occupation: int = Field(description="0-40: same ISCO-08 unit 40, minor 25, sub-major 15, major group 8")
    skills: int = Field(description="0-20: share of the required skills the seeker has")
    location: int = Field(
        description="0-20: accepted district 20, accepted province 12, elsewhere and willing to move 4"
    )
    wage: int = Field(description="0-20: starts at or above the seeker's minimum 20, reaches it 10")
    priority: int = Field(description="100 for a public-welfare job and a person in special hardship, else 0")
    broad_match: bool = Field(description="counts towards the three offers (seed 000 annex §3.2)")
    reasons: list[str]


class Match(Schema):
    vacancy: VacancyRead
    breakdown: Breakdown


class OfferRead(PersonRecordRead):
    seeker_id: int
    vacancy_id: int
    score: Decimal
    breakdown: Breakdown
    offered_on: date
    withdrawn_on: date | None = Field(None, description="set when the seeker found work and the offer was withdrawn")


class OfferRound(Schema):
    """What an offer round did."""

    seekers_considered: int
    offers_made: int
    seekers_short: int = Field(
        description="seekers who still have fewer than three open offers: see /reports/offer-shortages"
    )


class Shortage(Schema):
    national_id: str
    centre_code: str | None
    open_offers: int
    broad_matches_not_yet_offered: int
    short_by: int = Field(description="offers missing to reach three, with the market as it is")
