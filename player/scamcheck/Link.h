// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Links as people type or paste them: with or without a scheme, with a "user@" part that
// hides the real host ("vietcombank.com.vn@xacminh.top"), IDN labels in Unicode or
// Punycode, an IP address for a host (dotted, integer, hex or octal IPv4 are one form).
// The checks compare hosts in their Unicode form; list keys use the IDNA ASCII form
// ("xn--…", libidn2), so a list entry typed either way meets the same host.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace signage::scamcheck {

struct Link {
    std::string scheme;   // "https", "http", ... or "" when typed without one
    std::string userinfo; // what stands before '@' in the authority (a classic trick)
    std::string host;     // lower case, NFC, Punycode decoded, no trailing dot or port
    std::string asciiHost;           // the same host in IDNA ASCII form ("xn--…"): the list key
    std::vector<std::string> labels; // host split on '.'
    bool idn = false;     // some label was Punycode or non-ASCII
    bool ipHost = false;  // IPv4/IPv6 literal or a bare number
    bool ipObfuscated = false; // an IPv4 host written as one integer, in hex or octal, or with fewer than 4 parts
    std::string port;
    std::string path;     // lower case, without query and fragment, no trailing '/'
    std::string query;
    std::string suffix;      // public suffix: "top", "com.vn", "gov.vn"
    std::string registrable; // suffix plus one label: "xacminh.top", "vietcombank.com.vn"

    /// The blocklist key for kind=link: ASCII host + path ("xacminh.top/dang-nhap").
    std::string key() const { return asciiHost + path; }
    /// The registrable name without its suffix: "vietcombank" for "vietcombank.com.vn".
    std::string registrableLabel() const;
    /// Labels left of the registrable domain ("vietcombank", "com" in "vietcombank.com.xacminh.top").
    std::vector<std::string> subdomainLabels() const;
};

/// Parses one link. nullopt when no host can be read (spaces inside, empty labels,
/// characters no host has).
std::optional<Link> parseLink(std::string_view text);

/// True when `token` (no spaces) reads as a link: it has a scheme, starts with "www.",
/// or is host-shaped with a known top-level domain. E-mail addresses are not links.
bool looksLikeLink(std::string_view token);

/// The public suffix of a lower-case host: a small built-in list of two-level suffixes
/// ("com.vn", "gov.vn", "co.uk", ...), else the last label.
std::string publicSuffix(std::string_view host);

/// Lower-case IDNA ASCII host for a domain list entry ("WWW.Evil.TOP." → "evil.top",
/// "ngân-hàng.vn" → "xn--ngn-hng-…"); nullopt when it is not a host.
std::optional<std::string> normalizeDomain(std::string_view text);

/// One IDN label to its ASCII form and back (libidn2, IDNA2008 with TR46); nullopt when
/// libidn2 refuses it.
std::optional<std::string> labelToAscii(std::string_view unicodeLabel);
std::optional<std::string> labelToUnicode(std::string_view asciiLabel);

/// An IPv4 host in any form browsers accept ("3232235777", "0xC0A80101", "0300.0250.1.1",
/// "192.168.257") as dotted decimal; nullopt when the labels are not such a number.
std::optional<std::string> normalizeIpv4(const std::vector<std::string>& labels);

/// `text` without what people type around a lookup: spaces, emoji and punctuation before
/// and after ("0901234567!!", "(vietcombank.com.vn)", "0901234567 🙏"), and up to two
/// words before or after when `keepsShape` accepts what is left ("số 0901234567 nhé").
std::string trimLookup(std::string_view text, bool (*keepsShape)(std::string_view));

} // namespace signage::scamcheck
