#!/usr/bin/env bash
# The whole test suite, as CI runs it: lint, types, then pytest.
# pytest's exit code 5 (no tests collected) is a failure here, never a pass.
set -uo pipefail
cd "$(dirname "$0")/.."
BIN=${VENV:-.venv}/bin

"$BIN/ruff" check . || exit 1
"$BIN/ruff" format --check . || exit 1
"$BIN/mypy" || exit 1

"$BIN/pytest" "$@"
status=$?
if [ "$status" -eq 5 ]; then
  echo "run-tests: pytest collected no tests; failing" >&2
  exit 1
fi
exit "$status"
