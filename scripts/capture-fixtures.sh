#!/usr/bin/env bash
# Captures the fake engine's fixtures (tests/fakeengine/fixtures/) from a REAL engine, so the
# tests replay what dockerd actually says instead of what we believe it says.
#
#   scripts/capture-fixtures.sh [OUTPUT_DIR]     (default: tests/fakeengine/fixtures)
#
# Creates a small labelled world (dx.test.run=capture-<id>): a volume, a network, one running
# and one exited container of the offline base image, an extra tag of that image; captures the
# raw bytes of the engine's answers with curl over the unix socket; removes every object it
# created (also when it fails half-way), then captures the events those steps produced.
# Bodies are stored exactly as the engine sent them (nothing is pretty-printed or sanitised).
set -euo pipefail
cd "$(dirname "$0")/.."

sock="${DX_CAPTURE_SOCKET:-/var/run/docker.sock}"
out="${1:-tests/fakeengine/fixtures}"
image="${DX_TEST_IMAGE:-docker-explorer-test-base:1}"
api="v1.41" # what the app negotiates with Docker 20.10; the engine answers the same without it
id="$(date +%s)$$"
run="capture-$id"
label="dx.test.run=$run"
prefix="dx-$run"

mkdir -p "$out"

# Every engine call goes through curl on the socket: the same wire the app uses.
api_get() { # PATH FILE
    curl -sS --fail-with-body --unix-socket "$sock" -o "$out/$2" "http://localhost/$api$1"
}

cleanup() {
    docker rm -f -v "$prefix-running" "$prefix-exited" >/dev/null 2>&1 || true
    docker volume rm -f "$prefix-vol" >/dev/null 2>&1 || true
    docker network rm "$prefix-net" >/dev/null 2>&1 || true
    docker rmi "docker-explorer-test-base:$run" >/dev/null 2>&1 || true
}
trap cleanup EXIT

curl -sf --max-time 3 --unix-socket "$sock" http://localhost/_ping >/dev/null \
    || { echo "capture-fixtures: no engine answers at $sock" >&2; exit 1; }
docker image inspect "$image" >/dev/null 2>&1 \
    || { echo "capture-fixtures: $image is missing (scripts/engine-up.sh creates it)" >&2; exit 1; }

since=$(date +%s)
sleep 1 # events are filtered by whole seconds: keep earlier traffic out of the sample

# --- the labelled world ------------------------------------------------------------------
docker volume create --label "$label" "$prefix-vol" >/dev/null
docker network create --label "$label" "$prefix-net" >/dev/null
# Exits with code 3 after changing its filesystem (for /changes) and writing into the volume.
docker run --name "$prefix-exited" --label "$label" --network "$prefix-net" \
    -v "$prefix-vol:/data" "$image" \
    sh -c 'echo captured > /data/hello.txt; mkdir -p /srv/app; echo x > /srv/app/file; rm -f /bin/wget; exit 3' \
    >/dev/null || true
docker run -d --name "$prefix-running" --label "$label" --network "$prefix-net" \
    -v "$prefix-vol:/data:ro" -p 127.0.0.1::8080 "$image" sleep 3600 >/dev/null
docker tag "$image" "docker-explorer-test-base:$run"

running=$(docker inspect -f '{{.Id}}' "$prefix-running")
exited=$(docker inspect -f '{{.Id}}' "$prefix-exited")
image_id=$(docker image inspect -f '{{.Id}}' "$image")
network_id=$(docker network inspect -f '{{.Id}}' "$prefix-net")
labelfilter=$(printf '{"label":["%s"]}' "$label" | jq -sRr @uri)
imagefilter=$(printf '{"reference":["docker-explorer-test-base"]}' | jq -sRr @uri)

# --- captures ----------------------------------------------------------------------------
# /_ping: the headers are what the app negotiates from; HEAD and GET answer alike.
curl -sS --unix-socket "$sock" -D "$out/ping.headers" -o "$out/ping.body" http://localhost/_ping
curl -sS --unix-socket "$sock" -I -o "$out/ping-head.headers" http://localhost/_ping
api_get /version version.json
api_get /info info.json
# The lists hold only this capture's objects (others' test objects come and go meanwhile).
api_get "/containers/json?all=1&filters=$labelfilter" containers.json
api_get "/containers/json?all=1&size=1&filters=$labelfilter" containers-size.json
api_get "/containers/$running/json" container-running.json
api_get "/containers/$exited/json" container-exited.json
api_get "/containers/$exited/changes" container-changes.json
api_get "/containers/$running/top" container-top.json
api_get "/images/json?filters=$imagefilter" images.json
api_get "/images/$image_id/json" image-inspect.json
api_get "/images/$image_id/history" image-history.json
api_get "/volumes?filters=$labelfilter" volumes.json
api_get "/volumes/$prefix-vol" volume-inspect.json
# Networks unfiltered: the built-in bridge, host and none belong to a real list. Only taken
# when no other process's network exists at the moment (those would come and go).
api_get /networks networks.json
others=$(jq -r --arg ours "$prefix-net" \
    '.[] | select(.Name != $ours and ([.Name] | inside(["bridge", "host", "none"]) | not)) | .Name' \
    "$out/networks.json")
[[ -z "$others" ]] || { echo "capture-fixtures: other networks exist ($others); try again" >&2; exit 1; }
api_get "/networks/$network_id" network-inspect.json
api_get /networks/bridge network-bridge.json
api_get /system/df system-df.json
# An error as the engine words it, with its headers.
curl -sS --unix-socket "$sock" -D "$out/error-404.headers" -o "$out/error-404.json" \
    "http://localhost/$api/containers/doesnotexist/json"

# --- take the world down again: stop/die/destroy, volume and network destroy, untag -------
docker stop -t 1 "$prefix-running" >/dev/null
docker rm -v "$prefix-running" "$prefix-exited" >/dev/null
docker volume rm "$prefix-vol" >/dev/null
docker network rm "$prefix-net" >/dev/null
docker rmi "docker-explorer-test-base:$run" >/dev/null
sleep 1
until=$(date +%s)

# The engine replays the history between since and until and then ends the stream. Other
# processes' events are dropped by line (no re-encoding: timeNano does not fit a double).
# An untag names the image only by its id, so it is picked by action and id.
curl -sS --unix-socket "$sock" "http://localhost/$api/events?since=$since&until=$until" \
    | grep -E -e "$run|$running|$exited|$network_id" -e "\"untag\".*$image_id" > "$out/events.jsonl"

# What the fixtures are about, for tests that need the ids and names.
cat > "$out/capture.json" <<EOF
{
  "run": "$run",
  "label": "$label",
  "capturedAt": "$(date -u +%Y-%m-%dT%H:%M:%SZ)",
  "apiPrefix": "/$api",
  "image": {"id": "$image_id", "reference": "$image", "extraTag": "docker-explorer-test-base:$run"},
  "runningContainer": {"id": "$running", "name": "$prefix-running"},
  "exitedContainer": {"id": "$exited", "name": "$prefix-exited", "exitCode": 3},
  "volume": {"name": "$prefix-vol"},
  "network": {"id": "$network_id", "name": "$prefix-net"},
  "events": {"since": $since, "until": $until}
}
EOF
echo "capture-fixtures: wrote $(ls "$out" | wc -l) files to $out ($(du -sh "$out" | cut -f1))"
