"""The clients' journeys run against the gateway and the services in this process."""

from tests.services.gateway.conftest import system  # noqa: F401  # the fixture, for these tests too
