#!/bin/sh
# Re-captures the engine responses replayed by the streams tests.
# Needs a running engine and dx-test-base:latest (busybox-static rootfs, see DEVELOPERS.md).
# Every container it makes carries dx.test.run=<run id> and is removed at the end.
set -eu
cd "$(dirname "$0")"
RUN="streams-capture-$$"
SOCK=/var/run/docker.sock
API=http://localhost/v1.41
api() { curl -sS --unix-socket "$SOCK" "$@"; }
cleanup() { docker ps -aq --filter "label=dx.test.run=$RUN" | xargs -r docker rm -f >/dev/null; }
trap cleanup EXIT

since=$(date +%s)

# Logs: stdout and stderr interleaved, a long line, invalid UTF-8, a last line without newline.
script='echo first; echo to-stderr >&2; printf "caf\303\251 \377\376 bad\n"; i=0; while [ $i -lt 300 ]; do echo line-$i; echo err-$i >&2; i=$((i+1)); done; busybox head -c 20000 /dev/zero | busybox tr "\0" x; echo; printf "crlf\r\n"; printf "no-newline"'
docker run --name "$RUN-logs" --label "dx.test.run=$RUN" dx-test-base:latest sh -c "$script" >/dev/null 2>&1
docker run -t --name "$RUN-tty" --label "dx.test.run=$RUN" dx-test-base:latest sh -c "$script" >/dev/null 2>&1
api -o logs-multiplexed.bin "$API/containers/$RUN-logs/logs?stdout=1&stderr=1"
api -o logs-multiplexed-ts.bin "$API/containers/$RUN-logs/logs?stdout=1&stderr=1&timestamps=1"
api -o logs-tty.bin "$API/containers/$RUN-tty/logs?stdout=1&stderr=1"
api -o logs-tty-ts.bin "$API/containers/$RUN-tty/logs?stdout=1&stderr=1&timestamps=1"
docker logs "$RUN-logs" > logs-expected-stdout.txt 2> logs-expected-stderr.txt

# Stats: a CPU-busy container that also wrote to disk.
docker run -d --name "$RUN-busy" --label "dx.test.run=$RUN" -m 256m dx-test-base:latest \
    sh -c 'busybox dd if=/dev/zero of=/big bs=1M count=16 conv=fsync 2>/dev/null; while :; do :; done' >/dev/null
sleep 3
for i in 1 2 3; do
    api -o "stats-oneshot-$i.json" "$API/containers/$RUN-busy/stats?stream=false"
done
api --max-time 3.5 -o stats-stream.jsonl "$API/containers/$RUN-busy/stats?stream=true" || true
api -D path-stat-headers.txt -o /dev/null -I "$API/containers/$RUN-busy/archive?path=/bin/sh" || true
docker rm -f "$RUN-busy" "$RUN-logs" "$RUN-tty" >/dev/null

# Events of everything above, as one chunked response that ends at "until".
until=$(date +%s)
api -o events.jsonl "$API/events?since=$since&until=$until&filters=%7B%22label%22%3A%5B%22dx.test.run%3D$RUN%22%5D%7D"
ls -l
