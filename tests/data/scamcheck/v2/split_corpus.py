#!/usr/bin/env python3
"""Splits corpus.tsv ONCE into train.tsv (70 % of templates) and test.tsv (30 %), by group,
so that no template of the frozen test part is ever seen while training or tuning:
the test figures measure messages written differently from everything tuned on.
Stratified by label, seed 1616. Run once (issue 16); the output is committed and frozen:
never re-run it to move lines between the parts.
"""
import random, collections
rng = random.Random(1616)
rows = [l.rstrip("\n").split("\t") for l in open("corpus.tsv", encoding="utf-8") if not l.startswith("#")]
groups = collections.defaultdict(list)
for r in rows:
    groups[(r[1], r[2] == "lookup" or r[3] == "lookup", int(r[0]))].append(r)
by_label = collections.defaultdict(list)
for key in sorted(groups):
    by_label[(key[0], key[1])].append(key)
test_groups = set()
for lab in sorted(by_label):
    keys = by_label[lab][:]
    rng.shuffle(keys)
    test_groups.update(keys[: round(len(keys) * 0.3)])
head = "# Frozen part of corpus.tsv (split_corpus.py, seed 1616). group\tlabel\tmethod\ttyping\ttext\n"
with open("train.tsv", "w", encoding="utf-8") as tr, open("test.tsv", "w", encoding="utf-8") as te:
    tr.write(head.replace("Frozen", "Train"))
    te.write(head.replace("Frozen", "Frozen test"))
    for key in sorted(groups, key=lambda k: k[2]):
        for r in groups[key]:
            (te if key in test_groups else tr).write("\t".join(r) + "\n")
