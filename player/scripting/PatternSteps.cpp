// SPDX-License-Identifier: GPL-3.0-or-later
#include "scripting/PatternSteps.h"

#include <cctype>
#include <cstring>

namespace signage::scripting {

namespace {

constexpr char kEsc = '%';
constexpr int kMaxCaptures = 32; // LUA_MAXCAPTURES
constexpr int kMaxDepth = 200;   // MAXCCALLS: the real matcher raises "pattern too complex" beyond
constexpr std::ptrdiff_t kUnfinished = -1;
constexpr std::ptrdiff_t kPosition = -2;

struct OverLimit {};
struct Malformed {};

// The matcher, counting one step per item tried and per character an expansion examines.
// Pointers are into the subject and the pattern, as in the algorithm it mirrors.
class Counter {
public:
    Counter(std::string_view s, std::string_view p, double limit)
        : _srcInit(s.data()), _srcEnd(s.data() + s.size()), _pEnd(p.data() + p.size()), _limit(limit) {}

    double steps() const { return _steps; }
    void reset() {
        _level = 0;
        _depth = kMaxDepth;
    }
    const char* match(const char* s, const char* p);

private:
    void step(double n = 1) {
        _steps += n;
        if (_steps > _limit) throw OverLimit{};
    }
    const char* classEnd(const char* p) const {
        const char c = *p++;
        if (c == kEsc) {
            if (p == _pEnd) throw Malformed{};
            return p + 1;
        }
        if (c == '[') {
            if (p < _pEnd && *p == '^') ++p;
            do {
                if (p == _pEnd) throw Malformed{};
                const char m = *p++;
                if (m == kEsc && p < _pEnd) ++p;
            } while (p == _pEnd || *p != ']');
            return p + 1;
        }
        return p;
    }
    static bool bracketMatches(unsigned char c, const char* p, const char* ec) {
        bool sig = true;
        if (p[1] == '^') {
            sig = false;
            ++p;
        }
        while (++p < ec) {
            if (*p == kEsc) {
                ++p;
                if (luaClassMatches(c, static_cast<unsigned char>(*p))) return sig;
            } else if (p[1] == '-' && p + 2 < ec) {
                p += 2;
                if (static_cast<unsigned char>(p[-2]) <= c && c <= static_cast<unsigned char>(*p)) return sig;
            } else if (static_cast<unsigned char>(*p) == c) {
                return sig;
            }
        }
        return !sig;
    }
    bool single(const char* s, const char* p, const char* ep) const {
        if (s >= _srcEnd) return false;
        const auto c = static_cast<unsigned char>(*s);
        switch (*p) {
        case '.': return true;
        case kEsc: return luaClassMatches(c, static_cast<unsigned char>(p[1]));
        case '[': return bracketMatches(c, p, ep - 1);
        default: return static_cast<unsigned char>(*p) == c;
        }
    }
    const char* maxExpand(const char* s, const char* p, const char* ep) {
        std::ptrdiff_t i = 0;
        while (single(s + i, p, ep)) {
            step();
            ++i;
        }
        for (; i >= 0; --i) {
            if (const char* r = match(s + i, ep + 1)) return r;
        }
        return nullptr;
    }
    const char* minExpand(const char* s, const char* p, const char* ep) {
        for (;;) {
            if (const char* r = match(s, ep + 1)) return r;
            if (!single(s, p, ep)) return nullptr;
            step();
            ++s;
        }
    }
    const char* startCapture(const char* s, const char* p, std::ptrdiff_t what) {
        if (_level >= kMaxCaptures) throw Malformed{};
        _init[_level] = s;
        _len[_level] = what;
        ++_level;
        const char* r = match(s, p);
        if (!r) --_level;
        return r;
    }
    const char* endCapture(const char* s, const char* p) {
        int l = _level - 1;
        while (l >= 0 && _len[l] != kUnfinished) --l;
        if (l < 0) throw Malformed{};
        _len[l] = s - _init[l];
        const char* r = match(s, p);
        if (!r) _len[l] = kUnfinished;
        return r;
    }
    const char* matchCapture(const char* s, int l) {
        l -= '1';
        if (l < 0 || l >= _level || _len[l] == kUnfinished) throw Malformed{};
        const std::ptrdiff_t len = _len[l] == kPosition ? 0 : _len[l];
        step(static_cast<double>(len));
        if (_srcEnd - s >= len && std::memcmp(_init[l], s, static_cast<std::size_t>(len)) == 0) return s + len;
        return nullptr;
    }
    const char* matchBalance(const char* s, const char* p) {
        if (p + 1 >= _pEnd) throw Malformed{};
        if (s >= _srcEnd || *s != *p) return nullptr;
        const char b = *p, e = p[1];
        int open = 1;
        while (++s < _srcEnd) {
            step();
            if (*s == e) {
                if (--open == 0) return s + 1;
            } else if (*s == b) {
                ++open;
            }
        }
        return nullptr;
    }

