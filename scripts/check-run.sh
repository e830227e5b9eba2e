#!/usr/bin/env bash
# CI: the README's first command on a machine where no engine answers ends in the app connected
# to Podman, which it starts itself. DOCKER_HOST points at nothing (the docker CLI would look
# nowhere else) and the app gets a runtime directory and settings of its own, so the Podman
# service is this check's alone; it must end with the app.
set -euo pipefail
cd "$(dirname "$0")/.."
out="$PWD/${DX_BUILD_DIR:-build}/run-check"
rm -rf "$out"
mkdir -p -m 700 "$out/runtime"
mkdir -p "$out/config"
status=0
DOCKER_HOST="unix://$out/runtime/nothing.sock" XDG_RUNTIME_DIR="$out/runtime" XDG_CONFIG_HOME="$out/config" \
    QT_QPA_PLATFORM=offscreen scripts/run.sh --lang en --view containers --screenshot "$out/containers.png" \
    >"$out/stdout.txt" 2>"$out/stderr.txt" || status=$?
if ((status != 0)) || ! grep -q "started Podman" "$out/stderr.txt"; then
    cat "$out/stderr.txt" >&2
    echo "check-run: scripts/run.sh did not end in the app connected to Podman (exit $status)" >&2
    exit 1
fi
for _ in $(seq 50); do
    pgrep -f "system service --time=0 unix://$out/runtime" >/dev/null || break
    sleep 0.2
done
if pgrep -f "system service --time=0 unix://$out/runtime" >/dev/null; then
    echo "check-run: the Podman service outlived the app" >&2
    exit 1
fi
echo "check-run: scripts/run.sh without an engine: $(grep -o 'started Podman [0-9.]*' "$out/stderr.txt" | head -1), screenshot $out/containers.png, service ended with the app"
