#!/usr/bin/env bash
# Regenerates the screenshots from the built program: every wizard page and console mimic in
# every language, at 100 % and at a real 150 % (QT_SCALE_FACTOR=1.5, in its own process), and
# the PDF report's pages (pdftoppm at 96 and 144 dpi); then checks the set
# (scripts/check_screenshots.py: same images in every language, each 150 % image 1.5 times
# the size of its 100 % twin).
#
#   scripts/screenshots.sh [--build-dir DIR] [--out DIR] [--jobs N] [--languages "en de"]
#
# With --out it writes the whole matrix to DIR (CI does this, in the build tree: 210 images).
# Without --out it rewrites docs/screenshots with part of it, to keep the repository small:
# every English image at 100 % (en/), and $docs_pages in every language at both scales. The
# run renders and checks the whole matrix either way. Images no longer produced are removed.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/build"
out=""
jobs="$(nproc 2>/dev/null || echo 2)"
docs_pages="04-capture-verdict 05-resolution-dialog"
languages="en $(cd "$root/translations" && ls frag792_*.ts | sed -e 's/frag792_//' -e 's/\.ts$//' | grep -vx en | tr '\n' ' ')"
while [ $# -gt 0 ]; do
    case "$1" in
    --build-dir) build="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --jobs) jobs="$2"; shift 2 ;;
    --languages) languages="$2"; shift 2 ;;
    *) echo "screenshots: unknown argument $1" >&2; exit 2 ;;
    esac
done

tool="$build/tests/wizard/frag792_wizard_screenshots"
if [ ! -x "$tool" ]; then
    echo "screenshots: building frag792_wizard_screenshots in $build"
    cmake --build "$build" --target frag792_wizard_screenshots
fi
command -v pdftoppm >/dev/null || { echo "screenshots: pdftoppm missing (poppler-utils)" >&2; exit 1; }

started=$(date +%s)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# One process per language and scale: the scale factor is fixed when Qt starts.
render() {
    local lang="$1" scale="$2"
    local name="$lang" factor=1 dpi=96
    if [ "$scale" = 150 ]; then name="$lang-150" factor=1.5 dpi=144; fi
    # A fixed report folder: the report page shows where it wrote, and the images should not
    # change from run to run.
    local dest="$work/images/$name" report="${TMPDIR:-/tmp}/frag792-screenshots/report-$name"
    rm -rf "$report"
    mkdir -p "$dest" "$report"
    if ! QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" QT_SCALE_FACTOR="$factor" LANG=C.UTF-8 \
        "$tool" "$dest" --lang "$lang" --report-dir "$report" >"$work/$name.log" 2>&1; then
        echo "screenshots: $name failed:" >&2
        cat "$work/$name.log" >&2
        return 1
    fi
    pdftoppm -r "$dpi" -png "$report/report.pdf" "$dest/08-report-pdf"
    echo "screenshots: $name: $(ls "$dest" | wc -l) images"
}

pids=()
for lang in $languages; do
    for scale in 100 150; do
        while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n || true; done
        render "$lang" "$scale" &
        pids+=($!)
    done
done
failed=0
for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
[ "$failed" = 0 ] || { echo "screenshots: a run failed" >&2; exit 1; }

python3 "$root/scripts/check_screenshots.py" "$work/images"

if [ -n "$out" ]; then
    mkdir -p "$out"
    for dir in "$work/images"/*; do
        rm -rf "$out/${dir##*/}"
        cp -r "$dir" "$out/"
    done
else
    # docs/screenshots: replace every image, so none is left from an older run.
    out="$root/docs/screenshots"
    find "$out" -name '*.png' -delete
    find "$out" -mindepth 1 -type d -empty -delete
    cp -r "$work/images/en" "$out/"
    for dir in "$work/images"/*; do
        mkdir -p "$out/${dir##*/}"
        for page in $docs_pages; do
            cp "$dir/$page.png" "$out/${dir##*/}/"
        done
    done
fi
echo "screenshots: $(find "$out" -name '*.png' | wc -l) images in $out, $(($(date +%s) - started)) s"
