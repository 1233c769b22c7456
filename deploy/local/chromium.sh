#!/usr/bin/env bash
# Provision headless Chromium and its WebDriver from Debian's packages, for the operator console's
# browser tests (tests/services/gateway/console/). Idempotent: a second run finds both installed
# and returns at once.
set -euo pipefail

installed() { command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; }

if installed; then
  echo "chromium: already installed ($(chromium --version 2>/dev/null | head -n 1))"
  exit 0
fi
echo "chromium: installing Debian's chromium and chromium-driver packages"
if [ "$(id -u)" -ne 0 ]; then echo "chromium: installing needs root (apt-get)" >&2; exit 1; fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium chromium-driver fonts-noto-cjk >/dev/null
installed || { echo "chromium: chromium or chromedriver missing after install" >&2; exit 1; }
echo "chromium: ready ($(chromium --version 2>/dev/null | head -n 1))"
