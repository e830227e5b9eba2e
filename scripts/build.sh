#!/usr/bin/env bash
# Configures and builds into build/ (or $DX_BUILD_DIR) with the given CMake preset.
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-default}"
dir="${DX_BUILD_DIR:-build}"
cmake --preset "$preset" -B "$dir" >/dev/null
cmake --build "$dir" -j"$(nproc)"
