"""The event bus: one interface, two backends (Kafka, and an embedded durable log)."""

from shared.bus.base import BusMessage, EventBus, ReceivedMessage, Subscription
from shared.settings import BusBackend, BusSettings


def create_bus(settings: BusSettings) -> EventBus:
    """The bus the settings name."""
    if settings.bus_backend is BusBackend.kafka:
        from shared.bus.kafka import KafkaBus, KafkaSecurity

        assert settings.kafka_bootstrap_servers is not None  # checked by the settings
        return KafkaBus(
            settings.kafka_bootstrap_servers,
            partitions=settings.topic_partitions,
            security=KafkaSecurity.of(settings),
        )
    from shared.bus.embedded import EmbeddedBus

    assert settings.embedded_log_path is not None
    return EmbeddedBus(settings.embedded_log_path)


__all__ = ["BusMessage", "EventBus", "ReceivedMessage", "Subscription", "create_bus"]