    const char* _srcInit;
    const char* _srcEnd;
    const char* _pEnd;
    double _limit;
    double _steps = 0;
    int _level = 0;
    int _depth = kMaxDepth;
    const char* _init[kMaxCaptures] = {};
    std::ptrdiff_t _len[kMaxCaptures] = {};
};

const char* Counter::match(const char* s, const char* p) {
    if (_depth-- == 0) throw Malformed{}; // "pattern too complex": the real call raises it
    for (;;) {
        step();
        if (p == _pEnd) break;
        if (*p == '(') {
            s = (p + 1 < _pEnd && p[1] == ')') ? startCapture(s, p + 2, kPosition)
                                               : startCapture(s, p + 1, kUnfinished);
            break;
        }
        if (*p == ')') {
            s = endCapture(s, p + 1);
            break;
        }
        if (*p == '$' && p + 1 == _pEnd) {
            s = (s == _srcEnd) ? s : nullptr;
            break;
        }
        if (*p == kEsc && p + 1 < _pEnd && p[1] == 'b') {
            s = matchBalance(s, p + 2);
            if (s) {
                p += 4;
                continue;
            }
            break;
        }
        if (*p == kEsc && p + 1 < _pEnd && p[1] == 'f') {
            p += 2;
            if (p >= _pEnd || *p != '[') throw Malformed{};
            const char* ep = classEnd(p);
            const auto prev = static_cast<unsigned char>(s == _srcInit ? '\0' : s[-1]);
            const auto cur = static_cast<unsigned char>(s < _srcEnd ? *s : '\0');
            if (!bracketMatches(prev, p, ep - 1) && bracketMatches(cur, p, ep - 1)) {
                p = ep;
                continue;
            }
            s = nullptr;
            break;
        }
        if (*p == kEsc && p + 1 < _pEnd && std::isdigit(static_cast<unsigned char>(p[1]))) {
            s = matchCapture(s, static_cast<unsigned char>(p[1]));
            if (s) {
                p += 2;
                continue;
            }
            break;
        }
        const char* ep = classEnd(p);
        const char q = ep < _pEnd ? *ep : '\0';
        if (!single(s, p, ep)) {
            if (q == '*' || q == '?' || q == '-') {
                p = ep + 1;
                continue;
            }
            s = nullptr;
            break;
        }
        if (q == '?') {
            if (const char* r = match(s + 1, ep + 1)) {
                s = r;
                break;
            }
            p = ep + 1;
            continue;
        }
        if (q == '+') {
            s = maxExpand(s + 1, p, ep);
            break;
        }
        if (q == '*') {
            s = maxExpand(s, p, ep);
            break;
        }
        if (q == '-') {
            s = minExpand(s, p, ep);
            break;
        }
        ++s;
        p = ep;
    }
    ++_depth;
    return s;
}

// string.find/match/gmatch's start position: 1-based, negative from the end (posrelatI).
std::size_t startIndex(std::int64_t pos, std::size_t len) {
    if (pos > 0) return static_cast<std::size_t>(pos) - 1;
    if (pos == 0) return 0;
    if (pos < -static_cast<std::int64_t>(len)) return 0;
    return static_cast<std::size_t>(static_cast<std::int64_t>(len) + pos);
}

} // namespace

bool luaClassMatches(unsigned char c, unsigned char cl) {
    bool in = false;
    switch (std::tolower(cl)) {
    case 'a': in = std::isalpha(c); break;
    case 'c': in = std::iscntrl(c); break;
    case 'd': in = std::isdigit(c); break;
    case 'g': in = std::isgraph(c); break;
    case 'l': in = std::islower(c); break;
    case 'p': in = std::ispunct(c); break;
    case 's': in = std::isspace(c); break;
    case 'u': in = std::isupper(c); break;
    case 'w': in = std::isalnum(c); break;
    case 'x': in = std::isxdigit(c); break;
    default: return cl == c;
    }
    return std::isupper(cl) ? !in : in;
}

PatternSteps countPatternSteps(PatternCall call, std::string_view subject, std::string_view pattern, std::int64_t init,
                               std::int64_t maxReplacements, double limit) {
    PatternSteps out;
    Counter m(subject, pattern, limit);
    const char* src = subject.data();
    const char* end = src + subject.size();
    const char* p = pattern.data();
    try {
        switch (call) {
        case PatternCall::Find:
        case PatternCall::Match: {
            const std::size_t start = startIndex(init, subject.size());
            if (start > subject.size()) break;
            const bool anchor = !pattern.empty() && *p == '^';
            if (anchor) ++p;
            const char* s1 = src + start;
            do {
                m.reset();
                if (m.match(s1, p)) break;
            } while (s1++ < end && !anchor);
            break;
        }
        case PatternCall::Gmatch: {
            std::size_t start = startIndex(init, subject.size());
            if (start > subject.size()) start = subject.size() + 1;
            const char* last = nullptr;
            for (const char* s1 = src + start; s1 <= end;) {
                m.reset();
                const char* e = m.match(s1, p);
                if (e && e != last) {
                    s1 = last = e;
                } else {
                    ++s1;
                }
            }
            break;
        }
        case PatternCall::Gsub: {
            const bool anchor = !pattern.empty() && *p == '^';
            if (anchor) ++p;
            const std::int64_t maxN =
                maxReplacements < 0 ? static_cast<std::int64_t>(subject.size()) + 1 : maxReplacements;
            const char* s1 = src;
            const char* last = nullptr;
            for (std::int64_t n = 0; n < maxN;) {
                m.reset();
                const char* e = m.match(s1, p);
                if (e && e != last) {
                    ++n;
                    s1 = last = e;
                } else if (s1 < end) {
                    ++s1;
                } else {
                    break;
                }
                if (anchor) break;
            }
            break;
        }
        }
    } catch (const OverLimit&) {
        out.overLimit = true;
    } catch (const Malformed&) {
        out.malformed = true;
    }
    out.steps = m.steps();
    return out;
}

} // namespace signage::scripting
