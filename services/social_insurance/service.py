"""The social insurance service as the platform runs it."""

from pathlib import Path

from services.social_insurance.benefits.endpoints import router as benefits
from services.social_insurance.claims.endpoints import router as claims
from services.social_insurance.contributions.endpoints import router as contributions
from services.social_insurance.contributions.service import partition_months_ahead
from services.social_insurance.funds.endpoints import router as funds
from services.social_insurance.funds.service import show_fund_months
from services.social_insurance.handlers import HANDLERS
from services.social_insurance.integrity.endpoints import router as integrity
from services.social_insurance.models import Base, messaging
from services.social_insurance.notices.endpoints import router as notices
from services.social_insurance.notices.service import issue_due_notices
from services.social_insurance.pensions.endpoints import router as pensions
from services.social_insurance.retirees.endpoints import router as retirees
from services.social_insurance.settings import SocialInsuranceSettings
from shared.events.catalogue import SOCIAL_INSURANCE
from shared.service import ServiceDefinition

definition = ServiceDefinition(
    name="social_insurance",
    title="LabourLink Social insurance",
    description=(
        "Contributions, continuation notices, unemployment-benefit claims under effective-dated rule packs, "
        "benefit lifecycle, fund early warning, pension continuation, retiree certification."
    ),
    metadata=Base.metadata,
    messaging=messaging,
    versions_dir=Path(__file__).parent / "migrations" / "versions",
    stream=SOCIAL_INSURANCE,
    routers=[contributions, notices, claims, benefits, funds, pensions, retirees, integrity],
    handlers=HANDLERS,
    periodic={
        "due_continuation_notices": lambda session: issue_due_notices(session=session),
        "contribution_partitions": lambda session: partition_months_ahead(session=session),
    },
    observe=show_fund_months,
    settings_class=SocialInsuranceSettings,
)
