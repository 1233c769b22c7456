"""The Gateway service as the platform runs it."""

from pathlib import Path

from services.gateway.models import Base, messaging
from shared.service import ServiceDefinition
from shared.settings import GatewaySettings

definition = ServiceDefinition(
    name="gateway",
    title="LabourLink Gateway",
    description="The REST front door for partner agencies and employment service centres.",
    metadata=Base.metadata,
    messaging=messaging,
    versions_dir=Path(__file__).parent / "migrations" / "versions",
    settings_class=GatewaySettings,
)
