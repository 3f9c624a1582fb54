#!/usr/bin/env bash
# The reliability battery of docs RELIABILITY (T1–T18, the automatable ones) at full counts.
# Every test prints one "METRIC <test> name=value …" line; they are repeated at the end.
# Usage: scripts/reliability.sh [quick]   (quick: the counts `make test` uses)
set -uo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp -t aidtracker-reliability.XXXXXX)
if [ "${1:-}" != "quick" ]; then
  export AIDTRACKER_FULL=1 AIDTRACKER_KILLS=200
fi
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
.venv/bin/python -m pytest -q -s \
  tests/core/store/test_crash.py tests/core/store/test_concurrency.py \
  tests/core/store/test_migration_fixtures.py tests/reliability 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
echo
counts=quick
[ -n "${AIDTRACKER_FULL:-}" ] && counts=full
echo "== METRIC lines ($counts counts) =="
grep -o 'METRIC .*' "$log"
rm -f "$log"
exit "$status"
