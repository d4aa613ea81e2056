#!/bin/sh
# Opens a page of the reading room (`chronolex serve`) in headless Chromium, as a jurist's
# browser would: prints its DOM on stdout, fails on any console message or failed request.
#   scripts/browse.sh URL [SCREENSHOT.png [WIDTH,HEIGHT]]
# Exit: 0 clean, 1 a problem (printed on stderr), 2 usage, 3 chromium not installed.
# Only loopback addresses are opened.
set -u
if [ $# -lt 1 ]; then echo "usage: $0 URL [SCREENSHOT.png [WIDTH,HEIGHT]]" >&2; exit 2; fi
url=$1
case $url in http://127.0.0.1:*|http://localhost:*) ;; *) echo "$0: only http://127.0.0.1:PORT/… is opened" >&2; exit 2 ;; esac
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then echo "$0: chromium is not installed (apt-get install -y chromium)" >&2; exit 3; fi
profile=$(mktemp -d)
log=$(mktemp)
trap 'rm -rf "$profile" "$log"' EXIT
flags="--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --disable-background-networking --disable-component-update --disable-sync"
# shellcheck disable=SC2086
"$browser" $flags --user-data-dir="$profile" --enable-logging=stderr --v=0 --dump-dom "$url" 2>"$log"
status=$?
if [ $status -ne 0 ]; then echo "$0: $url did not load (chromium exit $status)" >&2; tail -n 20 "$log" >&2; exit 1; fi
if grep -E ':CONSOLE[:(]|Uncaught|net::ERR_|Refused to' "$log" >&2; then
  echo "$0: console messages or failed requests on $url" >&2
  exit 1
fi
if [ $# -ge 2 ]; then
  # shellcheck disable=SC2086
  "$browser" $flags --user-data-dir="$profile" --screenshot="$2" --window-size="${3:-1280,1600}" "$url" >/dev/null 2>&1
  test -s "$2" || { echo "$0: no screenshot of $url" >&2; exit 1; }
fi
