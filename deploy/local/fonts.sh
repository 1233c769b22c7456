#!/usr/bin/env bash
# Provision what the printable documents need from Debian's packages: Noto Sans (Latin with
# Vietnamese diacritics) and Noto Sans CJK (Chinese) for WeasyPrint to embed, Pango (WeasyPrint's
# text layout) and poppler-utils (pdftoppm: the tests' PNG of each document's first page).
# Idempotent: a second run finds all of it installed and returns at once.
set -euo pipefail

PACKAGES=(fonts-noto-core fonts-noto-cjk libpango-1.0-0 libpangoft2-1.0-0 poppler-utils)

installed() {
  local statuses families
  statuses="$(dpkg-query -W -f='${Status}\n' "${PACKAGES[@]}" 2>/dev/null || true)"
  [ "$(grep -c "install ok installed" <<<"$statuses")" -eq "${#PACKAGES[@]}" ] || return 1
  command -v pdftoppm >/dev/null 2>&1 || return 1
  # Read fc-list whole (a `| grep -q` would end the pipe early and fail it under pipefail).
  families="$(fc-list : family)"
  grep -q "^Noto Sans$\|^Noto Sans,\|,Noto Sans$" <<<"$families" && grep -q "Noto Sans CJK SC" <<<"$families"
}

if installed; then
  echo "fonts: already installed (Noto Sans, Noto Sans CJK, Pango, pdftoppm)"
  exit 0
fi
echo "fonts: installing ${PACKAGES[*]}"
if [ "$(id -u)" -ne 0 ]; then echo "fonts: installing needs root (apt-get)" >&2; exit 1; fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${PACKAGES[@]}" fontconfig >/dev/null
fc-cache -f >/dev/null
installed || { echo "fonts: Noto Sans, Noto Sans CJK or pdftoppm missing after install" >&2; exit 1; }
echo "fonts: ready"
