#!/usr/bin/env python3
"""Checks a folder of fetched library sources against manifest.tsv (benchmarks/real-libraries/README.md).

usage: check-inputs.py DIR

Each manifest row (repo, path, commit, lines, chars) must exist as DIR/<owner>__<repo>/<path>, with the
same number of newline characters (what `wc -l` counts) and of characters (the index's total_chars);
files in DIR that the manifest does not list are reported too. Exit 1 on any difference.
"""
import csv
import os
import sys


def main() -> int:
    if len(sys.argv) != 2 or not os.path.isdir(sys.argv[1]):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    root = sys.argv[1]
    manifest = os.path.join(os.path.dirname(os.path.abspath(__file__)), "manifest.tsv")
    listed = set()
    problems = 0
    with open(manifest, encoding="utf-8", newline="") as rows:
        for row in csv.DictReader(rows, delimiter="\t"):
            relative = os.path.join(row["repo"].replace("/", "__"), row["path"])
            listed.add(os.path.normpath(relative))
            path = os.path.join(root, relative)
            if not os.path.isfile(path):
                print(f"missing\t{relative}")
                problems += 1
                continue
            with open(path, encoding="utf-8", newline="") as source:
                text = source.read()
            if text.count("\n") != int(row["lines"]) or len(text) != int(row["chars"]):
                print(f"differs\t{relative}\t{text.count(chr(10))} lines, {len(text)} chars; manifest {row['lines']}, {row['chars']}")
                problems += 1
    for folder, _, files in os.walk(root):
        for name in files:
            if name.endswith(".cs"):
                relative = os.path.normpath(os.path.relpath(os.path.join(folder, name), root))
                if relative not in listed:
                    print(f"unlisted\t{relative}")
                    problems += 1
    print(f"{len(listed)} files in the manifest, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
