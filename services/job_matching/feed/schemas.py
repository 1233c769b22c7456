from datetime import datetime

from pydantic import Field

from services.job_matching.vacancies.schemas import VacancyRead
from shared.schemas import Schema


class VacancyChangeRead(Schema):
    seq: int
    vacancy_id: int
    removed: bool = Field(description="true when the vacancy was filled, withdrawn or expired: take it off the board")
    vacancy: VacancyRead
    changed_at: datetime


class VacancyFeedPage(Schema):
    items: list[VacancyChangeRead]
    next_after: int = Field(description="pass as `after` next time; unchanged when nothing new arrived")
