#!/usr/bin/env bash
# Build the local Neo4j launcher (Maven fetch of Neo4j 5.26 into ~/.m2, ~125 MB the first time)
# into a server home without starting it. CI runs this as its own step, before the tests, so the
# download is timed apart from them; cache ~/.m2 and .cache/neo4j-tests/build between runs.
#
#   scripts/neo4j-build.sh [HOME]     (default: .cache/neo4j-tests, the test suite's server home)
set -euo pipefail
cd "$(dirname "$0")/.."
home="${1:-.cache/neo4j-tests}"
python="${PYTHON:-.venv/bin/python}"
exec "$python" - "$home" <<'PY'
import logging
import sys
import time
from pathlib import Path

from graphbuild.neo4jserver import build, neo4j_version

logging.basicConfig(level=logging.INFO, format="%(message)s")
started = time.monotonic()
path = build(Path(sys.argv[1]))
logging.info("Neo4j %s launcher ready in %s (%.1f s)", neo4j_version(), path, time.monotonic() - started)
PY
