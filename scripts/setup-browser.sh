#!/usr/bin/env bash
# Install what the HTML explorer's browser tests need, idempotently:
#   - Debian's chromium (apt; only when /usr/bin/chromium is missing; needs root, as on CI)
#   - Playwright for Python into the project's venv (driver only: never `playwright install`,
#     the tests launch the system chromium through executable_path)
# Usage: scripts/setup-browser.sh [PYTHON]   (default: .venv/bin/python, else python3)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
python="${1:-}"
if [[ -z "$python" ]]; then
    if [[ -x "$here/.venv/bin/python" ]]; then python="$here/.venv/bin/python"; else python="python3"; fi
fi

if [[ -x /usr/bin/chromium ]]; then
    echo "chromium already installed: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
else
    if [[ "$(id -u)" -ne 0 ]]; then
        sudo_cmd="sudo"
    else
        sudo_cmd=""
    fi
    export DEBIAN_FRONTEND=noninteractive
    $sudo_cmd apt-get update
    $sudo_cmd apt-get install -y --no-install-recommends chromium fonts-dejavu-core
fi

if "$python" -c "import playwright" 2>/dev/null; then
    echo "playwright already installed: $("$python" -m pip show playwright 2>/dev/null | sed -n 's/^Version: //p')"
else
    "$python" -m pip install "playwright>=1.40"
fi
