#!/bin/sh
# Regenerates the captured POST /build responses in this folder from a live engine.
# Everything created is labelled dx.test.run=$RUN and removed at the end.
set -u
RUN="capture-$$"
SOCK=/var/run/docker.sock
API=http://localhost/v1.41
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
trap 'docker ps -aq --filter "label=dx.test.run=$RUN" | xargs -r docker rm -f >/dev/null 2>&1;
      docker image ls -a -q --filter "label=dx.test.run=$RUN" | xargs -r docker rmi -f >/dev/null 2>&1;
      docker image prune -f --filter "label=dx.test.run=$RUN" >/dev/null 2>&1; rm -rf "$WORK"' EXIT

if ! docker image inspect dx-test-base:latest >/dev/null 2>&1; then
    mkdir -p "$WORK/rootfs/bin" && cp /bin/busybox "$WORK/rootfs/bin/" &&
    for a in sh echo cat ls false true; do ln -s busybox "$WORK/rootfs/bin/$a"; done &&
    tar -C "$WORK/rootfs" -c . | docker import - dx-test-base:latest >/dev/null
fi

build() { # name dockerfile-text extra-query
    mkdir -p "$WORK/$1" && printf '%s' "$2" > "$WORK/$1/Dockerfile" && echo "hello" > "$WORK/$1/hello.txt"
    tar -C "$WORK/$1" -cf "$WORK/$1.tar" .
    curl -sS --unix-socket $SOCK -X POST -H 'Content-Type: application/x-tar' \
        --data-binary "@$WORK/$1.tar" \
        "$API/build?t=dx-capture-$RUN:$1&labels=%7B%22dx.test.run%22%3A%22$RUN%22%7D&$3" > "$HERE/$1.jsonl"
}
OK="FROM dx-test-base:latest
LABEL dx.test.run=$RUN
RUN echo hi && echo warn >&2
COPY hello.txt /hello.txt
RUN cat /hello.txt
"
FAIL="FROM dx-test-base:latest
LABEL dx.test.run=$RUN
RUN echo before
RUN false
"
# nocache on the first run so the captured output does not depend on earlier captures
build buildkit-ok "$OK" "version=2&nocache=1"
build buildkit-cached "$OK" "version=2"
build buildkit-error "$FAIL" "version=2&nocache=1"
build classic-ok "$OK" "version=1&nocache=1&rm=1&forcerm=1"
build classic-cached "$OK" "version=1&rm=1&forcerm=1"
build classic-error "$FAIL" "version=1&nocache=1&rm=1&forcerm=1"
