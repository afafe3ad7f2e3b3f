#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Builds v4/corpus.tsv from the hand-written base texts in texts_scam.py and texts_other.py.

v4 was written as an outsider would write it: from the seed directives (000, 001, 004) and
issue 16 only, without reading the checker's rules, weights, lexicons or any earlier test part.
Each base text is one template (group "v4-<n>"); the script makes at most 4 variants of it by
filling the slots ({amt} {stk} {phone} {link} ...) and by the way people actually type:
  diacritics  as written (full diacritics), or as written when the author wrote it without
  nodiac      diacritics stripped (đ -> d), sometimes with a typo or two
  telex       typed with Telex on a keyboard without an input method ("chuyeenr khoanr")
  vni         typed with VNI ("chuye6n3 khoa3n")
  teen        teen code (ko, k, đc, ck, stk, a/e, r, j ...), lower case, often no diacritics
Output columns: group<TAB>label<TAB>method<TAB>typing<TAB>text, labels scam / opening / benign,
UTF-8, NFC. Deterministic: seed 4016. Run: python3 make_corpus.py (writes corpus.tsv).
"""
import random
import re
import unicodedata

from texts_other import BENIGN, OPENING
from texts_scam import SCAM

SEED = 4016
rng = random.Random(SEED)

# ---- slot values (all numbers and domains fictitious) -------------------------------------
BANKS = ["Vietcombank", "Agribank", "BIDV", "VietinBank", "Techcombank", "MB Bank", "ACB",
         "Sacombank", "TPBank", "VPBank"]
CITIES = ["Hà Nội", "Cần Thơ", "Hải Phòng", "Đà Nẵng", "Tiền Giang", "Quảng Ninh", "Nghệ An",
          "Bình Dương", "Huế", "Thanh Hóa"]
NAMES = ["Nguyễn Thị Lan", "Trần Minh Khôi", "Lê Bảo Ngọc", "Phạm Gia Huy", "Hoàng Anh Thư",
         "Đỗ Văn Nam", "Vũ Thị Mai", "Bùi Đức Anh"]
DAYS = ["15/12", "20/12/2026", "18/12", "05/01", "22/12", "28/12", "10/01/2027"]
SCAM_LINKS = ["https://vneid-capnhat.test/dinhdanh", "http://evn-hoantien.example/tt",
              "nganhang-xacthuc.test/login", "https://hotro-taikhoan.example/mo-khoa",
              "bit.example/3xK9q", "dichvucong-gov.test/app/DVC.apk", "sanvang-24h.example",
              "http://nhanqua-tri-an.test/q?id=77", "www.baohiem-hoantien.invalid",
              "https://app-hotro.test/tai-ve.apk", "thue-canhan.example/etax",
              "https://sangiaodich-usdt.test/reg?ref=vip8"]
# The fake site a scammer would send for each kind of scam (method prefix -> links).
LINKS_BY_METHOD = [
    ("fake_vneid", ["https://vneid-capnhat.test/dinhdanh", "dichvucong-gov.test/app/DVC.apk"]),
    ("fake_police", ["https://vneid-capnhat.test/dinhdanh", "https://app-hotro.test/tai-ve.apk"]),
    ("fake_electricity", ["http://evn-hoantien.example/tt", "bit.example/3xK9q"]),
    ("fake_tax", ["thue-canhan.example/etax", "dichvucong-gov.test/app/DVC.apk"]),
    ("fake_social_insurance", ["www.baohiem-hoantien.invalid", "bit.example/3xK9q"]),
    ("fake_insurance", ["www.baohiem-hoantien.invalid"]),
    ("fake_bank", ["nganhang-xacthuc.test/login", "https://hotro-taikhoan.example/mo-khoa",
                   "bit.example/3xK9q"]),
    ("account_locked", ["https://hotro-taikhoan.example/mo-khoa", "bit.example/3xK9q"]),
    ("sim", ["https://hotro-taikhoan.example/mo-khoa", "bit.example/3xK9q"]),
    ("invest", ["https://sangiaodich-usdt.test/reg?ref=vip8", "sanvang-24h.example"]),
    ("romance", ["https://sangiaodich-usdt.test/reg?ref=vip8", "sanvang-24h.example"]),
    ("prize", ["http://nhanqua-tri-an.test/q?id=77", "bit.example/3xK9q"]),
    ("fake_shipper", ["http://nhanqua-tri-an.test/q?id=77", "bit.example/3xK9q"]),
    ("fake_refund", ["https://hotro-taikhoan.example/mo-khoa", "nganhang-xacthuc.test/login"]),
    ("fake_app", ["https://app-hotro.test/tai-ve.apk", "dichvucong-gov.test/app/DVC.apk"]),
    ("online_loan", ["https://app-hotro.test/tai-ve.apk", "bit.example/3xK9q"]),
]
CHAT_LINKS = ["t.me/kiemtien_vip88", "https://t.me/+AbC12xyzGroup", "zalo.me/g/dautu-thongminh9",
              "https://zalo.me/0900555123", "t.me/hotro_nhiemvu_247"]
FORM_LINKS = ["https://forms.example/khaosat-voucher", "form.example/dangky-cuocthi?src=fb",
              "https://khaosat.test/f/8821"]


def digits(n, first="123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def amount():
    m = rng.choice([1, 2, 3, 5, 8, 12, 15, 20, 35, 50, 120, 300])
    k = rng.choice([0, 5]) if m < 10 else 0
    return rng.choice([
        "%d triệu" % m if not k else "%d,%d triệu" % (m, k),
        "%d.%d00.000đ" % (m, k),
        "%dtr" % m if not k else "%dtr%d" % (m, k),
        "{:,}".format(m * 1000000 + k * 100000).replace(",", ".") + " VND",
        "%d.%d00k" % (m, k or 5) if m < 10 else "%d triệu đồng" % m,
    ])


def phone():
    return "0" + rng.choice(["90", "91", "93", "97", "86", "33", "70"]) + "555" + digits(4, "0123456789")


SLOTS = {
    "amt": amount,
    "vnd": lambda: "{:,}VND".format(rng.choice([150, 320, 1250, 2000, 5000, 18500]) * 1000),
    "stk": lambda: digits(rng.choice([9, 10, 12, 13, 14])),
    "stkmask": lambda: digits(4, "0123456789") + "xxx" + digits(3, "0123456789"),
    "phone": phone,
    "code": lambda: digits(6, "0123456789"),
    "bank": lambda: rng.choice(BANKS),
    "city": lambda: rng.choice(CITIES),
    "name": lambda: rng.choice(NAMES),
    "day": lambda: rng.choice(DAYS),
    "link": lambda: rng.choice(SCAM_LINKS),
    "chat": lambda: rng.choice(CHAT_LINKS),
    "form": lambda: rng.choice(FORM_LINKS),
}


def fill(text, method):
    pool = next((links for prefix, links in LINKS_BY_METHOD if method.startswith(prefix)),
                SCAM_LINKS)
    SLOTS["link"] = lambda: rng.choice(pool)
    return re.sub(r"\{(\w+)\}", lambda m: SLOTS[m.group(1)](), text)


# ---- typings -------------------------------------------------------------------------------
TONES = {"\u0301": ("s", "1"), "\u0300": ("f", "2"), "\u0309": ("r", "3"), "\u0303": ("x", "4"),
         "\u0323": ("j", "5")}
MARKS = {"\u0302": ("", "6"), "\u0306": ("w", "8"), "\u031b": ("w", "7")}
URL_RE = re.compile(r"(https?://\S+|www\.\S+|\S+\.(?:test|example|invalid|me)\S*)")


def strip(text):
    out = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return out.replace("đ", "d").replace("Đ", "D")


def type_word(word, vni):
    """One word as typed key by key with Telex or VNI, the tone key at the end of the word."""
    keys, tone = [], ""
    for ch in word:
        if ch in "đĐ":
            keys.append(ch.replace("đ", "d").replace("Đ", "D") + ("9" if vni else ch.replace("đ", "d").replace("Đ", "D")))
            continue
        parts = unicodedata.normalize("NFD", ch)
        base, rest = parts[0], parts[1:]
        key = base
        for mark in rest:
            if mark in MARKS:
                if vni:
                    key += "6" if mark == "\u0302" else MARKS[mark][1]
                else:
                    key += base.lower() if mark == "\u0302" else "w"
            elif mark in TONES:
                tone = TONES[mark][1 if vni else 0]
        keys.append(key)
    typed = "".join(keys)
    if tone and word.isupper() and not vni:
        tone = tone.upper()
    return typed + tone


def keyboard(text, vni):
    pieces = URL_RE.split(text)
    out = []
    for i, piece in enumerate(pieces):
        if i % 2:
            out.append(piece)
        else:
            out.append(re.sub(r"[^\W\d_]+", lambda m: type_word(m.group(0), vni), piece))
    return "".join(out)


TEEN = [("số tài khoản", ["stk", "STK"]), ("tài khoản", ["tk", "tài khoản"]),
        ("chuyển khoản", ["ck", "CK", "chuyển khoản"]), ("không", ["ko", "k", "hông", "khum"]),
        ("được", ["đc", "dc"]), ("chồng", ["ck"]), ("vợ", ["vk"]), ("anh", ["a"]), ("em", ["e"]),
        ("chị", ["c", "chị"]), ("rồi", ["r", "rùi"]), ("gì", ["j"]), ("vậy", ["v", "z"]),
        ("biết", ["bít"]), ("trước", ["trc"]), ("với", ["vs"]), ("mình", ["mk", "mik"]),
        ("bây giờ", ["bh", "bjo"]), ("nhé", ["nha", "nhe", "nhá"]), ("facebook", ["fb"]),
        ("nhiều", ["nhìu"]), ("thôi", ["thui"]), ("yêu", ["iu"]), ("quá", ["wá", "qá"]),
        ("luôn", ["lun"]), ("điện thoại", ["đt", "dt"]), ("tin nhắn", ["tn"]),
        ("inbox", ["ib"]), ("bạn", ["b", "bn"]), ("ngân hàng", ["NH", "ngân hàng"]),
        ("triệu", ["tr", "triệu"]), ("nhanh", ["nhanh", "nhah"]), ("gấp", ["gấp", "gap"])]


def teen(text):
    pieces = URL_RE.split(text)
    out = []
    for i, piece in enumerate(pieces):
        if i % 2 == 0:
            piece = piece.lower()
            for word, subs in TEEN:
                piece = re.sub(r"(?<!\w)%s(?!\w)" % re.escape(word),
                               lambda m, subs=subs: rng.choice(subs) if rng.random() < 0.85 else m.group(0),
                               piece)
        out.append(piece)
    text = "".join(out)
    if rng.random() < 0.55:
        text = strip(text)
    return text.rstrip(".")


def typo(text):
    """One slip of the finger in a word of 4+ letters (never in a number or a link)."""
    pieces = URL_RE.split(text)
    idx = [i for i in range(0, len(pieces), 2) if re.search(r"[^\W\d_]{4,}", pieces[i])]
    if not idx:
        return text
    i = rng.choice(idx)
    words = list(re.finditer(r"[^\W\d_]{4,}", pieces[i]))
    m = rng.choice(words)
    w = m.group(0)
    j = rng.randrange(1, len(w) - 1)
    kind = rng.choice(["swap", "drop", "double"])
    if kind == "swap":
        w2 = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    elif kind == "drop":
        w2 = w[:j] + w[j + 1:]
    else:
        w2 = w[:j] + w[j] + w[j:]
    pieces[i] = pieces[i][:m.start()] + w2 + pieces[i][m.end():]
    return "".join(pieces)


def render(text, typing, ascii_author=False):
    if typing == "diacritics":
        return text
    if ascii_author and typing == "nodiac":
        out = strip(text)
        return typo(out) if rng.random() < 0.4 else out
    if typing == "nodiac":
        out = strip(text)
        return typo(out) if rng.random() < 0.4 else out
    if typing == "telex":
        return keyboard(text, vni=False)
    if typing == "vni":
        return keyboard(text, vni=True)
    if typing == "teen":
        out = teen(text)
        if ascii_author:  # slot values (triệu, đ) must not bring diacritics back
            out = strip(out)
        return typo(out) if rng.random() < 0.3 else out
    raise ValueError(typing)


def variants_for(text):
    """Typings for one template: as written first, then distinct others (max 4 in all)."""
    if text.isascii():  # written without diacritics by its author
        return ["nodiac", "teen", "nodiac"]
    return ["diacritics"] + rng.sample(["nodiac", "telex", "vni", "teen"], 3)


def main():
    templates = [("scam",) + t for t in SCAM] + [("opening",) + t for t in OPENING] + \
                [("benign",) + t for t in BENIGN]
    lines = ["# Corpus v4 (make_corpus.py, seed %d). group\tlabel\tmethod\ttyping\ttext" % SEED]
    seen = set()
    for n, (label, method, base) in enumerate(templates, 1):
        for typing in variants_for(base):
            text = unicodedata.normalize("NFC", render(fill(base, method), typing, base.isascii()))
            text = re.sub(r"\s+", " ", text).strip()
            if text in seen:
                continue
            seen.add(text)
            lines.append("\t".join(["v4-%d" % n, label, method, typing, text]))
    with open("corpus.tsv", "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
