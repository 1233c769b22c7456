"""What the bus tells the metrics: a consumer group's lag per topic and partition on Kafka, per
reader (one partition a topic) on the embedded log; and the trace an event carries across it."""

from shared.bus import EventBus
from shared.bus.base import BusMessage
from shared.events.envelope import CloudEvent

TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"


async def test_a_groups_lag_is_counted_per_partition_and_falls_as_it_commits(bus: EventBus, topic: str) -> None:
    await bus.ensure_topics([topic])
    await bus.publish([BusMessage(topic=topic, key=f"person-{n}".encode(), value=b"{}", headers=[]) for n in range(9)])
    lag = await bus.partition_lag(group_id="metrics-test", topics=[topic])
    assert {t for t, _ in lag} == {topic} and sum(lag.values()) == 9 == await bus.lag(
        group_id="metrics-test", topics=[topic]
    )

    reader = bus.subscribe(group_id="metrics-test", topics=[topic])
    await reader.start()
    try:
        read = []
        while len(read) < 9:
            read += await reader.poll(max_records=9, timeout_seconds=5)
        first_partition = read[0].partition
        await reader.commit([m for m in read if m.partition == first_partition])
    finally:
        await reader.stop()
    after = await bus.partition_lag(group_id="metrics-test", topics=[topic])
    assert after[(topic, first_partition)] == 0
    assert sum(after.values()) == sum(1 for m in read if m.partition != first_partition)


async def test_an_events_trace_crosses_the_bus_and_a_malformed_one_costs_nothing(bus: EventBus, topic: str) -> None:
    await bus.ensure_topics([topic])
    traced = CloudEvent(source="/labourlink/labour", type="t.v1", subject="s", data={}, traceparent=TRACEPARENT)
    await bus.publish([traced.to_bus_message(topic)])
    reader = bus.subscribe(group_id="trace-test", topics=[topic])
    await reader.start()
    try:
        (message,) = await reader.poll(max_records=10, timeout_seconds=10)
    finally:
        await reader.stop()
    assert ("ce_traceparent", TRACEPARENT.encode()) in message.headers
    assert CloudEvent.from_bus_message(value=message.value, headers=message.headers).traceparent == TRACEPARENT

    malformed = [*message.headers[:-1], ("ce_traceparent", b"not-a-trace")]
    assert CloudEvent.from_bus_message(value=message.value, headers=malformed).traceparent is None
