from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from services.gateway.models import Agency, Client, Credential
from shared.pagination import PageRequest
from shared.repository import Repository


class AgencyRepository(Repository[Agency]):
    model = Agency
    noun = "agency"

    async def list(self, *, page: PageRequest) -> dict[str, Any]:
        return await self.page(select(Agency), page)


class ClientRepository(Repository[Client]):
    model = Client
    noun = "client"

    async def with_agency(self, client_id: str) -> tuple[Client, Agency] | None:
        row = (
            await self.session.execute(
                select(Client, Agency).join(Agency, Agency.id == Client.agency_id).where(Client.client_id == client_id)
            )
        ).first()
        return (row[0], row[1]) if row else None

    async def list(self, *, page: PageRequest, agency_id: int | None) -> dict[str, Any]:
        statement = select(Client)
        if agency_id is not None:
            statement = statement.where(Client.agency_id == agency_id)
        return await self.page(statement, page)


class CredentialRepository(Repository[Credential]):
    model = Credential
    noun = "credential"

    async def live_by_lookup(self, lookup: str) -> tuple[Credential, Client, Agency] | None:
        row = (
            await self.session.execute(
                select(Credential, Client, Agency)
                .join(Client, Client.id == Credential.client_id)
                .join(Agency, Agency.id == Client.agency_id)
                .where(Credential.lookup == lookup, Credential.revoked_at.is_(None))
            )
        ).first()
        return (row[0], row[1], row[2]) if row else None

    async def of_client(self, client_pk: int) -> Sequence[Credential]:
        return (
            await self.session.scalars(
                select(Credential).where(Credential.client_id == client_pk).order_by(Credential.id)
            )
        ).all()
