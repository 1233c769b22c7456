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
    # The longest notice either party must give before a contract ends: Vietnam's Labour Code 2019
    # art. 35-36 (45 days for an indefinite contract; 120 days for some occupations, which give
    # notice outside this system), China's Labour Contract Law art. 37 and 40 (30 days). A
    # termination reported ahead of its last working day is announced; further ahead it is refused.
    longest_notice_days: dict[Jurisdiction, int] = Field(
        default_factory=lambda: {Jurisdiction.VN: 45, Jurisdiction.CN: 30}
    )
    # Vietnam: Labour Code 2019 art. 143-145 (15; younger only for listed light work, not recorded
    # here). China: Labour Law 1994 art. 15 (employers may not recruit minors under 16).
    minimum_working_age: dict[Jurisdiction, int] = Field(
        default_factory=lambda: {Jurisdiction.VN: 15, Jurisdiction.CN: 16}
    )
