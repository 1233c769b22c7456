from enum import StrEnum


class TokenBodyGrantType(StrEnum):
    CLIENT_CREDENTIALS = "client_credentials"
    URNLABOURLINKGRANT_TYPEPERSON = "urn:labourlink:grant-type:person"

    def __str__(self) -> str:
        return str(self.value)
