#!/usr/bin/env bash
# The README's first command: install what is missing, build, start Docker Explorer.
set -euo pipefail
cd "$(dirname "$0")/.."
# A machine without any engine gets Podman with the build packages: when nothing answers, the
# app starts Podman's API service itself, as a child that ends with it (no system daemon).
# A machine with Docker (or Podman) keeps what it has and gets nothing extra.
engine_found() {
    [[ -n "${DOCKER_HOST:-}" || -S /var/run/docker.sock || -S /run/podman/podman.sock ]] && return 0
    [[ -n "${XDG_RUNTIME_DIR:-}" && ( -S "$XDG_RUNTIME_DIR/podman/podman.sock" || -S "$XDG_RUNTIME_DIR/docker.sock" ) ]] && return 0
    command -v dockerd >/dev/null || command -v docker >/dev/null || command -v podman >/dev/null
}
setup=()
if ! engine_found; then
    echo "run.sh: no Docker or Podman engine on this machine: Podman is installed too, and Docker Explorer starts it when it runs" >&2
    setup=(--podman)
fi
scripts/setup.sh "${setup[@]}"
scripts/build.sh default docker-explorer
dir="${DX_BUILD_DIR:-build}"
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    echo "docker-explorer is built ($dir/src/app/docker-explorer), but there is no display to show it on." >&2
    echo "Run it from a desktop session, or e.g.: xvfb-run -a scripts/run.sh" >&2
    exit 1
fi
exec "$dir/src/app/docker-explorer" "$@"
