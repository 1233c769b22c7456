"""Settings of the social insurance service."""

from decimal import Decimal

from pydantic import BaseModel, Field

from shared.events.vocabulary import Jurisdiction
from shared.settings import ServiceSettings


class AgencyContact(BaseModel):
    name: str
    phone: str
    address: str


class SocialInsuranceSettings(ServiceSettings):
    """The agency's contact printed on continuation notices, and the fund alert threshold."""

    agency_contacts: dict[Jurisdiction, AgencyContact] = Field(
        default_factory=lambda: {
            Jurisdiction.VN: AgencyContact(
                name="Bảo hiểm xã hội Việt Nam", phone="1900 9068", address="7 Tràng Thi, Hoàn Kiếm, Hà Nội"
            ),
            Jurisdiction.CN: AgencyContact(
                name="社会保险经办机构", phone="12333", address="当地社会保险经办机构服务大厅"
            ),
        }
    )
    fund_alert_threshold_months: Decimal = Field(Decimal(2), description="seed 001 §6: alert below 2 months")
    certification_due_day: str = Field(
        "12-31", pattern=r"^\d{2}-\d{2}$", description="MM-DD by which each year's certification is due"
    )
