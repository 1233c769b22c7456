"""The Job matching service as the platform runs it."""

from pathlib import Path

from services.job_matching.models import Base, messaging
from shared.events.catalogue import JOB_MATCHING
from shared.service import ServiceDefinition

definition = ServiceDefinition(
    name="job_matching",
    title="LabourLink Job matching",
    description="vacancies, seeker profiles, matching, referrals and placements.",
    metadata=Base.metadata,
    messaging=messaging,
    versions_dir=Path(__file__).parent / "migrations" / "versions",
    stream=JOB_MATCHING,
)
