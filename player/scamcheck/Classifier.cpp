// SPDX-License-Identifier: GPL-3.0-or-later
#include "scamcheck/Classifier.h"

#include <algorithm>

#include "core/Utf8.h"
#include "scamcheck/Account.h"
#include "scamcheck/Link.h"
#include "scamcheck/Phone.h"
#include "scamcheck/Unicode.h"

namespace signage::scamcheck {

Kind classify(std::string_view text) {
    std::string s = prepareInput(text);
    size_t b = s.find_first_not_of(" \n"), e = s.find_last_not_of(" \n");
    if (b == std::string::npos) return Kind::Message;
    s = s.substr(b, e - b + 1);

    bool letters = false;
    for (char32_t cp : core::decodeUtf8(s))
        letters |= isAlnum(cp) && !(cp >= U'0' && cp <= U'9');
    if (!letters || core::toLower(s).rfind("tel:", 0) == 0) {
        if (auto phone = normalizePhone(s)) {
            using Type = PhoneNumber::Type;
            if (phone->doubleZero) return Kind::Phone; // "0066 81…": foreign (the account lists are asked too)
            if (phone->type != Type::Unknown && phone->type != Type::OldMobile) return Kind::Phone;
            if (phone->wrongLength()) return Kind::Phone; // "please re-enter"
            if (normalizeAccount(s)) {
                // 10-11 digits starting with 0 read as a (strange) phone number; the
                // account list is consulted for phone-shaped input as well.
                const auto& n = phone->national;
                if (phone->type == Type::OldMobile || (n.size() >= 10 && n.size() <= 11 && n[0] == '0')) return Kind::Phone;
                return Kind::Account;
            }
            return Kind::Phone;
        }
        if (normalizeAccount(s)) return Kind::Account;
        return Kind::Message;
    }
    if (s.find_first_of(" \n") == std::string::npos) {
        if (looksLikeLink(s)) return Kind::Link;
        // One typed token shaped like a host ("abc.lol") is a link even with a TLD the
        // message scanner does not know; a word with a full stop ("v.v", "T.P") is not.
        if (auto link = parseLink(s); link && !link->ipHost && link->labels.size() >= 2) {
            const std::string& tld = link->labels.back();
            bool alpha = tld.size() >= 2 && std::all_of(tld.begin(), tld.end(), [](char c) { return c >= 'a' && c <= 'z'; });
            if (alpha && link->labels[link->labels.size() - 2].size() >= 2) return Kind::Link;
        }
    }
    return Kind::Message;
}

} // namespace signage::scamcheck
