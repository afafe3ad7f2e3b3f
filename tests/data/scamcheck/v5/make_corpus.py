#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Builds v5/corpus.tsv from the hand-written templates in texts_scam.py and texts_other.py.

v5 is an independent evaluation set for issue 16: its author read neither the checker nor the
text rows of any earlier corpus (see README.md). Each template is one group ("v5-<n>"); this
script makes at most 4 variants of it by filling the slots ({amt} {stk} {phone} {link} ...)
and by the way people actually type on a phone:
  diacritics  as written
  nodiac      diacritics stripped (đ -> d), 40 % with a slip of the finger
  telex       Telex keys typed without an input method; per message the tone key goes either
              at the end of the word ("chuyeenr") or right after its vowel ("chuyeern")
  vni         VNI keys typed the same way ("chuye6n3" / "chuye63n")
  teen        teen code (ko/hông/khum, dc, ck, stk, tk, a/e/c, r, j, z, mn, ...), lower case,
              half of them without diacritics, 30 % with a slip
A template written without any diacritic by its author gets only nodiac (as written, then
with a forced slip) and teen variants. Output columns: group<TAB>label<TAB>method<TAB>typing
<TAB>text, UTF-8 NFC, first line a '#' comment. Deterministic: seed 5016.
Run: python3 make_corpus.py   (writes corpus.tsv next to this file)
"""
import os
import random
import re
import unicodedata

from texts_other import BENIGN, OPENING
from texts_scam import SCAM

SEED = 5016
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

# ---- slot values: every number random, every scam domain fictitious ----------------------
BANKS = ["Vietcombank", "Agribank", "BIDV", "VietinBank", "Techcombank", "MB Bank", "ACB",
         "Sacombank", "VPBank", "HDBank", "SHB", "TPBank"]
CITIES = ["Cần Thơ", "Tiền Giang", "Hải Phòng", "Long An", "Đồng Nai", "Bắc Ninh", "Quảng Nam",
          "Nam Định", "Vĩnh Long", "Đắk Lắk", "Thái Bình", "Khánh Hòa"]
NAMES = ["Nguyễn Văn Long", "Trần Thị Hồng Nhung", "Lê Hoàng Phúc", "Phạm Thị Thu Trang",
         "Huỳnh Minh Tâm", "Võ Thị Kim Anh", "Đặng Quốc Bảo", "Ngô Thanh Hải"]
DAYS = ["12/12", "16/12/2026", "19/12", "23/12", "30/12", "03/01", "08/01/2027"]
LINKS = {
    "gov": ["https://dichvucong-vneid.test/capnhat", "vneid-dongbo.invalid/app.apk",
            "http://congan-hoso.example/tra-cuu"],
    "bank": ["https://xacthuc-sinhtrachoc.test/login", "ebank-baomat.example/khoa",
             "http://nganhang-diemthuong.invalid/doi"],
    "util": ["http://evn-thanhtoan.test/no-cuoc", "tiendien-hoantra.example/app.apk",
             "https://capnuoc-thanhtoan.invalid/hd"],
    "tax": ["https://etax-hoanthue.invalid/dl", "thuetncn-hoantra.test/etax.apk"],
    "ship": ["https://giaohang-capnhat.test/phi", "ghn-dongia.example/don"],
    "money": ["https://san-usdt-pro.test/dangky?ref=k88", "vangso-24h.example",
              "http://daocoin-ai.invalid/join"],
    "gift": ["http://quatang-trian.test/nhan", "binhchon-nhi.example/vote?id=15",
             "https://voucher-lucky.invalid/q"],
    "app": ["https://hotro-tuxa.test/tai.apk", "vayngay-5phut.example/app",
            "app-nguoicaotuoi.invalid/dk"],
    "doc": ["https://drive-tailieu.test/hopdong-ncc.pdf", "docs-chiase.example/file/8812"],
    "social": ["https://meta-khangnghi.test/page", "facebook-baomat.example/verify",
               "http://zalo-thanhvien.invalid/xacnhan"],
}
# Method prefix -> kind of fake site a scammer would send for it.
LINK_KIND = [("fake_vneid", "gov"), ("fake_police", "gov"), ("fake_court", "gov"),
             ("fake_bank", "bank"), ("fake_electricity", "util"), ("fake_tax", "tax"),
             ("fake_water", "util"), ("fake_evn", "util"), ("fake_shipper", "ship"),
             ("invest", "money"), ("romance", "money"), ("prize", "gift"),
             ("hacked_vote", "gift"), ("seller", "bank"), ("fake_app", "app"),
             ("loan", "app"), ("fake_facebook", "social"), ("fake_boss", "doc"), ("fake_zalo", "social")]
CHATS = ["t.me/nhiemvu_vip_168", "https://t.me/+Qx7TradeRoom", "zalo.me/g/chungkhoan-vip5",
         "https://zalo.me/0935555812", "t.me/cskh_hoanxu_24h"]
FORMS = ["https://khaosat-voucher.test/f/2k", "form.example/quatang?src=zalo",
         "https://dangky-nhanqua.invalid/form"]


def digits(n, first="123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def amount():
    """Big amounts written the many ways people write money."""
    m = rng.choice([1, 2, 3, 4, 5, 7, 8, 12, 15, 20, 30, 45, 60, 150])
    h = rng.choice([0, 0, 5, 2]) if m < 10 else 0
    forms = ["%d triệu" % m, "{:,}đ".format(m * 10**6 + h * 10**5).replace(",", "."),
             "{:,} VND".format(m * 10**6 + h * 10**5).replace(",", "."),
             "%dtr" % m if not h else "%dtr%d" % (m, h), "%d củ" % m,
             "%d,%d triệu" % (m, h) if h else "%d triệu đồng" % m,
             "%d.%d00k" % (m, h) if m < 10 else "%dtr" % m]
    return rng.choice(forms)


def small():
    k = rng.choice([99, 150, 199, 250, 300, 350, 450, 500, 680, 850, 950])
    return rng.choice(["%dk" % k, "{:,}đ".format(k * 1000).replace(",", "."),
                       "%d nghìn" % k, "%d.000 đồng" % k, "%dK" % k])


def phone():
    return "0" + rng.choice(["32", "35", "38", "76", "79", "81", "84", "88", "96", "98"]) + \
        "555" + digits(4, "0123456789")


SLOTS = {
    "amt": amount,
    "small": small,
    "vnd": lambda: "{:,}VND".format(rng.choice([120, 250, 480, 1500, 3000, 7200]) * 1000),
    "stk": lambda: digits(rng.choice([9, 10, 11, 12, 13, 14])),
    "stkmask": lambda: digits(4, "0123456789") + "xxx" + digits(3, "0123456789"),
    "phone": phone,
    "code": lambda: digits(6, "0123456789"),
    "bank": lambda: rng.choice(BANKS),
    "city": lambda: rng.choice(CITIES),
    "name": lambda: rng.choice(NAMES),
    "day": lambda: rng.choice(DAYS),
    "chat": lambda: rng.choice(CHATS),
    "form": lambda: rng.choice(FORMS),
    "order": lambda: rng.choice(["GHN", "SPX", "VN", "#"]) + digits(9, "0123456789"),
}


def fill(text, method):
    kind = next((k for prefix, k in LINK_KIND if method.startswith(prefix)), None)
    pool = LINKS[kind] if kind else [l for ls in LINKS.values() for l in ls]

    chosen = {}  # a slot used twice in one text ("{amt} + phí ... {amt}") keeps its value

    def one(m):
        name = m.group(1)
        if name not in chosen:
            chosen[name] = rng.choice(pool) if name == "link" else SLOTS[name]()
        return chosen[name]
    return re.sub(r"\{(\w+)\}", one, text)


# ---- typings -------------------------------------------------------------------------------
TONE_KEYS = {"\u0301": ("s", "1"), "\u0300": ("f", "2"), "\u0309": ("r", "3"),
             "\u0303": ("x", "4"), "\u0323": ("j", "5")}
# circumflex, breve, horn: Telex repeats the vowel or adds w; VNI adds 6, 8, 7.
SHAPE_KEYS = {"\u0302": (None, "6"), "\u0306": ("w", "8"), "\u031b": ("w", "7")}
# Links, e-mail-like handles and domains are never retyped, lowered or slipped.
URL_RE = re.compile(r"(https?://\S+|www\.\S+|\S+\.(?:test|example|invalid|me)\S*)")


def strip(text):
    out = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return out.replace("đ", "d").replace("Đ", "D")


def type_word(word, vni, tone_after_vowel):
    keys, tone, tone_pos = [], "", None
    for ch in word:
        if ch in "đĐ":
            d = "d" if ch == "đ" else "D"
            keys.append(d + ("9" if vni else d))
            continue
        parts = unicodedata.normalize("NFD", ch)
        base, key = parts[0], parts[0]
        for mark in parts[1:]:
            if mark in SHAPE_KEYS:
                telex, vkey = SHAPE_KEYS[mark]
                key += vkey if vni else (base if telex is None else ("W" if base.isupper() else "w"))
            elif mark in TONE_KEYS:
                tone = TONE_KEYS[mark][1 if vni else 0]
                tone_pos = len(keys)
        keys.append(key)
    if tone and not vni and word.isupper():
        tone = tone.upper()
    if tone and tone_after_vowel:
        keys[tone_pos] += tone
        return "".join(keys)
    return "".join(keys) + tone


def keyboard(text, vni):
    after_vowel = rng.random() < 0.3  # one habit per message
    pieces = URL_RE.split(text)
    for i in range(0, len(pieces), 2):
        pieces[i] = re.sub(r"[^\W\d_]+", lambda m: type_word(m.group(0), vni, after_vowel),
                           pieces[i])
    return "".join(pieces)


TEEN = [("số tài khoản", ["stk", "STK", "số tk"]), ("tài khoản", ["tk", "tk", "tài khoản"]),
        ("chuyển khoản", ["ck", "ck", "chuyển khoản"]), ("không", ["ko", "k", "hông", "khum", "hem"]),
        ("được", ["đc", "dc", "đk"]), ("anh", ["a"]), ("em", ["e"]), ("chị", ["c", "chị", "chụy"]),
        ("rồi", ["r", "rùi", "ròi"]), ("gì", ["j", "gì"]), ("vậy", ["v", "z", "dzậy"]),
        ("biết", ["bít", "bik"]), ("trước", ["trc"]), ("với", ["vs", "vớiii"]),
        ("mình", ["mk", "mik", "mềnh"]), ("bây giờ", ["bh", "bjo"]), ("nhé", ["nha", "nhe", "nhaa"]),
        ("facebook", ["fb"]), ("zalo", ["zl", "zalo"]), ("nhiều", ["nhìu"]), ("thôi", ["thui"]),
        ("quá", ["wá", "qá", "quáaa"]), ("luôn", ["lun"]), ("điện thoại", ["đt", "dt"]),
        ("tin nhắn", ["tn"]), ("bạn", ["b", "bn", "bạn"]), ("ngân hàng", ["nh", "ngân hàng"]),
        ("triệu", ["tr", "triệu"]), ("mọi người", ["mn", "mng"]), ("hôm nay", ["hnay", "hum nay"]),
        ("người", ["ng", "người"]), ("cảm ơn", ["cảm ơn", "camon", "thanks"]), ("gấp", ["gấp", "gấp gấp"]),
        ("dạ", ["dạ", "d"]), ("ạ", ["ạ", "a", ""]), ("thì", ["thì", "thỳ"]), ("nghìn", ["k"])]


# Stripped forms that would hit another word in a text written without diacritics
# ("vay" is a loan, "qua" is "via", "da" is skin, "thi" an exam, "a" is "anh").
ASCII_CLASH = {"vậy", "quá", "dạ", "ạ", "thì", "gấp", "gì"}


def teen(text, ascii_author=False):
    pieces = URL_RE.split(text)
    rules = TEEN
    if ascii_author:  # its author wrote "khong", "duoc", "chuyen khoan" ...
        rules = [(strip(w), subs) for w, subs in TEEN if w not in ASCII_CLASH]
    for i in range(0, len(pieces), 2):
        piece = pieces[i].lower()
        for word, subs in rules:
            # In a text without diacritics some words are another word's stripped form.
            guard = {"anh": r"(?! (?:cccd|chan dung|chup|the))",  # "ảnh CCCD"
                     "ban": r"(?! (?:dien tu|sao|quyen))"}.get(word, "")  # "bản điện tử"
            piece = re.sub(r"(?<!\w)%s(?!\w)%s" % (re.escape(word), guard),
                           lambda m, subs=subs: rng.choice(subs) if rng.random() < 0.8 else m.group(0),
                           piece)
        pieces[i] = piece
    out = "".join(pieces)
    if rng.random() < 0.5:
        out = strip(out)
    return out.rstrip(".")


def slip(text):
    """One slip of the finger in a word of 4+ letters (never in a number or a link)."""
    pieces = URL_RE.split(text)
    idx = [i for i in range(0, len(pieces), 2) if re.search(r"[^\W\d_]{4,}", pieces[i])]
    if not idx:
        return text
    i = rng.choice(idx)
    m = rng.choice(list(re.finditer(r"[^\W\d_]{4,}", pieces[i])))
    w, j = m.group(0), rng.randrange(1, len(m.group(0)) - 1)
    kind = rng.choice(["swap", "drop", "double", "near"])
    if kind == "swap":
        w2 = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    elif kind == "drop":
        w2 = w[:j] + w[j + 1:]
    elif kind == "double":
        w2 = w[:j] + w[j] + w[j:]
    else:  # neighbour key on a phone keyboard
        near = {"a": "s", "s": "a", "e": "r", "r": "e", "i": "o", "o": "i", "n": "m", "m": "n",
                "h": "j", "t": "y", "u": "y", "g": "h", "c": "v", "d": "f", "k": "l", "l": "k"}
        w2 = w[:j] + near.get(w[j].lower(), w[j]) + w[j + 1:]
    pieces[i] = pieces[i][:m.start()] + w2 + pieces[i][m.end():]
    return "".join(pieces)


def render(text, typing, ascii_author, slips="random"):
    """slips: "random" (40 % nodiac, 30 % teen), "none" or "one"."""
    if typing == "diacritics":
        return text
    if typing == "nodiac":
        out = strip(text)
        if slips == "none":
            return out
        return slip(out) if slips == "one" or rng.random() < 0.4 else out
    if typing == "telex":
        return keyboard(text, vni=False)
    if typing == "vni":
        return keyboard(text, vni=True)
    if typing == "teen":
        out = teen(text, ascii_author)
        if ascii_author:  # slot values (triệu, đ, names) must not bring diacritics back
            out = strip(out)
        return slip(out) if rng.random() < 0.3 else out
    raise ValueError(typing)


def variants_for(text):
    """(typing, slips) per variant: as written first, at most 4 in all."""
    if text.isascii():  # its author wrote it without diacritics: as written, with a slip, teen
        return [("nodiac", "none"), ("nodiac", "one"), ("teen", "random")]
    return [("diacritics", "random")] + [(t, "random") for t in
                                         rng.sample(["nodiac", "telex", "vni", "teen"], 3)]


def main():
    templates = [("scam",) + t for t in SCAM] + [("opening",) + t for t in OPENING] + \
                [("benign",) + t for t in BENIGN]
    lines = ["# Corpus v5 (make_corpus.py, seed %d). group\tlabel\tmethod\ttyping\ttext" % SEED]
    seen = set()
    for n, (label, method, base) in enumerate(templates, 1):
        ascii_author = base.isascii()
        for typing, slips in variants_for(base):
            filled = fill(base, method)
            if ascii_author:
                filled = strip(filled)
            text = render(filled, typing, ascii_author, slips)
            text = unicodedata.normalize("NFC", re.sub(r"\s+", " ", text).strip())
            if text in seen:
                continue
            seen.add(text)
            lines.append("\t".join(["v5-%d" % n, label, method, typing, text]))
    with open(os.path.join(HERE, "corpus.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
