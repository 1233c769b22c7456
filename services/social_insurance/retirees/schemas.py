from datetime import date

from pydantic import ConfigDict, Field

from shared.national_id import NationalId
from shared.schemas import RecordRead, Schema


class RetireeCreate(Schema):
    """A retiree managed by their street and community (city, county, street, community: seed 002)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "national_id": "22010219550312002X",
                    "full_name": "王秀兰",
                    "city": "长春市",
                    "county": "朝阳区",
                    "street": "红旗街道",
                    "community_code": "CC-HQ-01",
                    "pension_since": "2010-04-01",
                }
            ]
        }
    )

    national_id: NationalId
    full_name: str = Field(min_length=1, max_length=200)
    city: str
    county: str
    street: str
    community_code: str
    pension_since: date


class RetireeRead(RetireeCreate, RecordRead):
    pass


class CertificationCreate(Schema):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"year": 2026, "certified_on": "2026-05-10", "certified_by": "红旗街道劳动保障站"}]
        }
    )

    year: int = Field(ge=1990, le=2100)
    certified_on: date
    certified_by: str = Field(min_length=1, max_length=200)
    note: str | None = None


class CertificationRead(CertificationCreate, RecordRead):
    retiree_id: int


class OverdueRetiree(Schema):
    retiree_id: int
    national_id: str
    full_name: str
    community_code: str
    last_certified_year: int | None


class Staffing(Schema):
    """Labour-station staff a community needs: one per 500 retirees, at most four per station (seed 002)."""

    community_code: str
    retirees: int
    staff_needed: int
    stations_needed: int = Field(description="more than one station when four staff cannot cover the retirees")
