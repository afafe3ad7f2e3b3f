#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Splits v4/corpus.tsv ONCE into train.tsv (70 % of templates) and test.tsv (30 %), by
template group (all variants of a template on the same side), stratified by label, seed 4040.
Run once, before the checker or any training ever sees v4; the output is committed and
frozen: never re-run it to move lines between the parts, never tune on test.tsv.
"""
import collections
import random

SEED = 4040
rng = random.Random(SEED)
rows = [l.rstrip("\n").split("\t") for l in open("corpus.tsv", encoding="utf-8")
        if not l.startswith("#")]
groups = collections.defaultdict(list)
for r in rows:
    groups[r[0]].append(r)
label_of = {g: rs[0][1] for g, rs in groups.items()}
by_label = collections.defaultdict(list)
for g in sorted(groups, key=lambda g: int(g.split("-")[1])):
    by_label[label_of[g]].append(g)
test_groups = set()
for label in sorted(by_label):
    keys = by_label[label][:]
    rng.shuffle(keys)
    test_groups.update(keys[: round(len(keys) * 0.3)])
head = "# %s part of v4/corpus.tsv (split_corpus.py, seed %d). group\tlabel\tmethod\ttyping\ttext\n"
with open("train.tsv", "w", encoding="utf-8") as tr, open("test.tsv", "w", encoding="utf-8") as te:
    tr.write(head % ("Train", SEED))
    te.write(head % ("Frozen test", SEED))
    for g in sorted(groups, key=lambda g: int(g.split("-")[1])):
        for r in groups[g]:
            (te if g in test_groups else tr).write("\t".join(r) + "\n")
