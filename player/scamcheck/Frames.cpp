// SPDX-License-Identifier: GPL-3.0-or-later
#include "scamcheck/Frames.h"

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "scamcheck/FrameLexicon.h"
#include "scamcheck/Unicode.h"

namespace signage::scamcheck {

namespace {
bool starts(const std::string& s, std::string_view p) { return s.compare(0, p.size(), p) == 0; }

// Hosts where strangers gather people into chats or collect details through forms.
bool isChatOrFormHost(const std::string& host, const std::string& path) {
    static const char* const kHosts[] = {"t.me", "telegram.me", "zalo.me", "forms.gle", "bit.ly/form", "form.jotform.com", "jotform.com", "typeform.com", "m.me"};
    for (const char* h : kHosts)
        if (host == h || (host.size() > std::string_view(h).size() && host.compare(host.size() - std::string_view(h).size(), std::string::npos, h) == 0))
            return true;
    return host == "docs.google.com" && path.find("/forms") != std::string::npos;
}
} // namespace

FrameReader::FrameReader() {
    std::istringstream in(kFrameLexicon);
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        size_t colon = line.find(':');
        if (colon == std::string::npos) continue;
        std::string cat = line.substr(0, colon);
        std::istringstream phrases(line.substr(colon + 1));
        std::string phrase;
        while (std::getline(phrases, phrase, '|')) {
            // "=word": that word exactly as written, without marks too ("=ngay" is not "ngày")
            size_t first = phrase.find_first_not_of(' ');
            const bool exact = first != std::string::npos && phrase[first] == '=';
            if (exact) phrase.erase(first, 1);
            Phrase p{TextNormalizer::phraseTokens(phrase), cat, TextNormalizer::phraseAccents(phrase, exact)};
            if (p.words.empty()) continue;
            if (p.accents.size() != p.words.size()) p.accents.clear();
            _byFirst[p.words[0]].push_back(_phrases.size());
            _phrases.push_back(std::move(p));
        }
    }
}

bool FrameReader::wordMeets(const Phrase& p, size_t k, const Token& t, bool accentedText) {
    if (t.text != p.words[k]) return false;
    if (p.accents.empty() || t.accent.empty()) return true;
    if (!accentedText && !keyHasMarks(t.accent)) return true;
    return t.accent == p.accents[k];
}

std::vector<std::string> FrameReader::vocabulary() const {
    std::set<std::string> words;
    for (const auto& p : _phrases) words.insert(p.words.begin(), p.words.end());
    return {words.begin(), words.end()};
}

