"""Settings of the gateway."""

from typing import Annotated

from pydantic import Field, SecretStr

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
    max_upload_lines: int = Field(
        default=100_000, ge=1, description="NDJSON uploads of more non-blank lines get 413, whatever their size"
    )
    max_requests_in_flight_per_client: int = Field(
        default=16, ge=1, description="a client's requests this gateway process answers at once; more get 429"
    )
    credential_hash_key: SecretStr | None = Field(
        default=None,
        min_length=32,
        description="secret: the key API keys and client secrets are hashed under (HMAC-SHA256); "
        "unset, new ones are stored as plain SHA-256",
    )
    token_lockout_failures: int = Field(
        default=5, ge=1, description="consecutive bad secrets after which the token endpoint locks a client out"
    )
    token_lockout_seconds: float = Field(
        default=30, gt=0, description="the first lock-out; each further bad secret doubles it"
    )
    token_lockout_max_seconds: float = Field(default=3600, gt=0, description="the longest lock-out")
    openapi_document: bool = Field(
        default=True, description="serve the partner API's document at /openapi.json and /partner-api/openapi.json"
    )
    interactive_docs: bool = Field(default=False, description="serve the interactive /docs and /redoc pages")

    @property
    def credential_key(self) -> str | None:
        """The key credentials are hashed under, if one is set."""
        return self.credential_hash_key.get_secret_value() if self.credential_hash_key is not None else None
