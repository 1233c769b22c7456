"""Prometheus metrics shared by every service process (labelled by service)."""

from prometheus_client import Counter, Histogram

HTTP_REQUESTS = Counter(
    "labourlink_http_requests_total", "HTTP requests served", ["service", "method", "route", "status"]
)
HTTP_LATENCY = Histogram(
    "labourlink_http_request_seconds",
    "HTTP request duration",
    ["service", "route"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5),
)
OUTBOX_RECORDED = Counter("labourlink_outbox_recorded_total", "Events written to the outbox", ["service"])
OUTBOX_PUBLISHED = Counter("labourlink_outbox_published_total", "Outbox events published to the bus", ["service"])
INBOX_EVENTS = Counter(
    "labourlink_inbox_events_total",
    "Events received by a consumer, by outcome",
    ["service", "group", "outcome"],
)
