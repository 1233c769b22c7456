#!/usr/bin/env bash
# Provision and start a PostgreSQL server from Debian's packages on 127.0.0.1.
# Installs the packages when missing, initialises a cluster under var/postgres (owned by the
# 'postgres' system user, since the server refuses to run as root) and starts it.
# Idempotent: a second run finds the server answering and returns at once.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
port="${LABOURLINK_PG_PORT:-15432}"
data="$root/var/postgres/data"
log="$root/var/postgres/server.log"

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
bin="$(find_bin)"
# Accepting connections, not merely an open port: a server that is shutting down still listens.
accepting() { [ -n "$bin" ] && "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"; }

if accepting; then
  echo "postgres: already accepting connections on 127.0.0.1:$port"
  exit 0
fi
if [ -z "$bin" ] || [ ! -x "$bin/pg_ctl" ]; then
  echo "postgres: installing Debian's postgresql packages"
  if [ "$(id -u)" -ne 0 ]; then echo "postgres: installing needs root (apt-get)" >&2; exit 1; fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
  bin="$(find_bin)"
fi

# The server must not run as root: run it as 'postgres' and let that user reach var/.
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql postgres
  as_owner=(runuser -u postgres --)
  # every ancestor of var/postgres must be traversable by the server's user
  dir="$root"; while [ "$dir" != "/" ]; do chmod o+x "$dir" 2>/dev/null || true; dir="$(dirname "$dir")"; done
fi
mkdir -p "$root/var/postgres"
[ "$(id -u)" -eq 0 ] && chown postgres "$root/var/postgres"

if [ ! -f "$data/PG_VERSION" ]; then
  echo "postgres: initialising a cluster in $data"
  "${as_owner[@]}" "$bin/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
fi

echo "postgres: starting on 127.0.0.1:$port (log: $log)"
# fsync stays on: the crash tests rely on the database keeping what it acknowledged.
"${as_owner[@]}" "$bin/pg_ctl" -D "$data" -l "$log" -w -t 60 start \
  -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$root/var/postgres -c max_connections=200 -c shared_buffers=256MB"
echo "postgres: ready on 127.0.0.1:$port"
