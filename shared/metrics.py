"""Prometheus metrics of every process (labelled by service). docs/runbook.md lists them and
deploy/monitoring/alerts.yml alerts on them; a test holds the two to what is defined here."""

from prometheus_client import Counter, Gauge, Histogram

_SECONDS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5)

# Every HTTP request, by the route's template (a partner call: its operation's public template).
HTTP_REQUESTS = Counter(
    "labourlink_http_requests_total", "HTTP requests served", ["service", "method", "route", "status"]
)
HTTP_LATENCY = Histogram(
    "labourlink_http_request_seconds",
    "HTTP request duration",
    ["service", "method", "route", "status"],
    buckets=_SECONDS,
)
# The gateway's partner calls, by the service that owns the operation and the partner client.
PARTNER_REQUESTS = Counter(
    "labourlink_gateway_requests_total",
    "Partner calls answered by the gateway",
    ["method", "route", "status", "upstream", "partner_client"],
)
UPSTREAM_LATENCY = Histogram(
    "labourlink_gateway_upstream_seconds",
    "Duration of one exchange of the gateway with a service",
    ["upstream", "outcome"],
    buckets=_SECONDS,
)
UPSTREAM_RETRIES = Counter("labourlink_gateway_upstream_retries_total", "Reads tried again on a service", ["upstream"])
BREAKER_OPEN = Gauge(
    "labourlink_gateway_breaker_open", "1 while the circuit breaker of a service is open, else 0", ["upstream"]
)
RATE_LIMIT_REFUSALS = Counter(
    "labourlink_gateway_rate_limited_total", "Calls refused for the client's rate limit (429)", ["partner_client"]
)
AUDIT_CHAIN_BROKEN = Gauge(
    "labourlink_gateway_audit_chain_broken", "1 when the last verification of the audit hash chain failed, else 0"
)

OUTBOX_RECORDED = Counter("labourlink_outbox_recorded_total", "Events written to the outbox", ["service"])
OUTBOX_PUBLISHED = Counter("labourlink_outbox_published_total", "Outbox events published to the bus", ["service"])
# Refreshed when /metrics is read (shared/runtime.py): a query, not a cost on every event.
OUTBOX_PENDING = Gauge("labourlink_outbox_pending", "Outbox events not yet published", ["service"])
OUTBOX_OLDEST_AGE = Gauge(
    "labourlink_outbox_oldest_pending_seconds", "Age of the oldest unpublished outbox event (0: none)", ["service"]
)
CONSUMER_LAG = Gauge(
    "labourlink_consumer_lag",
    "Events of a partition the consumer group has not committed (embedded log: one partition per topic)",
    ["service", "consumer_group", "topic", "partition"],
)
EVENTS_HANDLED = Counter(
    "labourlink_events_handled_total",
    "Events received by a consumer, by outcome (processed, skipped, dead_lettered)",
    ["service", "consumer_group", "event_type", "outcome"],
)
EVENTS_RETRIED = Counter(
    "labourlink_events_retried_total",
    "Handler attempts that failed and were tried again",
    ["service", "consumer_group", "event_type"],
)
DEAD_LETTERS = Gauge(
    "labourlink_dead_letters",
    "Open dead letters of a consumer group (not re-driven or discarded)",
    ["service", "consumer_group"],
)
FUND_MONTHS = Gauge(
    "labourlink_fund_months_remaining", "Months the unemployment fund of an area can pay at the current rate", ["area"]
)
