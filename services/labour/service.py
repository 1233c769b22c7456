"""The labour service as the platform runs it."""

from pathlib import Path

from services.labour.centres.endpoints import router as centres
from services.labour.contracts.endpoints import router as contracts
from services.labour.counselling.endpoints import router as counselling
from services.labour.employers.endpoints import router as employers
from services.labour.handlers import HANDLERS
from services.labour.hardship.endpoints import router as hardship
from services.labour.models import Base, messaging
from services.labour.reemployment.endpoints import router as reemployment
from services.labour.registrations.endpoints import router as registrations
from services.labour.settings import LabourSettings
from services.labour.sync.endpoints import router as sync
from services.labour.terminations.endpoints import router as terminations
from services.labour.training.endpoints import router as training
from services.labour.workers.endpoints import router as workers
from shared.events.catalogue import LABOUR
from shared.service import ServiceDefinition

definition = ServiceDefinition(
    name="labour",
    title="LabourLink Labour",
    description=(
        "The labour agency and its employment service centres: employers, workers, contracts, terminations, "
        "unemployment registration, counselling, training, caseworkers."
    ),
    metadata=Base.metadata,
    messaging=messaging,
    versions_dir=Path(__file__).parent / "migrations" / "versions",
    stream=LABOUR,
    routers=[
        employers,
        workers,
        contracts,
        terminations,
        centres,
        registrations,
        counselling,
        training,
        hardship,
        reemployment,
        sync,
    ],
    handlers=HANDLERS,
    settings_class=LabourSettings,
)
