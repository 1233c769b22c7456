from datetime import datetime
from typing import Literal

from pydantic import ConfigDict, Field, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError

from services.gateway.access.policy import AgencyKind
from services.gateway.models import CredentialKind
from shared.schemas import RecordRead, Schema

CLIENT_ID_PATTERN = r"^[A-Za-z0-9_.-]+$"


class AgencyCreate(Schema):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"code": "VN-GDT-HCM", "name": "Cục Thuế TP. Hồ Chí Minh", "kind": "tax"}]}
    )

    code: str = Field(min_length=2, max_length=40, pattern=r"^[A-Za-z0-9_.-]+$")
    name: str = Field(min_length=1, max_length=200)
    kind: AgencyKind
    # Its area, as registrations name theirs; none: the agency serves the whole country.
    province: str | None = Field(None, min_length=1, max_length=100, description="reads only people registered here")
    district: str | None = Field(
        None, min_length=1, max_length=100, description="of the province: reads only people registered here"
    )
    centre_code: str | None = Field(
        None,
        min_length=1,
        max_length=40,
        pattern=r"^[A-Za-z0-9_.-]+$",
        description="an employment service centre: reads only the people registered there",
    )

    @field_validator("district")
    @classmethod
    def _district_within_a_province(cls, district: str | None, info: ValidationInfo) -> str | None:
        # District names repeat across provinces: one alone names no area.
        if district is not None and info.data.get("province") is None:
            raise PydanticCustomError("district_needs_province", "a district is given with its province")
        return district


class AgencyRead(AgencyCreate, RecordRead):
    pass


class ClientCreate(Schema):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "client_id": "hcm-tax-employment-check",
                    "agency_code": "VN-GDT-HCM",
                    "name": "Employment period check",
                    "scopes": ["terminations:read", "contracts:read", "events:read"],
                    "rate_limit_per_minute": 600,
                }
            ]
        }
    )

    client_id: str = Field(min_length=3, max_length=80, pattern=CLIENT_ID_PATTERN)
    agency_code: str
    name: str = Field(min_length=1, max_length=200)
    scopes: list[str] = Field(default_factory=list, description="deny by default: only these are allowed")
    rate_limit_per_minute: int = Field(600, ge=1, le=100_000)


class ClientUpdate(Schema):
    scopes: list[str] | None = None
    active: bool | None = None
    rate_limit_per_minute: int | None = Field(None, ge=1, le=100_000)


class ClientRead(RecordRead):
    client_id: str
    agency_id: int
    name: str
    scopes: list[str]
    active: bool
    rate_limit_per_minute: int


class CredentialCreate(Schema):
    kind: CredentialKind = Field(description="an API key (X-API-Key) or an OAuth2 client secret")


class CredentialRead(RecordRead):
    kind: CredentialKind
    lookup: str = Field(description="the credential's public part")
    revoked_at: datetime | None


class IssuedCredential(CredentialRead):
    secret: str = Field(description="shown once: the gateway keeps only its hash")


class AccessToken(Schema):
    access_token: str
    token_type: Literal["Bearer"] = "Bearer"
    expires_in: int
    scope: str
