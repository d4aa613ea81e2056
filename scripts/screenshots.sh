#!/bin/sh
# Screenshots of each kind of page of the reading room, on Corpus/, into docs/screenshots/.
#   scripts/screenshots.sh
set -eu
cd "$(dirname "$0")/.."
swift build --product chronolex >&2
port=8731
.build/debug/chronolex serve Corpus --port $port >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null' EXIT
sleep 3
mkdir -p docs/screenshots
base=http://127.0.0.1:$port
shot() { scripts/browse.sh "$base$2" "docs/screenshots/$1.png" "${3:-1280,1400}" >/dev/null; echo "docs/screenshots/$1.png"; }
shot home "/" 1280,500
shot search "/search?q=pr%C3%AAt%20num%C3%A9rique" 1280,900
shot act "/act/2015201234?at=2024-01-01" 1280,1600
shot article "/act/2015201234?at=2024-01-01&article=2" 1280,1400
shot history "/act/2015201234/history?article=2" 1280,700
shot diff "/act/2015201234/diff?from=2017-12-31&to=2024-01-01&article=2" 1280,1200
shot amending "/act/2015201234/amending" 1280,1400
shot error "/act/2015201234?at=2021-02-31" 1280,450
