from typing import Annotated

from pydantic import ConfigDict, Field

from shared.events.vocabulary import Jurisdiction
from shared.schemas import RecordRead, Schema

IscoCode = Annotated[str, Field(pattern=r"^\d{4}$", description="ISCO-08 unit group (4 digits)", examples=["7223"])]


class OccupationMappingCreate(Schema):
    """A national occupation code and the ISCO-08 unit group it corresponds to."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "jurisdiction": "VN",
                    "national_code": "7223",
                    "national_title": "Thợ vận hành máy công cụ",
                    "isco_code": "7223",
                },
                {"jurisdiction": "CN", "national_code": "6-18-01-01", "national_title": "车工", "isco_code": "7223"},
            ]
        }
    )

    jurisdiction: Jurisdiction
    national_code: str = Field(min_length=1, max_length=20)
    national_title: str = Field(min_length=1, max_length=200)
    isco_code: IscoCode


class OccupationMappingRead(OccupationMappingCreate, RecordRead):
    pass
