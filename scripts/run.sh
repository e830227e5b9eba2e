#!/usr/bin/env bash
# The README's first command: install what is missing, build, start Docker Explorer.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh default
exec build/src/app/docker-explorer "$@"
