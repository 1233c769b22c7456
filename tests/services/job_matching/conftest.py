import httpx

from services.job_matching.service import definition
from shared.events.envelope import CloudEvent
from tests.services import support

client = support.api_client_fixture(definition)


async def published(client: httpx.AsyncClient, event_type: str | None = None) -> list[CloudEvent]:
    """What the job matching service recorded in its outbox."""
    return await support.published(client, definition, event_type)
