#!/bin/sh
# The command line's HTML pages on Corpus/, rendered by headless Chromium into docs/:
#   docs/screenshots/consolidate.png  consolidate --format html (provenance)
#   docs/screenshots/consolidate-article.png   the same for art. 9 (markers and notes)
#   docs/screenshots/check.png        check --format html (the report)
#   docs/diff-example.png             diff --format html
# The check needs an official text: Corpus/ has none, so one is made from Chronolex's own
# consolidation on 1 January 2023 with the change of art. 3 of the arrêté of 15 December
# 2022 undone in art. 9 (« sept membres », as a text lagging behind that arrêté would read)
# and « Comité » left as « Conseil » in art. 10 — an example, not Justel's text.
#   scripts/html-screenshots.sh
set -eu
cd "$(dirname "$0")/.."
swift build --product chronolex >&2
bin=.build/debug/chronolex
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p docs/screenshots
$bin consolidate Corpus --act 2015201234 --at 2024-01-01 --format html --quiet > "$work/consolidate.html"
scripts/screenshot.sh "$work/consolidate.html" docs/screenshots/consolidate.png 1200,1600
$bin consolidate Corpus --act 2015201234 --at 2024-01-01 --article 9 --format html --quiet > "$work/article.html"
scripts/screenshot.sh "$work/article.html" docs/screenshots/consolidate-article.png 1200,1300
$bin consolidate Corpus --act 2015201234 --at 2023-01-01 --format markdown --quiet \
  | sed -e 's/composé de neuf membres/composé de sept membres/' \
        -e '/^\*\*Art\. 10\.\*\*/s/avis du Comité des bibliothèques/avis du Conseil des bibliothèques/' > "$work/official-2023-01-01.md"
(cd "$work" && "$OLDPWD/$bin" check "$OLDPWD/Corpus" --act 2015201234 --against official-2023-01-01.md --at 2023-01-01 --format html --quiet > check.html) || true
scripts/screenshot.sh "$work/check.html" docs/screenshots/check.png 1200,1600
$bin diff Corpus --act 2015201234 --from 2019-06-01 --to 2023-01-01 --format html --quiet > "$work/diff.html"
scripts/screenshot.sh "$work/diff.html" docs/diff-example.png 1200,1600
for page in consolidate article check diff; do scripts/check-html.sh "$work/$page.html" >/dev/null; done
echo docs/screenshots/consolidate.png docs/screenshots/consolidate-article.png docs/screenshots/check.png docs/diff-example.png
