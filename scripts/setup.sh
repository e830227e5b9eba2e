#!/usr/bin/env bash
# Installs what Docker Explorer needs to build, run and test on Debian 12, and nothing when it
# is all there already. Without root it prints the apt line to run instead.
#   --test    also what the tests need (an engine, Podman, Xvfb, ...)
#   --podman  also Podman, for a machine without any engine
#   --package also what scripts/package.sh needs (dpkg-shlibdeps, the validators)
#   --fuzz    also clang and its libFuzzer runtime, for fuzz/run
set -euo pipefail

BUILD_PACKAGES=(cmake gcc g++ libc6-dev make pkg-config git
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-charts-dev qt6-svg-dev
    libqt6opengl6-dev libqt6svgwidgets6 libgl-dev libqscintilla2-qt6-dev
    libcurl4-openssl-dev libarchive-dev zlib1g-dev libvterm-dev fonts-dejavu-core qt6-qpa-plugins
    qt6-translations-l10n) # Qt's own German (Cancel, Yes, No in dialogs)
PACKAGE_PACKAGES=(dpkg-dev desktop-file-utils appstream)
# clang-14 only recommends the runtime that holds libclang_rt.fuzzer (and the sanitizers).
FUZZ_PACKAGES=(clang libclang-rt-14-dev)
TEST_PACKAGES=(xvfb xauth curl docker.io busybox-static appstream podman socat openssl openssh-server openssh-client
    docker-registry apache2-utils "${PACKAGE_PACKAGES[@]}")

want=("${BUILD_PACKAGES[@]}")
for arg in "$@"; do
    case "$arg" in
    --test) want+=("${TEST_PACKAGES[@]}") ;;
    --podman) want+=(podman) ;; # an engine the app can start by itself (see scripts/run.sh)
    --package) want+=("${PACKAGE_PACKAGES[@]}") ;;
    --fuzz) want+=("${FUZZ_PACKAGES[@]}") ;;
    *) echo "setup.sh: unknown option $arg (use --test, --podman, --package, --fuzz)" >&2; exit 2 ;;
    esac
done

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

missing=()
for p in "${want[@]}"; do
    installed "$p" || missing+=("$p")
done
# Docker CE (docker.com's packages) conflicts with Debian's docker.io: apt would remove it.
# A machine that has it keeps it, and the tests use its engine.
for ce in docker-ce docker-ce-cli containerd.io moby-engine; do
    if installed "$ce"; then
        for i in "${!missing[@]}"; do
            [[ "${missing[$i]}" == docker.io ]] && unset 'missing[i]' && echo "setup.sh: $ce is installed: keeping it, not installing docker.io"
        done
    fi
done
missing=("${missing[@]}")
if ((${#missing[@]} == 0)); then
    exit 0
fi

if [[ $(id -u) -ne 0 ]]; then
    echo "docker-explorer: these Debian packages are missing: ${missing[*]}" >&2
    echo "Install them as root, then run this command again:" >&2
    echo "  sudo apt-get update && sudo apt-get install --no-install-recommends ${missing[*]}" >&2
    exit 1
fi

echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
# Services the packages bring (sshd from openssh-server, dockerd from docker.io) are not started
# by the installation: the tests start their own sshd on loopback, and scripts/engine-up.sh
# starts an engine only when none answers, and says so. Debian's invoke-rc.d asks policy-rc.d.
policy=/usr/sbin/policy-rc.d
own_policy=0
if [[ ! -e "$policy" ]]; then
    printf '#!/bin/sh\n# scripts/setup.sh of Docker Explorer, removed when its apt-get ends\nexit 101\n' >"$policy"
    chmod 755 "$policy"
    own_policy=1
    trap 'rm -f "$policy"' EXIT
fi
apt-get install -y -q --no-install-recommends "${missing[@]}"
if ((own_policy)); then
    rm -f "$policy"
    trap - EXIT
fi
# The system-wide sshd stays off at boot too: nothing of this project listens on port 22.
for p in "${missing[@]}"; do
    if [[ "$p" == openssh-server ]]; then
        if command -v systemctl >/dev/null && [[ -d /run/systemd/system ]]; then
            systemctl disable --now ssh.service ssh.socket >/dev/null 2>&1 || true
        else
            update-rc.d ssh disable >/dev/null 2>&1 || true
        fi
        echo "setup.sh: installed openssh-server for the tests' own sshd (on 127.0.0.1); its system service is disabled"
    fi
done
