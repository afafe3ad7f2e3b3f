#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fits the scam checker's two logistic models (Model.h) on the corpus's TRAIN part only.

  cmake --build build --target scamcheck_features
  build/bench/scamcheck/scamcheck_features assets/checker tests/data/scamcheck/v2/train.tsv > /tmp/train.feat
  python3 scripts/scamcheck-train.py /tmp/train.feat > assets/checker/model.tsv

(move model.tsv away before dumping, or the dump is the same: features do not depend on it).
P(scam): label scam = 1, opening/benign = 0. P(flag): scam/opening = 1, benign = 0.
Batch gradient descent with L2 (lambda 0.01), 3000 steps, stdlib only; never reads test.tsv.
"""
import math, sys

rows = []
for line in open(sys.argv[1], encoding="utf-8"):
    label, _, feats = line.rstrip("\n").partition("\t")
    x = {}
    for kv in feats.split():
        k, _, v = kv.rpartition("=")
        x[k] = float(v)
    rows.append((label, x))
names = sorted({k for _, x in rows for k in x})

def fit(target):
    w = {k: 0.0 for k in names}
    b, lr, lam = 0.0, 0.5, 0.01
    n = len(rows)
    for _ in range(3000):
        gw = {k: 0.0 for k in names}
        gb = 0.0
        for label, x in rows:
            z = b + sum(w[k] * v for k, v in x.items())
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            e = p - target(label)
            gb += e
            for k, v in x.items():
                gw[k] += e * v
        b -= lr * gb / n
        for k in names:
            w[k] -= lr * (gw[k] / n + lam * w[k])
    return w, b

ws, bs = fit(lambda l: 1.0 if l == "scam" else 0.0)
wf, bf = fit(lambda l: 1.0 if l in ("scam", "opening") else 0.0)
print("# Fitted by scripts/scamcheck-train.py on tests/data/scamcheck/v2/train.tsv (%d messages)." % len(rows))
print("# feature\tweight_scam\tweight_flag")
print("bias\t%.4f\t%.4f" % (bs, bf))
for k in names:
    print("%s\t%.4f\t%.4f" % (k, ws[k], wf[k]))
