#!/usr/bin/env bash
# Renders every view with the app's own --screenshot mode into docs/screenshots/, in English
# and German, for the README. Needs a built app (scripts/build.sh) and, for meaningful engine
# views, a running engine.
set -euo pipefail
cd "$(dirname "$0")/.."
app="${DX_APP:-build/src/app/docker-explorer}"
out="docs/screenshots"
mkdir -p "$out"
example="resources/examples/demo"
for lang in en de; do
    for view in editor recipe build images containers volumes; do
        "$app" --screenshot "$out/$view-$lang.png" --view "$view" --lang "$lang" --open "$example" >/dev/null
    done
done
"$app" --screenshot "$out/editor-dark-de.png" --view editor --lang de --theme dark --open "$example" >/dev/null
echo "written to $out"
