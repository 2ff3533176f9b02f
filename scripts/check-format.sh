#!/usr/bin/env bash
# Every tracked C++ file as clang-format (.clang-format) would write it; lists the files that are not.
# Fix with: git ls-files '*.h' '*.cpp' | xargs clang-format -i
set -euo pipefail
cd "$(dirname "$0")/.."
command -v clang-format >/dev/null || { echo "check-format: clang-format missing (apt-get install -y clang-format)" >&2; exit 2; }
git ls-files -z '*.h' '*.cpp' | xargs -0 clang-format --dry-run -Werror
echo "check-format: $(git ls-files '*.h' '*.cpp' | wc -l) files formatted"
