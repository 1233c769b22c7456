"""The event catalogue: which service publishes which events on which topic.

Each service publishes everything it says about people on one topic, keyed by the person, so
that a consumer sees one person's events from that service in the order they happened. Payload
models live beside this module, one module per publishing service; consumers import them from
here and never from another service's code.
"""

from dataclasses import dataclass, field

from shared.events import job_matching, labour, social_insurance
from shared.events.envelope import EventPayload


@dataclass(frozen=True)
class EventStream:
    """One topic, its publishing service and the event types it carries."""

    service: str
    topic: str
    description: str
    events: tuple[type[EventPayload], ...] = field(default=())

    @property
    def source(self) -> str:
        """The CloudEvents `source` of every event on this stream."""
        return f"/labourlink/{self.service}"

    @property
    def dead_letter_topic(self) -> str:
        return dead_letter_topic(self.topic)


def dead_letter_topic(topic: str) -> str:
    """Where a consumer parks an event it could not handle after its retries."""
    return f"{topic}.dlq"


LABOUR = EventStream(
    service="labour",
    topic="labourlink.labour",
    description="What the labour agency and its employment service centres record about a person.",
    events=labour.PUBLISHED,
)
SOCIAL_INSURANCE = EventStream(
    service="social_insurance",
    topic="labourlink.social-insurance",
    description="Contributions, continuation notices, claims and benefits, per insured person.",
    events=social_insurance.PUBLISHED,
)
JOB_MATCHING = EventStream(
    service="job_matching",
    topic="labourlink.job-matching",
    description="Offers, referrals and placements, per job seeker.",
    events=job_matching.PUBLISHED,
)

STREAMS: tuple[EventStream, ...] = (LABOUR, SOCIAL_INSURANCE, JOB_MATCHING)


def stream_of(event_type: str) -> EventStream:
    """The stream that carries an event type; KeyError when no service publishes it."""
    for stream in STREAMS:
        if any(payload.event_type == event_type for payload in stream.events):
            return stream
    raise KeyError(f"no stream carries {event_type}")
