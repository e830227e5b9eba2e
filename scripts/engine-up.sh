#!/usr/bin/env bash
# Makes sure an engine answers for the tests, the one the user has first: DOCKER_HOST, the
# docker CLI's current context, /var/run/docker.sock, then rootless Docker's and Podman's
# sockets. Only when none answers it starts Debian's dockerd in the background (there is no
# systemd), says so and how to stop it, and leaves it running. Then creates the offline base
# image the tests use, when it is missing. Never stops or reconfigures an engine it did not
# start. Its messages go to stderr; on stdout it prints the DOCKER_HOST the tests must use
# when that is not the default (an engine found on another socket), nothing otherwise.
set -euo pipefail

image="${DX_TEST_IMAGE:-docker-explorer-test-base:1}"

ping_socket() { curl -sf --max-time 3 --unix-socket "$1" http://localhost/_ping >/dev/null 2>&1; }

answers() {
    if [[ -n "${DOCKER_HOST:-}" ]] || command -v docker >/dev/null; then
        # DOCKER_HOST, else the current docker context, else the default socket: the CLI's order.
        timeout 5 docker version >/dev/null 2>&1
    else
        ping_socket /var/run/docker.sock
    fi
}

if [[ -z "${DOCKER_HOST:-}" ]] && ! answers; then
    runtime="${XDG_RUNTIME_DIR:-/run/user/$(id -u)}"
    for socket in "$runtime/docker.sock" /run/podman/podman.sock "$runtime/podman/podman.sock"; do
        if [[ -S "$socket" ]] && ping_socket "$socket"; then
            echo "engine-up: using the engine that answers at $socket" >&2
            export DOCKER_HOST="unix://$socket"
            echo "$DOCKER_HOST"
            break
        fi
    done
fi

if ! answers; then
    if [[ -n "${DOCKER_HOST:-}" ]]; then
        echo "engine-up: DOCKER_HOST=$DOCKER_HOST does not answer" >&2
        exit 1
    fi
    if ! command -v dockerd >/dev/null; then
        echo "engine-up: no engine answers and dockerd is not installed (apt-get install docker.io)" >&2
        exit 1
    fi
    if [[ $(id -u) -ne 0 ]]; then
        echo "engine-up: no engine answers; start one as root: sudo dockerd &" >&2
        exit 1
    fi
    # A dockerd that was killed (a machine reset, an ended session) leaves its pid file, and
    # a new dockerd refuses to start while it exists. Remove it only when no dockerd runs
    # under that pid: a live daemon is never touched.
    for pidfile in /var/run/docker.pid /var/run/docker/containerd/containerd.pid; do
        if [[ -f "$pidfile" ]]; then
            pid=$(cat "$pidfile" 2>/dev/null || true)
            comm=$(cat "/proc/${pid:-0}/comm" 2>/dev/null || true)
            if [[ "$comm" != dockerd && "$comm" != containerd ]]; then
                echo "engine-up: removing stale $pidfile (pid ${pid:-?} is not running)" >&2
                rm -f "$pidfile"
            fi
        fi
    done
    nohup dockerd >/tmp/docker-explorer-dockerd.log 2>&1 </dev/null &
    dockerd_pid=$!
    echo "engine-up: no engine answered: started dockerd (pid $dockerd_pid, log /tmp/docker-explorer-dockerd.log);" \
        "it keeps running after the tests: stop it with 'kill $dockerd_pid'" >&2
    for _ in $(seq 1 120); do
        answers && break
        kill -0 "$dockerd_pid" 2>/dev/null || break # it gave up: say why below
        sleep 0.5
    done
    if ! answers; then
        echo "engine-up: dockerd did not come up; its log:" >&2
        tail -n 30 /tmp/docker-explorer-dockerd.log >&2
        exit 1
    fi
fi

if ! docker image inspect "$image" >/dev/null 2>&1; then
    # No registry is reachable: build the base image from busybox-static, offline.
    busybox=$(command -v busybox || echo /bin/busybox)
    root=$(mktemp -d)
    trap 'rm -rf "$root"' EXIT
    mkdir -p "$root"/bin "$root"/tmp "$root"/etc "$root"/root "$root"/demo
    cp "$busybox" "$root"/bin/busybox
    for applet in $("$busybox" --list); do
        [[ "$applet" == busybox ]] || ln -sf busybox "$root/bin/$applet"
    done
    echo 'root:x:0:0:root:/root:/bin/sh' > "$root"/etc/passwd
    echo 'root:x:0:' > "$root"/etc/group
    tar -C "$root" -c . | docker import \
        -c 'ENV PATH=/bin' -c 'CMD ["sh"]' \
        -c 'LABEL org.opencontainers.image.title="Docker Explorer offline test base (busybox)"' \
        - "$image" >/dev/null
    echo "engine-up: created $image (remove it with: docker rmi $image)" >&2
fi
