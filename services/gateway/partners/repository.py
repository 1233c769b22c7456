from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from services.gateway.models import Agency, Client, Credential
from shared.pagination import PageRequest
from shared.repository import Repository, where_given


class AgencyRepository(Repository[Agency]):
    model = Agency
    noun = "agency"

    async def list(self, *, page: PageRequest, only: int | None) -> dict[str, Any]:
        """Every agency, or only the one with this id."""
        return await self.page(where_given(select(Agency), (Agency.id, only)), page)


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

    async def list(self, *, page: PageRequest, agency_id: int | None, only: int | None) -> dict[str, Any]:
        """The clients of the agency asked for, within the one agency `only` when it is given."""
        statement = where_given(select(Client), (Client.agency_id, agency_id), (Client.agency_id, only))
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

    async def with_agency(self, credential_id: int) -> tuple[Credential, int] | None:
        """The credential and the id of its client's agency."""
        row = (
            await self.session.execute(
                select(Credential, Client.agency_id)
                .join(Client, Client.id == Credential.client_id)
                .where(Credential.id == credential_id)
            )
        ).first()
        return (row[0], row[1]) if row else None

    async def of_client(self, client_pk: int) -> Sequence[Credential]:
        return (
            await self.session.scalars(
                select(Credential).where(Credential.client_id == client_pk).order_by(Credential.id)
            )
        ).all()
