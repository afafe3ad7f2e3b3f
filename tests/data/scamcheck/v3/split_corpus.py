#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Splits the v3 corpus.tsv ONCE into train.tsv (70 % of templates) and test.tsv (30 %), by
template group, stratified by label, seed 3030, so no template of the frozen test part is
seen while training or tuning. Run once (issue 16, third round), before any training on
v3; the output is committed and frozen: never re-run it to move lines between the parts.
"""
import collections
import random

rng = random.Random(3030)
rows = [l.rstrip("\n").split("\t") for l in open("corpus.tsv", encoding="utf-8") if not l.startswith("#")]
groups = collections.defaultdict(list)
for r in rows:
    groups[(r[1], int(r[0].split("-")[1]))].append(r)
by_label = collections.defaultdict(list)
for key in sorted(groups):
    by_label[key[0]].append(key)
test_groups = set()
for label in sorted(by_label):
    keys = by_label[label][:]
    rng.shuffle(keys)
    test_groups.update(keys[: round(len(keys) * 0.3)])
head = "# %s part of v3/corpus.tsv (split_corpus.py, seed 3030). group\tlabel\tmethod\ttyping\ttext\n"
with open("train.tsv", "w", encoding="utf-8") as tr, open("test.tsv", "w", encoding="utf-8") as te:
    tr.write(head % "Train")
    te.write(head % "Frozen test")
    for key in sorted(groups, key=lambda k: k[1]):
        for r in groups[key]:
            (te if key in test_groups else tr).write("\t".join(r) + "\n")
