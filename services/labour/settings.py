"""Settings of the labour service."""

from pydantic import Field

from shared.events.vocabulary import Jurisdiction
from shared.settings import ServiceSettings


class LabourSettings(ServiceSettings):
    """The reporting deadline for terminations is law, set per jurisdiction.

    China: 15 days (Social Insurance Law 2010 art. 50; 7 days under the 1999 regulation art. 16).
    Vietnam sets none here by default; add one (e.g. TERMINATION_REPORT_DEADLINE_DAYS='{"CN":15,"VN":30}').
    """

    termination_report_deadline_days: dict[Jurisdiction, int] = Field(default_factory=lambda: {Jurisdiction.CN: 15})
