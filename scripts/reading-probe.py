#!/usr/bin/env python3
"""A probe for silent misreadings: every point label (`3°`), paragraph (`§ 2`) and quotation
an instruction writes outside its own quotations must appear in the edits read from that
line, unless the line is reported as an error. It prints the lines where one does not.

    scripts/reading-probe.py [--binary .build/debug/chronolex] FILE.md ...

A line it prints is not necessarily wrong (a label may be the amending article's own § or
belong to a history clause): it is a line to read by hand. It found, on 2026-12-02, « le 2°,
modifié par … et le 3° sont abrogés » losing the 3° and « dans le § 2, 2°, dans le § 3, 2° »
keeping the last place alone (both fixed, with tests).
"""
import json
import re
import subprocess
import sys


def probe(binary, path):
    lines = open(path, encoding="utf-8").read().split("\n")
    run = subprocess.run([binary, "edits", path, "--keep-going", "--format", "json"], capture_output=True, text=True)
    if not run.stdout.strip():
        return
    by_line = {}
    for edit in json.loads(run.stdout)["edits"]:
        by_line.setdefault(edit["line"], []).append(edit)
    for line, edits in sorted(by_line.items()):
        if any(edit.get("error") for edit in edits):
            continue
        text = lines[line - 1]
        blob = json.dumps(edits, ensure_ascii=False).replace('\\"', '"')
        bare = re.sub(r'"[^"]*"|«[^»]*»', "", text)
        labels = [label for label in re.findall(r"(?<![\w/])(\d+°(?:bis|ter|quater)?|§\s*\d+)", bare)
                  if label.replace(" ", "") not in blob and label.replace(" ", "").replace("§", "§ ") not in blob]
        quotes = [q.strip()[:25] for a, b in re.findall(r'"\s*([^"]{3,})"|«\s*([^»]{3,})»', text)
                  for q in [a or b] if q.strip()[:25] not in blob]
        if labels or quotes:
            print(f"{path}:{line}: not in its edits: labels {labels} quotations {quotes[:3]} :: {text[:140]}")


def main(argv):
    binary = ".build/debug/chronolex"
    if len(argv) > 1 and argv[0] == "--binary":
        binary, argv = argv[1], argv[2:]
    for path in argv:
        probe(binary, path)


if __name__ == "__main__":
    main(sys.argv[1:])
