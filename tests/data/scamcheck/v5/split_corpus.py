#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Splits v5/corpus.tsv ONCE into train.tsv (70 % of templates) and test.tsv (30 %), by
template group (all variants of a template land on the same side), stratified by label,
seed 5050. It was run once, before the checker or any training ever saw v5; its output is
committed and frozen: never re-run it to move lines between the parts, never tune on test.tsv.
"""
import collections
import os
import random

SEED = 5050
HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    rng = random.Random(SEED)
    with open(os.path.join(HERE, "corpus.tsv"), encoding="utf-8") as f:
        rows = [l.rstrip("\n").split("\t") for l in f if not l.startswith("#")]
    groups = collections.OrderedDict()
    for r in rows:
        groups.setdefault(r[0], []).append(r)
    by_label = collections.defaultdict(list)
    for g in sorted(groups, key=lambda g: int(g.split("-")[1])):
        by_label[groups[g][0][1]].append(g)
    test_groups = set()
    for label in sorted(by_label):
        keys = by_label[label][:]
        rng.shuffle(keys)
        test_groups.update(keys[: round(len(keys) * 0.3)])
    head = "# %s part of v5/corpus.tsv (split_corpus.py, seed %d). group\tlabel\tmethod\ttyping\ttext\n"
    with open(os.path.join(HERE, "train.tsv"), "w", encoding="utf-8") as tr, \
            open(os.path.join(HERE, "test.tsv"), "w", encoding="utf-8") as te:
        tr.write(head % ("Train", SEED))
        te.write(head % ("Frozen test", SEED))
        for g in sorted(groups, key=lambda g: int(g.split("-")[1])):
            for r in groups[g]:
                (te if g in test_groups else tr).write("\t".join(r) + "\n")


if __name__ == "__main__":
    main()
