"""The Labour service as the platform runs it."""

from pathlib import Path

from services.labour.models import Base, messaging
from shared.events.catalogue import LABOUR
from shared.service import ServiceDefinition

definition = ServiceDefinition(
    name="labour",
    title="LabourLink Labour",
    description="the labour agency and its employment service centres: employers, workers, contracts, terminations, unemployment registration, counselling, training, caseworkers.",
    metadata=Base.metadata,
    messaging=messaging,
    versions_dir=Path(__file__).parent / "migrations" / "versions",
    stream=LABOUR,
)
