from fastapi import APIRouter, Query, Request, Response

from services.job_matching.dependencies import Session
from services.job_matching.feed import service
from services.job_matching.feed.schemas import VacancyFeedPage
from shared.conditional import not_modified

router = APIRouter(prefix="/feed", tags=["vacancy feed for job boards"])


@router.get(
    "/vacancies", response_model=VacancyFeedPage, responses={304: {"description": "nothing new since the cursor"}}
)
async def vacancy_feed(
    request: Request,
    response: Response,
    session: Session,
    after: int = Query(0, ge=0, description="`next_after` of the previous pull; 0 for everything"),
    limit: int = Query(200, ge=1, le=1000),
) -> object:
    """Vacancies that changed after the cursor, oldest first; removed ones are marked.

    Send the ETag back as If-None-Match: when nothing changed the answer is 304 with no body."""
    tag, seqs = await service.feed_tag(session=session, after=after, limit=limit)
    if (unchanged := not_modified(request, tag)) is not None:
        return unchanged
    response.headers["ETag"] = tag
    return await service.feed_page(session=session, after=after, seqs=seqs)
