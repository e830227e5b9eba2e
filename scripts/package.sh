#!/usr/bin/env bash
# Builds the Debian package: scripts/package.sh [BUILD_DIR]
# Without an argument: a Release build of the app alone in build-release, then the .deb.
# With a build folder that already holds the built app (the tests pass build-ci): packs that.
# The package's binary is stripped; Depends comes from dpkg-shlibdeps; the .desktop file and
# the metainfo are validated. Prints the package's path, then its control fields.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh --package >&2
dir="${1:-build-release}"
if [[ $# -eq 0 ]]; then
    cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Release -DDX_BUILD_TESTS=OFF -DDX_BUILD_BENCH=OFF >&2
    cmake --build "$dir" -j"$(nproc)" >&2
fi
[[ -x "$dir/src/app/docker-explorer" ]] || { echo "package.sh: no built app in $dir" >&2; exit 2; }

rm -f "$dir"/docker-explorer_*.deb
(cd "$dir" && cpack -G DEB >&2)
deb=$(ls "$dir"/docker-explorer_*.deb)
desktop-file-validate "$dir"/packaging/*.desktop
appstreamcli validate --no-net --pedantic "$dir"/packaging/*.metainfo.xml >&2
echo "$deb"
dpkg-deb --field "$deb" Package Version Architecture Installed-Size Depends Recommends
