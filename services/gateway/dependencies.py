"""FastAPI dependencies of the gateway."""

from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession

from services.gateway.routing.upstream import Upstreams
from services.gateway.settings import GatewaySettings
from shared.db import request_session

Session = Annotated[AsyncSession, Depends(request_session)]


def gateway_settings(request: Request) -> GatewaySettings:
    """The running gateway's settings."""
    return request.app.state.settings


def upstreams(request: Request) -> Upstreams:
    """The pooled clients of the services."""
    return request.app.state.upstreams


Settings = Annotated[GatewaySettings, Depends(gateway_settings)]
Services = Annotated[Upstreams, Depends(upstreams)]
