#!/bin/sh
# The reading room under load (issue 16): a release build of `chronolex serve` on Corpus/,
# then wrk (Debian's package) from a second process on loopback: 200 connections for 20
# seconds asking for one article at a date; prints wrk's latency distribution.
#   scripts/load-test.sh [CONNECTIONS] [SECONDS]
set -eu
cd "$(dirname "$0")/.."
connections=${1:-200}
seconds=${2:-20}
command -v wrk >/dev/null || { echo "$0: wrk is not installed (apt-get install -y wrk)" >&2; exit 3; }
swift build -c release --product chronolex >&2
port=8732
.build/release/chronolex serve Corpus --port $port >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null' EXIT
sleep 3
url="http://127.0.0.1:$port/act/2015201234?at=2024-01-01&article=2"
curl -s -o /dev/null "$url"   # the first request consolidates the act
wrk --latency -t 2 -c "$connections" -d "${seconds}s" --timeout 5s "$url"
