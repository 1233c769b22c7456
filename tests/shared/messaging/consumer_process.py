"""A consumer in a process of its own, for tests that kill it with SIGKILL.

Usage: python -m tests.shared.messaging.consumer_process DATABASE_URL BOOTSTRAP TOPIC GROUP
"""

import asyncio
import sys

from shared.bus.kafka import KafkaBus
from shared.db import create_engine, create_sessionmaker
from shared.events.catalogue import EventStream
from tests.shared.messaging.harness import CaseOpened, Harness


async def main(database_url: str, bootstrap: str, topic: str, group: str) -> None:
    bus = KafkaBus(bootstrap)
    await bus.start()
    engine = create_engine(database_url)
    stream = EventStream(service="test", topic=topic, description="test", events=(CaseOpened,))
    harness = Harness(engine=engine, sessionmaker=create_sessionmaker(engine), bus=bus, stream=stream)
    consumer = harness.consumer(group=group)
    consumer.batch_size = 50  # small batches: more commit points for the kill to fall between
    await consumer.run(asyncio.Event())


if __name__ == "__main__":
    asyncio.run(main(*sys.argv[1:5]))
