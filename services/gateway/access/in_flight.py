"""How many requests each client has in flight, per gateway process: over the limit, 429.

Per process, not across replicas, and on purpose: what a client holding many slow requests open
exhausts is a process's own workers, service connections and database pool, so that is where it
is counted. A shared count would need a lease per request in the database (two writes a request)
and leases left behind by a replica that dies; across replicas the shared rate limit
(rate_limits.py) already bounds a client's total."""

from collections import Counter

from shared.problems import TooManyRequests

RULE = "max_requests_in_flight_per_client"
STATE = "in_flight_client"  # request.state: whose slot the request holds, released when it ends


class InFlight:
    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()

    def enter(self, client_id: str, *, limit: int) -> None:
        """Take one of the client's slots, or refuse (429 naming the rule) when all are taken."""
        if self.counts[client_id] >= limit:
            raise TooManyRequests(
                f"client {client_id} already has {limit} requests in flight; wait for an answer before sending more",
                rule=RULE,
                max_in_flight=limit,
                retry_after=1,
            )
        self.counts[client_id] += 1

    def leave(self, client_id: str) -> None:
        """Give the slot back once the request is answered."""
        self.counts[client_id] -= 1
        if self.counts[client_id] <= 0:
            del self.counts[client_id]  # the counter holds the clients with requests open only
