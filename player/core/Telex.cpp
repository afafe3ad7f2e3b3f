// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Telex.h"

#include <utf8proc.h>

#include <cctype>
#include <memory>
#include <vector>

#include "core/Utf8.h"

namespace signage::core {

namespace {

enum Tone { None = 0, Acute, Grave, Hook, Tilde, Dot };

constexpr char32_t kCircumflex = 0x0302, kBreve = 0x0306, kHorn = 0x031B;
constexpr char32_t kToneMarks[] = {0, 0x0301, 0x0300, 0x0309, 0x0303, 0x0323};

// One letter of the word: a base letter and its Vietnamese marks.
struct Letter {
    char32_t base = 0; // lower case: 'a'..'z', or U+0111 đ; anything else is kept as is
    bool upper = false;
    bool hat = false, breve = false, horn = false;
    int tone = None;
    bool isVowel() const {
        switch (base) {
        case 'a': case 'e': case 'i': case 'o': case 'u': case 'y': return true;
        default: return false;
        }
    }
    bool modified() const { return hat || breve || horn; }
};

char32_t lowerAscii(char32_t c) { return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c; }

std::vector<Letter> split(std::string_view word) {
    std::vector<Letter> out;
    std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> nfd(
        utf8proc_NFD(reinterpret_cast<const utf8proc_uint8_t*>(std::string(word).c_str())), &std::free);
    if (!nfd) return out;
    for (char32_t cp : decodeUtf8(reinterpret_cast<const char*>(nfd.get()))) {
        if (!out.empty() && (cp == kCircumflex || cp == kBreve || cp == kHorn)) {
            Letter& l = out.back();
            (cp == kCircumflex ? l.hat : cp == kBreve ? l.breve : l.horn) = true;
            continue;
        }
        bool tone = false;
        for (int t = Acute; t <= Dot; ++t)
            if (cp == kToneMarks[t] && !out.empty()) {
                out.back().tone = t;
                tone = true;
            }
        if (tone) continue;
        Letter l;
        if (cp == 0x0110 || cp == 0x0111) {
            l.base = 0x0111;
            l.upper = cp == 0x0110;
        } else {
            l.upper = cp >= 'A' && cp <= 'Z';
            l.base = lowerAscii(cp);
        }
        out.push_back(l);
    }
    return out;
}

std::string join(const std::vector<Letter>& letters) {
    std::string s;
    for (const Letter& l : letters) {
        char32_t base = l.base;
        if (base == 0x0111) base = l.upper ? 0x0110 : 0x0111;
        else if (l.upper && base >= 'a' && base <= 'z') base = base - 'a' + 'A';
        s += encodeUtf8(base);
        if (l.hat) s += encodeUtf8(kCircumflex);
        if (l.breve) s += encodeUtf8(kBreve);
        if (l.horn) s += encodeUtf8(kHorn);
        if (l.tone) s += encodeUtf8(kToneMarks[l.tone]);
    }
    return toNfc(s);
}

Letter plain(char key) {
    Letter l;
    l.upper = std::isupper(static_cast<unsigned char>(key)) != 0;
    l.base = static_cast<char32_t>(std::tolower(static_cast<unsigned char>(key)));
    return l;
}

// The vowels of the syllable: the last run of vowels, without the u of "qu" or the i of
// "gi" when another vowel follows (those belong to the consonant).
struct Nucleus {
    size_t begin = 0, end = 0; // [begin, end) in the letters
    bool closed = false;       // a consonant follows (tone rules differ)
};

Nucleus nucleus(const std::vector<Letter>& w) {
    Nucleus n;
    size_t i = w.size();
    while (i > 0 && !w[i - 1].isVowel()) --i;
    n.end = i;
    n.closed = n.end < w.size();
    while (i > 0 && w[i - 1].isVowel()) --i;
    n.begin = i;
    if (n.end - n.begin >= 2 && n.begin > 0) {
        char32_t prev = w[n.begin - 1].base, first = w[n.begin].base;
        if ((prev == 'q' && first == 'u') || (prev == 'g' && first == 'i' && !w[n.begin].modified())) ++n.begin;
    }
    return n;
}

// Where the tone goes in the nucleus (the modern rule: hoà, khoẻ, thuý).
size_t tonePosition(const std::vector<Letter>& w, const Nucleus& n) {
    size_t count = n.end - n.begin;
    // A vowel with a hat, breve or horn takes it; in "ươ" the ơ.
    for (size_t i = n.end; i-- > n.begin;)
        if (w[i].modified() && !(w[i].base == 'u' && w[i].horn && i + 1 < n.end && w[i + 1].horn)) return i;
    if (count == 1) return n.begin;
    if (count >= 3) return n.begin + 1;
    // Two vowels.
    if (n.closed) return n.begin + 1;
    char32_t a = w[n.begin].base, b = w[n.begin + 1].base;
    if ((a == 'o' && (b == 'a' || b == 'e')) || (a == 'u' && b == 'y')) return n.begin + 1;
    return n.begin;
}

int toneOf(char key) {
    switch (key) {
    case 's': return Acute;
    case 'f': return Grave;
    case 'r': return Hook;
    case 'x': return Tilde;
    case 'j': return Dot;
    default: return -1;
    }
}

} // namespace

std::string telexType(std::string_view word, char key) {
    std::vector<Letter> w = split(word);
    const char k = static_cast<char>(std::tolower(static_cast<unsigned char>(key)));
    // The tone follows the letters: after a hat or horn appears, or a letter is added
    // ("hoaf" + "n", "muoons"), it moves to where the spelling rules put it.
    auto retone = [&] {
        Nucleus now = nucleus(w);
        for (size_t i = now.begin; i < now.end; ++i) {
            if (!w[i].tone) continue;
            int tone = w[i].tone;
            w[i].tone = None;
            w[tonePosition(w, now)].tone = tone;
            break;
        }
        return join(w);
    };
    auto append = [&] {
        w.push_back(plain(key));
        return retone();
    };
    if (!std::isalpha(static_cast<unsigned char>(key))) return append();
    const Nucleus n = nucleus(w);
    const bool hasVowel = n.end > n.begin;

    // dd → đ (the word's first letter), ddd → dd.
    if (k == 'd' && !w.empty()) {
        if (w[0].base == 'd') {
            w[0].base = 0x0111;
            return join(w);
        }
        if (w[0].base == 0x0111 && w.size() == 1) {
            w[0].base = 'd';
            return append();
        }
    }
    // aa, ee, oo: the hat on the same vowel of the nucleus (or undo it).
    if (k == 'a' || k == 'e' || k == 'o') {
        for (size_t i = n.end; hasVowel && i-- > n.begin;) {
            if (w[i].base != static_cast<char32_t>(k)) continue;
            if (w[i].hat) {
                w[i].hat = false;
                return append();
            }
            w[i].hat = true;
            w[i].breve = w[i].horn = false;
            return retone();
        }
        return append();
    }
    // w: ă, ơ, ư; "uo" → "ươ"; alone → ư.
    if (k == 'w') {
        if (!hasVowel) {
            Letter u = plain(std::isupper(static_cast<unsigned char>(key)) ? 'U' : 'u');
            u.horn = true;
            w.push_back(u);
            return join(w);
        }
        for (size_t i = n.begin; i + 1 < n.end; ++i) {
            if (w[i].base == 'u' && w[i + 1].base == 'o' && !w[i + 1].hat) {
                if (w[i].horn && w[i + 1].horn) break; // ươ + w: undo below
                w[i].horn = w[i + 1].horn = true;
                return retone();
            }
        }
        for (size_t i = n.end; i-- > n.begin;) {
            char32_t b = w[i].base;
            if (b != 'a' && b != 'o' && b != 'u') continue;
            bool& mark = b == 'a' ? w[i].breve : w[i].horn;
            if (mark) {
                mark = false;
                if (b == 'o' && i > n.begin && w[i - 1].base == 'u') w[i - 1].horn = false;
                return append();
            }
            mark = true;
            w[i].hat = false;
            return retone();
        }
        return append();
    }
    // Tones (and z: no tone).
    if (k == 'z') {
        for (size_t i = n.begin; i < n.end; ++i)
            if (w[i].tone) {
                w[i].tone = None;
                return join(w);
            }
        return append();
    }
    if (int tone = toneOf(k); tone > 0 && hasVowel) {
        size_t current = n.end;
        for (size_t i = n.begin; i < n.end; ++i)
            if (w[i].tone) current = i;
        if (current < n.end && w[current].tone == tone) {
            w[current].tone = None;
            return append();
        }
        if (current < n.end) w[current].tone = None;
        w[tonePosition(w, n)].tone = tone;
        return join(w);
    }
    return append();
}

std::string telexTypeAll(std::string_view keys) {
    std::string done, word;
    for (char c : keys) {
        if (c == ' ') {
            done += word + " ";
            word.clear();
            continue;
        }
        word = telexType(word, c);
    }
    return done + word;
}

} // namespace signage::core
