from pydantic import ConfigDict, Field

from shared.events.vocabulary import Jurisdiction, WageRegion
from shared.schemas import RecordRead, Schema


class EmployerCreate(Schema):
    """An employer, identified by its enterprise/tax code."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "tax_code": "0301234562",
                    "name": "Công ty May Sài Gòn",
                    "jurisdiction": "VN",
                    "address": "12 Lý Thường Kiệt",
                    "province": "Hồ Chí Minh",
                    "district": "Quận 10",
                    "wage_region": "I",
                    "sector": "garments",
                    "state_paid": False,
                }
            ]
        }
    )

    tax_code: str = Field(
        max_length=20,
        description=(
            "Vietnam: the tax code (mã số thuế), 10 digits, a branch 10-3 (0314409058-002); "
            "China: the unified social credit code, 18 characters; checked with their check digit"
        ),
    )
    name: str = Field(min_length=1, max_length=200)
    jurisdiction: Jurisdiction
    address: str = Field(min_length=1, max_length=300)
    province: str = Field(min_length=1, max_length=100)
    district: str = Field(min_length=1, max_length=100)
    wage_region: WageRegion | None = Field(None, description="required in Vietnam")
    locality_code: str | None = Field(None, max_length=20, description="required in China")
    sector: str = Field(min_length=1, max_length=100)
    state_paid: bool = False


class EmployerRead(EmployerCreate, RecordRead):
    pass
