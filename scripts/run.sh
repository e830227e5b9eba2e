#!/usr/bin/env bash
# The README's first command: install what is missing, build, start Docker Explorer.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh default docker-explorer
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    echo "docker-explorer is built (build/src/app/docker-explorer), but there is no display to show it on." >&2
    echo "Run it from a desktop session, or e.g.: xvfb-run -a scripts/run.sh" >&2
    exit 1
fi
exec build/src/app/docker-explorer "$@"
