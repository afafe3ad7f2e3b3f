#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Format check of v5 only (it never runs the checker): 5 columns, group "v5-<n>", known
labels and typings, NFC UTF-8 without CR or tab inside a text, a '#' comment on the first
line only ("Frozen test part" on test.tsv), one label and method per template, at most 4
variants per template, no duplicate text, train + test = corpus, no template on both sides,
phone numbers 0xx555xxxx and links only on fictitious domains. Prints the counts.
Run: python3 check_format.py   (in this folder or anywhere)"""
import collections
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = ("scam", "opening", "benign")
TYPINGS = {"diacritics", "nodiac", "telex", "vni", "teen"}
GROUP_RE = re.compile(r"^v5-[1-9][0-9]*$")
PHONE_RE = re.compile(r"(?<![0-9A-Za-z])0\d{9}(?!\d)")  # not inside a customer code
LINK_RE = re.compile(r"(?:https?://)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?:/\S*)?", re.I)
FAKE_TLDS = (".test", ".example", ".invalid")
CHAT_HOSTS = ("t.me", "zalo.me")
# Words that look like host names in the texts but are not links.
NOT_HOSTS = {"118/hs"}

bad = 0


def err(*what):
    global bad
    bad += 1
    print(*what)


def read(name):
    rows = []
    raw = open(os.path.join(HERE, name), "rb").read()
    text = raw.decode("utf-8")  # raises on invalid UTF-8
    if "\r" in text:
        err(name, "has CR")
    lines = text.split("\n")
    if lines[-1] != "":
        err(name, "no final newline")
    for n, line in enumerate(lines[:-1], 1):
        if line.startswith("#"):
            if n != 1:
                err(name, n, "comment not on the first line")
            if name == "test.tsv" and "Frozen test part" not in line:
                err(name, "header does not say 'Frozen test part'")
            continue
        if n == 1:
            err(name, "first line is not a '#' comment")
        cols = line.split("\t")
        if len(cols) != 5 or not GROUP_RE.match(cols[0]) or cols[1] not in LABELS \
                or cols[3] not in TYPINGS or not re.match(r"^[a-z0-9_]+$", cols[2]) \
                or not cols[4].strip() or cols[4] != cols[4].strip():
            err(name, n, "bad row:", line[:80])
            continue
        if unicodedata.normalize("NFC", line) != line:
            err(name, n, "not NFC")
        for p in PHONE_RE.findall(cols[4]):
            if p[3:6] != "555":
                err(name, n, "phone number not 0xx555xxxx:", p)
        for host in LINK_RE.findall(cols[4]):
            h = host.lower()
            if h.endswith(FAKE_TLDS) or h in CHAT_HOSTS:
                continue
            if re.match(r"^[\d.]+$", h) or h in NOT_HOSTS:
                continue
            err(name, n, "link or host not on a fictitious domain:", host)
        rows.append(cols)
    return rows


def main():
    corpus = read("corpus.tsv")
    parts = {"train.tsv": read("train.tsv"), "test.tsv": read("test.tsv")}
    info = {}
    per_group = collections.Counter()
    texts = set()
    for r in corpus:
        if info.setdefault(r[0], (r[1], r[2])) != (r[1], r[2]):
            err("template with two labels or methods:", r[0])
        per_group[r[0]] += 1
        if r[4] in texts:
            err("duplicate text:", r[4][:60])
        texts.add(r[4])
    for g, n in per_group.items():
        if n > 4:
            err("more than 4 variants:", g, n)
    side_of = {}
    for side, rows in parts.items():
        for r in rows:
            if side_of.setdefault(r[0], side) != side:
                err("template on both sides:", r[0])
    joined = sorted(map(tuple, parts["train.tsv"] + parts["test.tsv"]))
    if joined != sorted(map(tuple, corpus)):
        err("train.tsv + test.tsv differ from corpus.tsv")
    print("%-18s %9s %6s %6s %6s %6s" % ("side", "templates", *LABELS, "rows"))
    for side, rows in list(parts.items()) + [("all (corpus.tsv)", corpus)]:
        groups = {r[0] for r in rows}
        c = collections.Counter(r[1] for r in rows)
        gl = collections.Counter(info[g][0] for g in groups)
        print("%-18s %9d %6d %6d %6d %6d" % (side, len(groups), *(c[l] for l in LABELS), len(rows)),
              " templates per label:", ", ".join("%s %d" % (l, gl[l]) for l in LABELS))
    t = collections.Counter(r[3] for r in corpus)
    print("typings:", ", ".join("%s %d" % (k, t[k]) for k in sorted(t)))
    print("methods:", len({m for _, m in info.values()}))
    print("errors", bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
