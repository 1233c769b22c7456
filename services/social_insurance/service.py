"""The Social insurance service as the platform runs it."""

from pathlib import Path

from services.social_insurance.models import Base, messaging
from shared.events.catalogue import SOCIAL_INSURANCE
from shared.service import ServiceDefinition

definition = ServiceDefinition(
    name="social_insurance",
    title="LabourLink Social insurance",
    description="contributions, continuation notices, unemployment-benefit claims under effective-dated rule packs, benefit lifecycle, fund early warning, pensions.",
    metadata=Base.metadata,
    messaging=messaging,
    versions_dir=Path(__file__).parent / "migrations" / "versions",
    stream=SOCIAL_INSURANCE,
)
