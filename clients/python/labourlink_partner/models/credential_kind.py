from enum import StrEnum


class CredentialKind(StrEnum):
    API_KEY = "api_key"
    CLIENT_SECRET = "client_secret"

    def __str__(self) -> str:
        return str(self.value)
