#!/usr/bin/env bash
# Install the pinned Helm, and the Go modules whose CRDs tests/deploy/test_helm.py validates the
# chart against, from the Go module proxy into deploy/local/tools/ (gitignored).
# Idempotent: a second run finds them installed and returns at once. Fails loudly: the chart's
# tests must never skip for want of Helm.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
tools="$root/deploy/local/tools"
helm_version="v4.3.2"
# The Go modules that carry the operators' CRDs, one source with the tests (deploy/helm/README.md).
mapfile -t crd_modules < <(awk '!/^#/ && NF {print $1}' "$root/deploy/helm/schemas/crds.txt" | sort -u)
export GOBIN="$tools/bin"
export GOMODCACHE="$tools/gomod"
export GOFLAGS="-modcacherw -buildvcs=false"

# `go install` leaves Helm's own version string short ("v4.3"): the module version is the one to check.
helm_ready() {
  [ -x "$GOBIN/helm" ] && go version -m "$GOBIN/helm" 2>/dev/null | grep -Eq "^[[:space:]]+mod[[:space:]]+helm.sh/helm/v4[[:space:]]+$helm_version[[:space:]]"
}
# Module paths here are all lower case, which is also how the module cache spells them.
crds_ready() {
  local module
  for module in "${crd_modules[@]}"; do [ -d "$GOMODCACHE/$module" ] || return 1; done
}

if helm_ready && crds_ready; then
  echo "helm: $helm_version and the CRD modules already installed in $tools"
  exit 0
fi
# Parallel test workers may each run this script: one installs, the others wait and find it done.
mkdir -p "$tools"
exec 9>"$tools/.helm.lock"
flock 9
if helm_ready && crds_ready; then
  echo "helm: installed by another run meanwhile"
  exit 0
fi
command -v go >/dev/null || { echo "helm: Go is required (the Go module proxy serves Helm)" >&2; exit 1; }
if ! helm_ready; then
  echo "helm: installing helm.sh/helm/v4/cmd/helm@$helm_version into $GOBIN"
  go install "helm.sh/helm/v4/cmd/helm@$helm_version"
fi
for module in "${crd_modules[@]}"; do
  echo "helm: fetching $module (its CRDs)"
  go mod download -json "$module" >/dev/null
done
helm_ready || { echo "helm: $GOBIN/helm is not $helm_version after install" >&2; exit 1; }
crds_ready || { echo "helm: a CRD module is missing from $GOMODCACHE after download" >&2; exit 1; }
echo "helm: ready ($helm_version, CRDs in $GOMODCACHE)"
