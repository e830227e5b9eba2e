#!/usr/bin/env bash
# Configures and builds into build/ (or $DX_BUILD_DIR) with the given CMake preset;
# further arguments name the targets to build (default: everything).
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-default}"
shift || true
dir="${DX_BUILD_DIR:-build}"
cmake --preset "$preset" -B "$dir" >/dev/null
targets=()
for t in "$@"; do targets+=(--target "$t"); done
cmake --build "$dir" -j"$(nproc)" "${targets[@]}"
