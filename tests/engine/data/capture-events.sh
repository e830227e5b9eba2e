#!/bin/sh
# Re-captures events-docker.jsonl, the GET /events lines replayed by tst_engineevent: the
# life of a labelled container (with exec, health check, rename, archive copy), an image
# tag and untag, a volume and a network. Needs a running engine and the offline base image
# (docker-explorer-test-base:1). Everything it makes carries dx.test.run=<run id> and is
# removed at the end.
set -eu
cd "$(dirname "$0")"
RUN="events-capture-$$"
IMAGE="${DX_TEST_IMAGE:-docker-explorer-test-base:1}"
SOCK=/var/run/docker.sock
cleanup() {
    docker ps -aq --filter "label=dx.test.run=$RUN" | xargs -r docker rm -f >/dev/null
    docker volume ls -q --filter "label=dx.test.run=$RUN" | xargs -r docker volume rm >/dev/null
    docker network ls -q --filter "label=dx.test.run=$RUN" | xargs -r docker network rm >/dev/null
    docker rmi "dx-capture:$RUN" >/dev/null 2>&1 || true
}
trap cleanup EXIT

since=$(date +%s)
docker volume create --label "dx.test.run=$RUN" "$RUN-vol" >/dev/null
docker network create --label "dx.test.run=$RUN" "$RUN-net" >/dev/null
cid=$(docker run -d --name "$RUN-c" --label "dx.test.run=$RUN" --label 'dx.test.awkward=x+y;z=1 &#?%ä' \
    --health-cmd true --health-interval 1s -v "$RUN-vol:/data" --network "$RUN-net" \
    "$IMAGE" sh -c 'sleep 60')
iid=$(docker image inspect -f '{{.Id}}' "$IMAGE")
docker exec "$RUN-c" sh -c 'echo hi > /data/x'
sleep 2 # one health check
docker cp "$RUN-c:/data/x" - >/dev/null
docker rename "$RUN-c" "$RUN-renamed"
docker tag "$IMAGE" "dx-capture:$RUN"
docker rmi "dx-capture:$RUN" >/dev/null
docker rm -f "$RUN-renamed" >/dev/null
docker network rm "$RUN-net" >/dev/null
docker volume rm "$RUN-vol" >/dev/null
sleep 1
until=$(date +%s)
# Other tests may run meanwhile: keep the lines about our own objects only.
curl -sS --unix-socket "$SOCK" "http://localhost/v1.41/events?since=$since&until=$until" \
    | grep -e "$RUN" -e "$cid" -e "$iid" > events-docker.jsonl
wc -l events-docker.jsonl
