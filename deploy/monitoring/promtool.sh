#!/usr/bin/env bash
# Provision Prometheus's promtool (to check and unit-test deploy/monitoring/alerts.yml) from
# Debian's prometheus package: the package is downloaded and only its promtool binary unpacked
# under var/tools, so no Prometheus server is installed or started. Prints the binary's path.
# Idempotent: a second run finds the binary and returns at once.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
tool="$root/var/tools/promtool"

if [ -x "$tool" ] && "$tool" --version >/dev/null 2>&1; then
  echo "$tool"
  exit 0
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
# The package lists may be missing or stale on a new machine: refresh them once and try again.
if ! apt-get download -qq prometheus >/dev/null 2>&1; then
  apt-get update -qq >/dev/null
  apt-get download -qq prometheus >/dev/null
fi
dpkg-deb -x prometheus_*.deb unpacked
mkdir -p "$(dirname "$tool")"
install -m 0755 unpacked/usr/bin/promtool "$tool"
"$tool" --version >/dev/null
echo "$tool"
