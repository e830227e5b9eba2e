#!/usr/bin/env bash
# Installs what Docker Explorer needs to build, run and test on Debian 12, and nothing when it
# is all there already. Without root it prints the apt line to run instead.
#   --test    also what the tests need (an engine, Podman, Xvfb, ...)
#   --podman  also Podman, for a machine without any engine
set -euo pipefail

BUILD_PACKAGES=(cmake g++ make pkg-config git
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-charts-dev qt6-svg-dev
    libqt6opengl6-dev libqt6svgwidgets6 libgl-dev libqscintilla2-qt6-dev
    libcurl4-openssl-dev libarchive-dev zlib1g-dev fonts-dejavu-core qt6-qpa-plugins)
TEST_PACKAGES=(xvfb xauth curl docker.io busybox-static appstream podman socat openssl openssh-server openssh-client)

want=("${BUILD_PACKAGES[@]}")
for arg in "$@"; do
    case "$arg" in
    --test) want+=("${TEST_PACKAGES[@]}") ;;
    --podman) want+=(podman) ;; # an engine the app can start by itself (see scripts/run.sh)
    *) echo "setup.sh: unknown option $arg (use --test, --podman)" >&2; exit 2 ;;
    esac
done

missing=()
for p in "${want[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if ((${#missing[@]} == 0)); then
    exit 0
fi

if [[ $(id -u) -ne 0 ]]; then
    echo "docker-explorer: these Debian packages are missing: ${missing[*]}" >&2
    echo "Install them as root, then run this command again:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
fi

echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends "${missing[@]}"
