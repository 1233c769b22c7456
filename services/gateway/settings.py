"""Settings of the gateway."""

from typing import Annotated

from pydantic import Field

from shared.settings import ServiceSettings

SigningKey = Annotated[str, Field(min_length=32)]


class GatewaySettings(ServiceSettings):
    """The gateway also needs the address of each service it routes to."""

    labour_url: str = Field(description="base URL of the labour service")
    social_insurance_url: str = Field(description="base URL of the social insurance service")
    job_matching_url: str = Field(description="base URL of the job matching service")
    token_signing_key: SigningKey = Field(description="secret that signs access tokens (keep it out of the image)")
    token_previous_keys: list[SigningKey] = Field(
        default_factory=list, description="retired signing keys (a JSON list) whose tokens still verify until removed"
    )
    token_ttl_seconds: int = Field(default=300, ge=30, le=3600, description="life of an access token")
    token_leeway_seconds: int = Field(default=10, ge=0, le=60, description="clock difference allowed on exp and iat")
    upstream_timeout_seconds: float = Field(default=5.0, gt=0, description="longest wait for a service's answer")
    max_request_bytes: int = Field(default=20_000_000, ge=1024, description="larger request bodies get 413")
