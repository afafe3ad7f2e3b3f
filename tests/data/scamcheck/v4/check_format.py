#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Format check only (never runs the checker): 5 columns, known labels and typings, NFC
UTF-8, no tab or newline inside a text, no template on both sides. Prints counts."""
import collections
import sys
import unicodedata

LABELS = {"scam", "opening", "benign"}
TYPINGS = {"diacritics", "nodiac", "telex", "vni", "teen"}
bad = 0
sides = {}
counts = collections.Counter()
for name in ["corpus.tsv", "train.tsv", "test.tsv"]:
    raw = open(name, "rb").read()
    text = raw.decode("utf-8")  # raises on invalid UTF-8
    for n, line in enumerate(text.split("\n")[:-1], 1):
        if line.startswith("#"):
            if n != 1:
                print(name, n, "comment not on first line"); bad += 1
            continue
        cols = line.split("\t")
        if len(cols) != 5 or cols[1] not in LABELS or cols[3] not in TYPINGS or not cols[4].strip():
            print(name, n, "bad row:", line[:80]); bad += 1
            continue
        if unicodedata.normalize("NFC", line) != line or "\r" in line:
            print(name, n, "not NFC or CR"); bad += 1
        if name != "corpus.tsv":
            if sides.setdefault(cols[0], name) != name:
                print("template on both sides:", cols[0]); bad += 1
            counts[(name, cols[1])] += 1
for side in ["train.tsv", "test.tsv"]:
    groups = {g for g, s in sides.items() if s == side}
    print(side, "templates", len(groups), {l: counts[(side, l)] for l in sorted(LABELS)},
          "rows", sum(counts[(side, l)] for l in LABELS))
print("errors", bad)
sys.exit(1 if bad else 0)
