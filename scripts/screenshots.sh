#!/usr/bin/env bash
# Renders every view with the app's own --screenshot mode into docs/screenshots/, in English
# and German, for the README. Needs a built app (scripts/build.sh) and, for meaningful engine
# views, a running engine.
set -euo pipefail
cd "$(dirname "$0")/.."
app="${DX_APP:-build/src/app/docker-explorer}"
out="${DX_SHOT_DIR:-docs/screenshots}"
mkdir -p "$out"
example="resources/examples/demo"
for lang in en de; do
    for view in editor recipe build images containers volumes; do
        "$app" --screenshot "$out/$view-$lang.png" --view "$view" --lang "$lang" --open "$example" >/dev/null
    done
done
"$app" --screenshot "$out/editor-dark-de.png" --view editor --lang de --theme dark --open "$example" >/dev/null
# Views in a state the screenshot mode cannot click to: --screenshot-state (see
# src/app/shell/screenshotstage.h). DX_SHOT_VOLUME names a volume with files for the browser.
for lang in en de; do
    for state in rundialog logs stats changes inspect; do
        "$app" --screenshot "$out/containers-$state-$lang.png" --view containers --lang "$lang" \
            --screenshot-state "$state" >/dev/null
    done
    if [[ -n "${DX_SHOT_VOLUME:-}" ]]; then
        "$app" --screenshot "$out/volumes-browse-$lang.png" --view volumes --lang "$lang" \
            --screenshot-state "browse:$DX_SHOT_VOLUME" >/dev/null
    fi
    "$app" --screenshot "$out/lesson-$lang.png" --view editor --lang "$lang" --lesson --open "$example" \
        --screenshot-state lesson-step-4 >/dev/null
done
echo "written to $out"
