import yaml
from fastapi import APIRouter, Request, Response

from services.registry import SERVICE_NAMES, load_service
from shared.events.documents import asyncapi_document

router = APIRouter(prefix="/partner-api", tags=["documents"])


@router.get("/openapi.json")
async def openapi(request: Request) -> dict[str, object]:
    """The partner API's OpenAPI document: every /v1 operation with the scopes it needs and its examples."""
    return request.app.openapi()  # made from the operation table when the gateway started


@router.get("/asyncapi.yaml")
async def asyncapi() -> Response:
    """The AsyncAPI document of the event topics (what /v1/events serves from)."""
    document = asyncapi_document([load_service(name) for name in SERVICE_NAMES])
    return Response(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), media_type="application/yaml")
