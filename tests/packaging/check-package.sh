#!/usr/bin/env bash
# tst_package: scripts/package.sh packs the built app of BUILD_DIR into a .deb; this checks what
# the package holds and declares. Usage: check-package.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
src="$1"
build="$2"
fail() { echo "FAIL: $*" >&2; exit 1; }

out=$("$src/scripts/package.sh" "$build")
deb=$(head -1 <<<"$out")
[[ -f "$deb" ]] || fail "no package: $out"
echo "$out"

files=$(dpkg-deb --contents "$deb" | awk '{ print $6 }')
for f in ./usr/bin/docker-explorer \
         ./usr/share/applications/io.github.dockerexplorer.DockerExplorer.desktop \
         ./usr/share/metainfo/io.github.dockerexplorer.DockerExplorer.metainfo.xml \
         ./usr/share/mime/packages/io.github.dockerexplorer.DockerExplorer.xml \
         ./usr/share/icons/hicolor/scalable/apps/io.github.dockerexplorer.DockerExplorer.svg; do
    grep -qxF "$f" <<<"$files" || fail "$f is not in the package"
done

depends=$(dpkg-deb --field "$deb" Depends)
for lib in libqt6core6 libqt6widgets6 libqt6gui6 libqscintilla2-qt6 libcurl4 libarchive13 libvterm0 qt6-qpa-plugins; do
    grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib: $depends"
done
[[ "$(dpkg-deb --field "$deb" Recommends)" == *"docker.io | podman"* ]] || fail "no engine recommended"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dpkg-deb --extract "$deb" "$tmp"
# Stripped: no symbol table, no debug sections (the build folder's binary has both).
sections=$(readelf --section-headers --wide "$tmp/usr/bin/docker-explorer")
! grep -qE '\.symtab|\.debug_' <<<"$sections" || fail "the binary is not stripped"
size=$(stat -c %s "$tmp/usr/bin/docker-explorer")
echo "binary: $size bytes in the package, $(stat -c %s "$build/src/app/docker-explorer") bytes built"

# The MIME type the .desktop file claims is the one the package defines, with its file names.
desktop="$tmp/usr/share/applications/io.github.dockerexplorer.DockerExplorer.desktop"
mime="$tmp/usr/share/mime/packages/io.github.dockerexplorer.DockerExplorer.xml"
grep -q '^MimeType=text/x-dockerfile;' "$desktop" || fail "the .desktop file names no Dockerfile type"
grep -q 'mime-type type="text/x-dockerfile"' "$mime" || fail "the MIME definition lacks text/x-dockerfile"
for glob in 'Dockerfile' '\*.Dockerfile' 'Containerfile'; do
    grep -q "glob pattern=\"$glob\"" "$mime" || fail "no glob $glob"
done
desktop-file-validate "$desktop"
appstreamcli validate --no-net "$tmp/usr/share/metainfo/io.github.dockerexplorer.DockerExplorer.metainfo.xml" >/dev/null
grep -q '<screenshot' "$tmp/usr/share/metainfo/io.github.dockerexplorer.DockerExplorer.metainfo.xml" || fail "no screenshots"
echo "PASS: package contents, dependencies, stripped binary, MIME type"
