"""The fault run's short version (bench/faults.py): 1,000 terminations through the whole system on a
Kafka broker and a PostgreSQL server of its own, while one fault of each kind happens — a service
process killed, a worker paused past its session timeout, the broker killed and restarted,
PostgreSQL restarted without a checkpoint, one service's connections to Kafka and to PostgreSQL
cut. Nothing is lost, nothing happens twice, every event reached every consumer group once."""

from bench.faults import KINDS, run


async def test_a_system_broken_once_in_every_way_under_load_loses_nothing_and_doubles_nothing() -> None:
    figures = await run(terminations=1000, seed_value=18, kills=1, workers_per_service=1)

    assert figures["faults"] == dict.fromkeys(KINDS, 1)
    assert figures["lost_by_effect"] == {}
    assert figures["doubled_by_effect"] == {}
    assert (figures["lost"], figures["doubled"]) == (0, 0)
    assert figures["events_not_consumed_once"] == {}
    assert figures["dead_letters"] == 0
    assert figures["audit"]["intact"] is True
    assert figures["partner_reads"] > 0, "the partner read nobody through the gateway: the audit chain proves nothing"
