"""The job matching service as the platform runs it."""

from pathlib import Path

from services.job_matching.feed.endpoints import router as feed
from services.job_matching.handlers import HANDLERS
from services.job_matching.job_fairs.endpoints import router as job_fairs
from services.job_matching.matching.endpoints import router as matching
from services.job_matching.models import Base, messaging
from services.job_matching.occupations.endpoints import router as occupations
from services.job_matching.placements.endpoints import router as placements
from services.job_matching.referrals.endpoints import router as referrals
from services.job_matching.reports.endpoints import router as reports
from services.job_matching.seekers.endpoints import router as seekers
from services.job_matching.vacancies.endpoints import router as vacancies
from shared.events.catalogue import JOB_MATCHING
from shared.service import ServiceDefinition

definition = ServiceDefinition(
    name="job_matching",
    title="LabourLink Job matching",
    description=(
        "The public employment service's matching: vacancies, job fairs, seeker profiles, explainable matching with "
        "at least three offers per seeker, referrals and placements, and a vacancy feed for job boards."
    ),
    metadata=Base.metadata,
    messaging=messaging,
    versions_dir=Path(__file__).parent / "migrations" / "versions",
    stream=JOB_MATCHING,
    routers=[occupations, vacancies, job_fairs, seekers, matching, referrals, placements, reports, feed],
    handlers=HANDLERS,
)
