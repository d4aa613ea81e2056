#!/usr/bin/env bash
# The real-corpus report (issue 13): every triple of ../shared/corpus (triples-2024,
# fedris-ar-2007, accueil-cg-2014) consolidated and compared with Justel's next version,
# article by article; every act of amending-sample read, its instructions counted against
# the hand count in Tests/Data/amending-sample-instructions.tsv. Prints markdown.
#
#     scripts/real-corpus-report.sh [CORPUS] > report.md
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product chronolex-report >&2
exec .build/debug/chronolex-report "$@"
