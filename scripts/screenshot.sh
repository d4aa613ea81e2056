#!/bin/sh
# Renders an HTML page to a PNG with headless Chromium (Debian's `chromium` package).
#   scripts/screenshot.sh IN.html OUT.png [WIDTH,HEIGHT]
# Nothing is fetched: the page is opened from the file system.
set -eu
if [ $# -lt 2 ]; then echo "usage: $0 IN.html OUT.png [WIDTH,HEIGHT]" >&2; exit 2; fi
in=$1; out=$2; size=${3:-1200,1600}
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then echo "$0: chromium is not installed (apt-get install -y chromium)" >&2; exit 3; fi
case $in in /*) ;; *) in=$(pwd)/$in ;; esac
case $out in /*) ;; *) out=$(pwd)/$out ;; esac
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile" \
  --no-first-run --disable-background-networking --disable-component-update \
  --screenshot="$out" --window-size="$size" "file://$in" >/dev/null 2>&1
test -s "$out"
