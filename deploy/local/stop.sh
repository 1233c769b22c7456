#!/usr/bin/env bash
# Stop the local Kafka broker and PostgreSQL server started by kafka.sh and postgres.sh.
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
if [ -f "$root/var/kafka/broker.pid" ] && kill -0 "$(cat "$root/var/kafka/broker.pid")" 2>/dev/null; then
  pid="$(cat "$root/var/kafka/broker.pid")"
  kill "$pid"
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done  # a clean shutdown takes seconds
  kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  echo "kafka: stopped"
fi
if [ -f "$root/var/postgres/data/postmaster.pid" ]; then
  bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$bin/pg_ctl" -D "$root/var/postgres/data" stop -m fast
  else "$bin/pg_ctl" -D "$root/var/postgres/data" stop -m fast; fi
fi
