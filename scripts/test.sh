#!/usr/bin/env bash
# The README's second command: install what is missing, make sure an engine answers, build with
# warnings as errors, run the whole test suite against the real engine.
set -euo pipefail
cd "$(dirname "$0")/.."

# The run's id holds no '-': each test process appends "-<pid>" (and more) to it, so "id-" starts
# exactly this run's labels and no other run's id is a prefix of them.
export DX_TEST_RUN="${DX_TEST_RUN:-run$(date +%s)x$$}"
if [[ ! "$DX_TEST_RUN" =~ ^[A-Za-z0-9_.]+$ ]]; then
    echo "DX_TEST_RUN='$DX_TEST_RUN': use letters, digits, '_' and '.' only (no '-')" >&2
    exit 2
fi

scripts/setup.sh --test
engine_host=$(scripts/engine-up.sh)
[[ -z "$engine_host" ]] || export DOCKER_HOST="$engine_host"

export DX_BUILD_DIR="${DX_BUILD_DIR:-build-ci}"
scripts/build.sh ci

# Engine tests may not skip here: a missing engine is a failure, not a pass.
export DX_REQUIRE_ENGINE=1
status=0
ctest --test-dir "$DX_BUILD_DIR" --output-on-failure -j2 "$@" || status=$?

# Whatever a crashed test left behind carries a label that starts with this run's id and '-'
# (each test process appends its own suffix): remove exactly that, nothing else.
ours() { awk -v run="$DX_TEST_RUN-" '$2 == substr(run, 1, length(run) - 1) || index($2, run) == 1 { print $1 }'; }
leftovers=$(docker ps -a --filter label=dx.test.run --format '{{.ID}} {{.Label "dx.test.run"}}' 2>/dev/null | ours || true)
[[ -z "$leftovers" ]] || docker rm -f -v $leftovers >/dev/null 2>&1 || true
vols=$(docker volume ls --filter label=dx.test.run --format '{{.Name}} {{.Label "dx.test.run"}}' 2>/dev/null | ours || true)
[[ -z "$vols" ]] || docker volume rm -f $vols >/dev/null 2>&1 || true
imgs=$(docker images -q --filter label=dx.test.run 2>/dev/null | sort -u \
    | xargs -r docker image inspect -f '{{.Id}} {{index .Config.Labels "dx.test.run"}}' 2>/dev/null | ours || true)
[[ -z "$imgs" ]] || docker rmi -f $imgs >/dev/null 2>&1 || true

# The README's first command on a machine without an engine: the app starts Podman itself.
scripts/check-run.sh || status=1

if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net --pedantic "$DX_BUILD_DIR"/packaging/*.metainfo.xml || status=1
fi
exit $status