FrameReading FrameReader::read(const NormalizedText& text, const Entities& items, const Findings& soFar) const {
    // Per frame: seen asked (outside any negation scope) and seen negated.
    std::map<std::string, int> asked, negated;
    int warnings = 0, notices = 0;
    const auto& tok = text.tokens;
    int negClause = -1; // clause in which a negation is open (scope: to the clause's end)
    // Requests asked so far in the current clause: "Mã OTP chỉ dùng cho quý khách, không
    // cung cấp cho bất kỳ ai" names the thing first and negates the verb after it. A
    // negation followed by a request verb reaches back over its clause's earlier requests.
    int curClause = -1, memoClause = -1;
    // "Ngân hàng không bao giờ yêu cầu …", "Cảnh sát giao thông không gọi điện bắt …": who
    // is named, then negated in the same clause, is described (what they never do), not
    // speaking. A code named and then given ("Mã xác thực … là 385239", "OTP: 4821") is a
    // genuine code message; a request reads it back.
    int idClause = -1, idNegated = 0, codeAt = -1;
    bool codeGiven = false;
    std::vector<std::string> clauseAsks;
    bool reachedBack = false;
    auto reachBack = [&] {
        if (reachedBack) return;
        reachedBack = true;
        for (const auto& earlier : clauseAsks) {
            auto a = asked.find(earlier);
            if (a == asked.end()) continue;
            if (--a->second <= 0) asked.erase(a);
            ++negated[earlier];
        }
        clauseAsks.clear();
    };
    // The longest lexicon phrases starting at token `pos` (within its clause): their
    // categories in `cats`, the length returned (0: none).
    auto matchAt = [&](size_t pos, std::vector<const std::string*>& cats) -> size_t {
        cats.clear();
        if (pos >= tok.size()) return 0;
        auto it = _byFirst.find(tok[pos].text);
        if (it == _byFirst.end()) return 0;
        size_t bestLen = 0;
        for (size_t id : it->second) {
            const Phrase& p = _phrases[id];
            if (p.words.size() < bestLen || pos + p.words.size() > tok.size() || p.cat == "dest") continue;
            bool ok = true;
            for (size_t k = 0; k < p.words.size() && ok; ++k)
                ok = wordMeets(p, k, tok[pos + k], text.accented) && tok[pos + k].clause == tok[pos].clause;
            if (!ok) continue;
            if (p.words.size() > bestLen) cats.clear();
            bestLen = p.words.size();
            cats.push_back(&p.cat);
        }
        return bestLen;
    };
    auto hasCat = [](const std::vector<const std::string*>& cats, std::string_view c) {
        return std::any_of(cats.begin(), cats.end(), [&](const std::string* x) { return *x == c; });
    };
    // After a negation: "… thì / là <threat>" in the same clause, within a few words, with
    // no second negation before the threat ("không chia sẻ thì không ai vào được" is advice).
    auto conditionalThreat = [&](size_t from) {
        if (from == 0 || from >= tok.size()) return false;
        const int clause = tok[from - 1].clause;
        for (size_t k = from; k < tok.size() && k < from + 10 && tok[k].clause == clause; ++k) {
            if (tok[k].text != "thi" && tok[k].text != "la") continue;
            std::vector<const std::string*> c;
            for (size_t j = k + 1; j < tok.size() && j < k + 8 && tok[j].clause == clause;) {
                if (tok[j].text == "khong" || tok[j].text == "chang") return false;
                size_t len = matchAt(j, c);
                if (len && hasCat(c, "threat")) return true;
                j += len ? len : 1;
            }
            return false;
        }
        return false;
    };
    // A code, password, card or SIM named later in the clause.
    auto secretObjectAhead = [&](size_t from) {
        std::vector<const std::string*> c;
        for (size_t j = from; j < tok.size() && tok[j].clause == tok[from - 1].clause;) {
            size_t len = matchAt(j, c);
            if (len &&
                (hasCat(c, "req.code") || hasCat(c, "req.password") || hasCat(c, "req.card") || hasCat(c, "req.sim")))
                return true;
            j += len ? len : 1;
        }
        return false;
    };
    // Where money is to go, named in words ("vào tài khoản của viện kiểm sát"): matched on
    // its own, beside the frames, so that "chuyển vào tài khoản" keeps both readings.
    auto destAt = [&](size_t j) {
        auto it = _byFirst.find(tok[j].text);
        if (it == _byFirst.end()) return false;
        for (size_t id : it->second) {
            const Phrase& p = _phrases[id];
            if (p.cat != "dest" || j + p.words.size() > tok.size()) continue;
            bool ok = true;
            for (size_t k = 0; k < p.words.size() && ok; ++k)
                ok = wordMeets(p, k, tok[j + k], text.accented) && tok[j + k].clause == tok[j].clause;
            if (ok) return true;
        }
        return false;
    };
    // A money amount: "500k", "1.200.000d", "15 triệu", "47.000.000 VND".
    auto amountAt = [&](size_t j) {
        const std::string& w = tok[j].text;
        if (w.empty() || w[0] < '0' || w[0] > '9') return false;
        size_t digits =
            static_cast<size_t>(std::count_if(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }));
        std::string unit = w.substr(w.find_last_of("0123456789.,") + 1);
        if (unit == "k" || unit == "d" || unit == "tr" || unit == "trieu" || unit == "dong" || unit == "vnd" ||
            unit == "m")
            return true;
        if (j + 1 < tok.size() && tok[j + 1].clause == tok[j].clause) {
            const std::string& n = tok[j + 1].text;
            if (n == "trieu" || n == "tr" || n == "nghin" || n == "ngan" || n == "k" || n == "dong" || n == "vnd" ||
                n == "d" || n == "cu" || n == "lit" || n == "xi")
                return true;
        }
        return digits >= 5 && digits <= 9 && w.size() > digits; // "500.000", "1,200,000"
    };
    // An account (or phone) number: a run of digit groups with 6+ digits ("0001 1122 2333");
    // a room, a house or a bus number is shorter ("phòng 204").
    auto accountAt = [&](size_t j) {
        size_t digits = 0;
        for (size_t k = j; k < tok.size() && tok[k].clause == tok[j].clause; ++k) {
            const std::string& w = tok[k].text;
            if (w.empty() || !std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) break;
            digits += w.size();
        }
        return digits >= 6;
    };
    // "Chuyển tao 500k vào số tk", "chuyển cho chị 2 triệu", "chuyển sang tài khoản": "chuyển"
    // (also "move": "chuyển sang phòng 204") with an amount, an account or wallet named in
    // words, or an account number a few words on, in its clause, is a money request.
    auto moneyAhead = [&](size_t from) {
        for (size_t j = from; j < tok.size() && j < from + 5 && tok[j].clause == tok[from - 1].clause; ++j)
            if (amountAt(j) || destAt(j) || accountAt(j)) return true;
        return false;
    };
    int condThreats = 0;
    bool codeGivenSeen = false;
    for (size_t i = 0; i < tok.size();) {
        if (tok[i].clause != negClause) negClause = -1;
        if (tok[i].clause != curClause) {
            curClause = tok[i].clause;
            clauseAsks.clear();
        }
        std::vector<const std::string*> cats;
        size_t bestLen = matchAt(i, cats);
        if (bestLen == 0) {
            const std::string& w = tok[i].text;
            const size_t at = static_cast<size_t>(codeAt);
            const bool nearCode =
                codeAt >= 0 && (tok[i].clause == tok[at].clause ||
                                (tok[i].clause == tok[at].clause + 1 && tok[i - 1].clause != tok[i].clause));
            if (nearCode && w.size() >= 4 && w.size() <= 8 &&
                std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }))
                codeGiven = true;
            ++i;
            continue;
        }
        const bool isNeg = std::any_of(cats.begin(), cats.end(), [](const std::string* c) { return *c == "neg"; });
        // "Tuyệt đối không nói cho ai biết": a negation phrase must not eat the "không"
        // that opens a secrecy demand (or another phrase reaching further); start there.
        if (isNeg && bestLen > 1) {
            size_t restart = 0;
            for (size_t k = 1; k < bestLen && !restart; ++k) {
                std::vector<const std::string*> inner;
                size_t len = matchAt(i + k, inner);
                if (i + k + len > i + bestLen && hasCat(inner, "req.secrecy")) restart = k;
            }
            if (restart) {
                i += restart;
                continue;
            }
        }
        // "Không chuyển tiền thì tài khoản bị khóa": a conditional threat demands what it
        // seems to negate; the "không" opens no scope, the clause reads as asked.
        if (isNeg && negClause < 0 && conditionalThreat(i + bestLen)) {
            ++condThreats;
            i += bestLen;
            continue;
        }
        // "Không cho ai biết mã OTP" / "không được nói với ai mật khẩu": a secrecy phrase
        // opened by "không" that names the secret (or follows a code given to the reader) is
        // the advice never to share it, a negation, not a demand to keep a call secret.
        if (hasCat(cats, "req.secrecy") && tok[i].text == "khong" &&
            (codeGivenSeen || secretObjectAhead(i + bestLen))) {
            negClause = tok[i].clause;
            reachedBack = false;
            i += bestLen;
            continue;
        }
        std::string moved;
        if (hasCat(cats, "req.move") && moneyAhead(i + bestLen)) {
            moved = "req.money";
            cats.push_back(&moved);
        }
        for (const std::string* cat : cats) {
            if (*cat == "ctx.codegiven") codeGivenSeen = true;
            if (*cat == "plain") {
                // an everyday phrase that holds a cue's word: "lưu lại" (save) is no "lãi"
            } else if (*cat == "memo") {
                ++notices;
                memoClause = tok[i].clause;
            } else if (memoClause == tok[i].clause) {
                // quoted memo text: weighs nothing
            } else if (*cat == "actor") {
                ++warnings;
                negClause = tok[i].clause; // "kẻ gian … đề nghị đọc mã OTP": reported speech
                reachedBack = true;
            } else if (*cat == "neg" || *cat == "negverb") {
                if (idClause == tok[i].clause) ++idNegated;
                negClause = tok[i].clause;
                reachedBack = false;
                if (*cat == "negverb") reachBack();
            } else if (*cat == "warn") {
                ++warnings;
            } else if (*cat == "notice") {
                ++notices;
            } else if (negClause >= 0 && (starts(*cat, "req.") || *cat == "urgent")) {
                ++negated[*cat];
                if (*cat == "req.verb") reachBack();
            } else {
                ++asked[*cat];
                if (starts(*cat, "req.") && *cat != "req.secrecy") clauseAsks.push_back(*cat);
                if (starts(*cat, "id.") && *cat != "id.family") idClause = tok[i].clause;
            }
        }
        if (hasCat(cats, "req.code")) codeAt = static_cast<int>(i);
        i += bestLen;
    }
    bool chatLink = false;
    for (const auto& l : items.links) chatLink |= isChatOrFormHost(l.host, l.path);
    double linkRisk = 0, phoneRisk = 0;
    bool officialLink = false;
    for (const auto& s : soFar.signals) {
        if (s.id == "link.official" || s.id == "link.gov" || starts(s.id, "allowlist.link") ||
            starts(s.id, "allowlist.domain"))
            officialLink = true;
        if (s.weight <= 0) continue;
        if (starts(s.id, "link.") || starts(s.id, "blocklist.link") || starts(s.id, "blocklist.domain")) linkRisk += s.weight;
        if (starts(s.id, "phone.") || starts(s.id, "blocklist.phone") || starts(s.id, "blocklist.account")) phoneRisk += s.weight;
    }

    bool dest = false;
    for (size_t j = 0; j < tok.size() && !dest; ++j) dest = destAt(j);
    if (condThreats > 0) ++asked["threat"]; // the conditional is a threat even when its consequence is mild
    FrameReading out;
    auto has = [&](const char* c) { return asked.count(c) > 0; };
    auto add = [&](std::string name, double v) {
        if (v != 0) out.features.emplace_back(std::move(name), v);
    };
    for (const auto& [cat, n] : asked) {
        if (cat != "ctx.notyou") add(cat, 1.0); // weighed only with what follows it (below)
        out.cues.push_back(cat);
    }
    if (chatLink) out.cues.emplace_back("link.chat");
    for (const auto& [cat, n] : negated)
        if (!asked.count(cat)) add("neg." + cat, 1.0);
    // A request negated anywhere, even when the same thing is named elsewhere: "Mã xác thực
    // … là 385239. Không chia sẻ mã OTP cho người khác" names the code in one sentence and
    // forbids sharing it in the next (the in-clause reach-back cannot see across sentences).
    for (const char* c :
         {"req.code", "req.password", "req.money", "req.install", "req.click", "req.personal", "req.data"})
        if (negated.count(c)) add(std::string("negany.") + (c + 4), 1.0);
    const bool auth = has("id.police") || has("id.court") || has("id.rank");
    const bool anyId = auth || has("id.bank") || has("id.telecom") || has("id.post") || has("id.utility") || has("id.insurance") || has("id.vneid");
    const bool money = has("req.money") || has("req.fee") || has("req.buycard");
    const bool secret = has("req.code") || has("req.password") || has("req.card") || has("req.sim");
    const bool data = has("req.data") || secret;
    const bool act = has("req.install") || has("req.click") || (chatLink || !items.links.empty());
    const bool lure = has("lure.task") || has("lure.prize") || has("lure.job") || has("lure.loan") ||
                      has("lure.invest") || has("lure.refund") || has("lure.romance") || has("lure.charity") ||
                      has("lure.travel");
    const bool anyAsk = money || data || act || has("req.secrecy") || has("req.videocall") || has("req.prepare");
    const bool opening = has("open.photo") || has("open.offer") || has("open.newnumber") || has("open.there") ||
                         has("open.befriend") || has("open.group") || has("open.favor") || has("open.callback") ||
                         chatLink;
    int kinds = int(money) + int(data) + int(act) + int(has("req.secrecy")) + int(has("req.videocall") || has("req.prepare"));
    add("n.asks", std::min(kinds, 3) / 3.0);
    add("warn", std::min(warnings, 3) / 3.0);
    add("warn.any", warnings > 0 ? 1 : 0);
    add("notice", std::min(notices, 2) / 2.0);
    add("has.link", items.links.empty() ? 0 : 1);
    add("has.phone", items.phones.empty() ? 0 : 1);
    add("has.account", items.accountNotPhone ? 1 : 0);
    add("link.chat", chatLink ? 1 : 0);
    add("link.risk", std::min(linkRisk, 100.0) / 100.0);
    add("phone.risk", std::min(phoneRisk, 100.0) / 100.0);
    add("blocklisted", soFar.blocklisted ? 1 : 0);
    add("link.official_only", officialLink && linkRisk == 0 ? 1 : 0);
    const bool framing = has("ctx.channel") || has("ctx.done") || has("ctx.codegiven");
    add("x.framing_ask", framing && anyAsk);
    add("x.framing_noask", framing && !anyAsk);
    // A family or friend's transfer for a reason both know ("như mọi lần", "tao chuyển rồi");
    // a genuine alert's "if it was not you" with no link to follow.
    add("x.known_money", has("ctx.known") && money);
    add("x.notyou_nolink", has("ctx.notyou") && items.links.empty() && !has("req.click"));
    add("x.notyou_link", has("ctx.notyou") && (!items.links.empty() || has("req.click")));
    add("any.opening", opening ? 1 : 0);
    add("x.cond_threat", condThreats > 0 ? 1 : 0);
    add("x.id_negated", idNegated > 0 ? 1 : 0);
    add("shape.code_given", codeGiven ? 1 : 0);
    add("x.code_given_verb", codeGiven && has("req.verb"));
    // A payment asked with nowhere to send it (no account, link or number) and nothing
    // promised: "vui lòng nạp thêm để tiếp tục sử dụng" tops up one's own line; scams name
    // where the money goes or what it buys.
    add("x.money_nodest", money && !lure && !items.accountNotPhone && items.links.empty() && items.phones.empty() &&
                              !has("req.personal") && !dest);
    add("x.auth_money", auth && money);
    add("x.auth_data", auth && data);
    add("x.auth_act", auth && act);
    add("x.auth_prepare", auth && (has("req.prepare") || has("req.videocall")));
    add("x.id_money", anyId && money);
    add("x.id_secret", anyId && secret);
    add("x.id_act", anyId && act);
    add("x.money_account", money && items.accountNotPhone);
    add("x.secret_verb", secret && has("req.verb"));
    add("x.data_verb", data && has("req.verb"));
    add("x.lure_money", lure && money);
    add("x.prize_money", (has("lure.prize") || has("lure.task")) && money); // pay to receive a prize or more back
    add("x.money_dest", money && dest && !items.accountNotPhone);           // an account named in words, no number
    add("x.photo_link", has("open.photo") && !items.links.empty());
    // "tài khoản mới mở trùng tên": money asked into a new account in a friend's name
    add("x.money_newacct", money && has("req.newacct"));
    // an offer with a number or link to contact and nothing asked yet: the opening move
    add("x.lure_contact", lure && !anyAsk && (!items.phones.empty() || !items.links.empty()));
    add("x.lure_act", lure && act);
    add("x.lure_data", lure && data);
    add("x.threat_ask", has("threat") && anyAsk);
    add("x.ask_urgent", anyAsk && has("urgent"));
    add("x.family_money", has("id.family") && money);
    add("x.ask_warn", anyAsk && warnings > 0);
    add("x.ask_neg", anyAsk && !negated.empty());
    add("x.opening_noask", opening && !anyAsk);
    add("x.lure_noask", lure && !anyAsk);
    add("x.id_noask", anyId && !anyAsk);
    add("x.money_link", money && !items.links.empty());
    add("x.code_link", secret && !items.links.empty());
    add("x.opening_warn", opening && warnings > 0);
    // The tactics of rules.toml as features too: what they know is weighed, not added.
    // rules.toml's phrases see a negation only three words back and no warning context, so
    // in a text that negates a request or reads as a warning they are weighed apart ("w."):
    // "Nhà mạng không gọi điện bắt đọc mã hay cài ứng dụng" fires otp_request there.
    bool negReq = false;
    for (const auto& [cat, n] : negated) negReq |= starts(cat, "req.") && cat != "req.verb";
    const std::string tacticPrefix = (negReq || warnings > 0) ? "w." : "";
    int tacticPoints = 0;
    for (const auto& s : soFar.signals) {
        if (!starts(s.id, "tactic.") && !starts(s.id, "combo.")) continue;
        add(tacticPrefix + s.id, 1.0);
        tacticPoints += std::max(0, s.weight);
    }
    add(tacticPrefix + "tactic.points", std::min(tacticPoints, 100) / 100.0);
    add("text.spelled", text.spelledOut ? 1 : 0);
    out.warningContext = warnings > 0 || (!negated.empty() && asked.count("req.money") == 0);
    return out;
}

