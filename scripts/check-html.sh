#!/bin/sh
# Checks a generated HTML page: self-contained (no script, no external resource: nothing
# to fetch; a link to follow, such as an ELI, is allowed), and loads in headless Chromium
# without any console message.
#   scripts/check-html.sh PAGE.html
# Exit: 0 clean, 1 a problem (printed on stderr), 2 usage, 3 chromium not installed.
# Chronolex pages hold no script, so any console message at all counts as an error.
set -u
if [ $# -ne 1 ]; then echo "usage: $0 PAGE.html" >&2; exit 2; fi
page=$1
case $page in /*) ;; *) page=$(pwd)/$page ;; esac
if [ ! -s "$page" ]; then echo "$0: $page is missing or empty" >&2; exit 1; fi

# 1. Self-contained. Text is escaped (no raw '<' in it), so these match real tags only.
if grep -Eq '<(script|link|img|iframe|object|embed|video|audio|source|base)[ >/]' "$page"; then
  echo "$0: $page has a script or an external resource tag" >&2; exit 1
fi
# A link a reader may follow (<a href="https://…">: an amending act's ELI) fetches nothing;
# any other tag naming another resource, or a link of another scheme (javascript:), fails.
outside=$(grep -Eo '<[a-z]+ [^>]*(href|src)="[^"#][^"]*"' "$page" | grep -Ev '^<a [^>]*href="https?://[^"]*"$' || true)
if [ -n "$outside" ]; then
  echo "$0: $page links outside itself:" >&2
  echo "$outside" | head -n 5 >&2; exit 1
fi
if sed -n '/<style/,/<\/style>/p' "$page" | grep -Eq 'url\(|@import'; then
  echo "$0: $page's stylesheet fetches something (url() or @import)" >&2; exit 1
fi

# 2. Loads in Chromium, no console message.
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then echo "$0: chromium is not installed (apt-get install -y chromium)" >&2; exit 3; fi
profile=$(mktemp -d)
log=$(mktemp)
dom=$(mktemp)
trap 'rm -rf "$profile" "$log" "$dom"' EXIT
"$browser" --headless --no-sandbox --disable-gpu --user-data-dir="$profile" --no-first-run \
  --disable-background-networking --disable-component-update \
  --enable-logging=stderr --v=0 --dump-dom "file://$page" >"$dom" 2>"$log"
status=$?
if [ $status -ne 0 ] || ! grep -q '</html>' "$dom"; then
  echo "$0: $page did not load (chromium exit $status)" >&2
  tail -n 20 "$log" >&2
  exit 1
fi
if grep -E ':CONSOLE[:(]|Uncaught|net::ERR_' "$log" >&2; then
  echo "$0: console messages in $page" >&2
  exit 1
fi
echo "ok: $page is self-contained and loads without console messages"
