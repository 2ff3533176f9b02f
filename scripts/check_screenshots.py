#!/usr/bin/env python3
"""Checks a screenshot set written by scripts/screenshots.sh.

DIR holds one folder per language and scale: en/, en-150/, de/, de-150/, ...
Fails (exit 1, one line per problem) when
  - a language lacks an image that another language has (a page that did not render there),
  - an image has no 150 % twin, or the twin is not 1.5 times its size (1 pixel of rounding),
  - a file is not a PNG, or an expected page (wizard, consoles, PDF report) is missing.
Usage: check_screenshots.py DIR
"""
import struct
import sys
from pathlib import Path

# One of each kind: a wizard page, the last page, a console mimic, the PDF report.
EXPECTED = ["01-symptom.png", "04-capture-verdict.png", "07-report.png", "05f-console-tmg2010.png"]


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    if len(head) < 24 or head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", head[16:24])


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    top = Path(sys.argv[1])
    sets = {d.name: {p.name for p in d.glob("*.png")} for d in top.iterdir() if d.is_dir()}
    problems = []
    bases = sorted(n for n in sets if not n.endswith("-150"))
    if not bases:
        problems.append(f"{top}: no language folders")
    reference = set().union(*(sets[b] for b in bases)) if bases else set()
    for name in EXPECTED:
        if name not in reference:
            problems.append(f"no {name} in any language")
    if not any(n.startswith("08-report-pdf") for n in reference):
        problems.append("no page of the PDF report")
    checked = 0
    for base in bases:
        twin = base + "-150"
        for missing in sorted(reference - sets[base]):
            problems.append(f"{base}/{missing} missing")
        if twin not in sets:
            problems.append(f"{twin}/ missing")
            continue
        for missing in sorted(sets[base] - sets[twin]):
            problems.append(f"{twin}/{missing} missing")
        for image in sorted(sets[base] & sets[twin]):
            small = png_size(top / base / image)
            large = png_size(top / twin / image)
            if small is None or large is None:
                problems.append(f"{base}/{image} or its twin is not a PNG")
                continue
            want = (small[0] * 1.5, small[1] * 1.5)
            if abs(large[0] - want[0]) > 1 or abs(large[1] - want[1]) > 1:
                problems.append(
                    f"{twin}/{image} is {large[0]}x{large[1]}, not 1.5 x {small[0]}x{small[1]}")
            checked += 1
    for line in problems:
        print(f"check_screenshots: {line}", file=sys.stderr)
    if problems:
        return 1
    print(f"check_screenshots: {len(bases)} languages, {checked} image pairs at 100 % and 150 %, all 1.5x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