Text FrameReader::reasonFor(const std::string& cue, std::vector<std::string>& rules, bool withLink) {
    // The photo bait's wording names the link only when the message has one.
    const std::string row = cue == "open.photo" && withLink ? cue + "+link" : cue;
    struct Row {
        const char* cue;
        const char* vi;
        const char* en;
        const char* rule;
    };
    static const Row kRows[] = {
        {"req.money", "Đòi chuyển tiền, nạp tiền hoặc đóng tiền", "Asks you to transfer, top up or pay money",
         "khong_chuyen_khoan"},
        {"req.fee", "Bắt đóng một khoản phí, thuế hay tiền cọc trước", "Asks for a fee, tax or deposit up front",
         "khong_chuyen_khoan"},
        {"req.buycard", "Nhờ mua thẻ cào rồi gửi mã thẻ", "Asks you to buy phone cards and send their codes",
         "khong_chuyen_khoan"},
        {"req.code", "Đòi mã OTP, mã xác nhận hay dãy số gửi về máy bạn",
         "Asks for an OTP, a confirmation code or the digits sent to your phone", "khong_thuc_hien"},
        {"req.password", "Đòi mật khẩu", "Asks for a password", "khong_thuc_hien"},
        {"req.card", "Đòi số thẻ, ngày hết hạn hay mã CVV", "Asks for card number, expiry date or CVV",
         "khong_thuc_hien"},
        {"req.sim", "Đòi SIM hoặc đổi SIM", "Asks for your SIM or a SIM swap", "khong_thuc_hien"},
        {"req.data", "Đòi căn cước, ảnh chụp hay thông tin cá nhân",
         "Asks for your ID card, photos or personal details", "khong_thuc_hien"},
        {"req.install", "Bảo cài ứng dụng hay phần mềm", "Tells you to install an app or software", "khong_thuc_hien"},
        {"req.click", "Bảo bấm vào đường link hoặc đăng nhập", "Tells you to open a link or log in", "khong_thuc_hien"},
        {"req.secrecy", "Bảo giữ bí mật, ra chỗ vắng, đừng nói với ai", "Tells you to keep it secret and tell no one",
         "phai_canh_giac"},
        {"req.videocall", "Chuyển sang gọi video để làm việc", "Moves the talk to a video call", "phai_canh_giac"},
        {"req.prepare", "Bảo chuẩn bị sẵn sổ tiết kiệm, ứng dụng ngân hàng",
         "Tells you to have savings and the banking app ready", "khong_chuyen_khoan"},
        {"id.police", "Tự xưng là công an: công an không làm việc qua điện thoại, tin nhắn",
         "Claims to be the police: police do not work by phone or message", "phai_canh_giac"},
        {"id.court", "Tự xưng là tòa án, viện kiểm sát", "Claims to be a court or procuracy", "phai_canh_giac"},
        {"id.rank", "Xưng cấp bậc, đơn vị để tạo lòng tin", "Names a rank or unit to win trust", "phai_canh_giac"},
        {"threat", "Đe dọa: khóa tài khoản, bắt giữ, cắt dịch vụ", "Threatens: account blocked, arrest, service cut",
         "phai_canh_giac"},
        {"urgent", "Giục làm ngay, đặt hạn gấp", "Rushes you with a deadline", "phai_canh_giac"},
        {"lure.prize", "Hứa trúng thưởng, quà tặng", "Promises a prize or gift", "khong_tham_lam"},
        {"lure.job", "Mời việc nhẹ lương cao, cộng tác viên, nhiệm vụ", "Offers easy online work, tasks or commissions",
         "khong_tham_lam"},
        {"lure.loan", "Mời vay dễ dàng", "Offers an easy loan", "khong_tham_lam"},
        {"lure.invest", "Mời đầu tư hứa lãi cao", "Invites you to invest for high returns", "khong_dau_tu"},
        {"lure.refund", "Nói về hoàn tiền hay chuyển nhầm", "Talks of a refund or a mistaken transfer",
         "khong_chuyen_khoan"},
        {"lure.charity", "Kêu gọi từ thiện vào tài khoản cá nhân", "Asks for charity into a personal account",
         "khong_chuyen_khoan"},
        {"lure.romance", "Tình cảm, quà từ nước ngoài", "Romance or gifts from abroad", "khong_ket_ban"},
        {"lure.travel", "Mời đi làm, du học, du lịch giá rẻ", "Offers cheap travel, study or work abroad",
         "khong_tham_lam"},
        {"open.newnumber", "Báo \"đổi số mới\": bước mở đầu quen thuộc của kẻ mạo danh người quen",
         "\"This is my new number\": a common first step of impersonation", "phai_canh_giac"},
        {"open.there", "Hỏi \"có đó không\" rồi mới nhờ: bước mở đầu quen thuộc",
         "\"Are you there?\" before a favour: a common first step", "phai_canh_giac"},
        {"open.befriend", "Người lạ làm quen, kết bạn", "A stranger wants to befriend you", "khong_ket_ban"},
        {"open.group", "Mời vào nhóm chat lạ", "Invites you into a stranger's chat group", "khong_ket_ban"},
        {"open.favor", "Nhờ việc gấp", "Asks an urgent favour", "phai_canh_giac"},
        {"open.photo", "Hỏi \"ảnh này có phải bạn không\": mồi để bạn tò mò trả lời, làm theo",
         "\"Is this you in the photo?\": bait to make you curious and reply", "khong_thuc_hien"},
        {"open.photo+link", "Hỏi \"ảnh này có phải bạn không\" kèm đường link: mồi để bấm vào",
         "\"Is this you in the photo?\" with a link: bait to click", "khong_thuc_hien"},
        {"open.offer", "Người lạ mời chào rồi hỏi có quan tâm không",
         "A stranger makes an offer and asks if you are interested", "khong_tham_lam"},
        {"lure.task", "Bảo nạp một khoản để được hoàn lại nhiều hơn", "Asks you to pay a little to get more back",
         "khong_tham_lam"},
        {"open.callback", "Bảo giữ máy, gọi lại hay bấm phím", "Tells you to hold, call back or press a key",
         "phai_canh_giac"},
        {"link.chat", "Đường link vào nhóm chat hoặc biểu mẫu của người lạ",
         "A link to a stranger's chat group or form", "khong_ket_ban"},
    };
    for (const auto& r : kRows) {
        if (row != r.cue) continue;
        rules.emplace_back(r.rule);
        return {r.vi, r.en};
    }
    return {};
}

} // namespace signage::scamcheck
