// SPDX-License-Identifier: GPL-3.0-or-later
#include "scamcheck/ListImport.h"

#include <unordered_set>

#include "core/Lang.h"
#include "core/Utf8.h"
#include "scamcheck/Link.h"

namespace signage::scamcheck {

namespace {
// 1-based column, counted in characters, of byte offset `byte` in `line`.
int columnOf(std::string_view line, size_t byte) {
    return static_cast<int>(core::decodeUtf8(line.substr(0, byte)).size()) + 1;
}

std::string csvCell(const std::string& s) {
    if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

bool isSpace(char c) { return c == ' ' || c == '\t'; }
} // namespace

ImportedList importReportedList(std::string_view text, const std::string& fileName, core::Diagnostics& diags) {
    ImportedList out;
    std::unordered_set<std::string> seen;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    if (!core::isValidUtf8(text)) {
        diags.error({fileName, 1, 1}, core::tr("không phải văn bản UTF-8", "not UTF-8 text"));
        return out;
    }
    int lineNo = 0;
    for (size_t pos = 0; pos <= text.size();) {
        size_t nl = text.find('\n', pos);
        std::string_view line = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
        pos = nl == std::string_view::npos ? text.size() + 1 : nl + 1;
        ++lineNo;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        size_t b = 0;
        while (b < line.size() && isSpace(line[b])) ++b;
        std::string_view rest = line.substr(b);
        if (rest.empty()) continue;
        if (rest[0] == '#' || rest[0] == '!' || rest.substr(0, 2) == "//") {
            ++out.comments;
            continue;
        }
        // A trailing comment.
        if (size_t hash = rest.find(" #"); hash != std::string_view::npos) rest = rest.substr(0, hash);
        if (size_t hash = rest.find("\t#"); hash != std::string_view::npos) rest = rest.substr(0, hash);
        while (!rest.empty() && isSpace(rest.back())) rest.remove_suffix(1);
        size_t valueAt = b;
        // hosts-file lines: "0.0.0.0 host".
        for (std::string_view sink : {"0.0.0.0", "127.0.0.1", "::1", "::"}) {
            if (rest.size() > sink.size() && rest.substr(0, sink.size()) == sink && isSpace(rest[sink.size()])) {
                size_t k = sink.size();
                while (k < rest.size() && isSpace(rest[k])) ++k;
                valueAt += k;
                rest = rest.substr(k);
                break;
            }
        }
        bool adblock = false;
        if (rest.substr(0, 2) == "||") {
            adblock = true;
            rest.remove_prefix(2);
            valueAt += 2;
            if (!rest.empty() && rest.back() == '^') rest.remove_suffix(1);
        }
        for (size_t k = 0; k < rest.size(); ++k) {
            if (isSpace(rest[k]) || rest[k] == ',' || rest[k] == ';') {
                diags.error({fileName, lineNo, columnOf(line, valueAt + k)},
                            core::tr("mỗi dòng chỉ một tên miền hoặc đường link; dòng này có thêm",
                                     "one domain or link per line expected; this line has more"));
                rest = {};
                break;
            }
        }
        if (rest.empty()) continue;
        auto link = parseLink(rest);
        if (!link || (!link->ipHost && link->labels.size() < 2) || (adblock && !link->path.empty())) {
            diags.error({fileName, lineNo, columnOf(line, valueAt)},
                        core::tr("không đọc được như tên miền hoặc đường link: \"", "not a domain or link: \"") +
                            std::string(rest.substr(0, 80)) + "\"");
            continue;
        }
        ImportedList::Row row;
        std::string host = link->asciiHost;
        if (host.rfind("www.", 0) == 0 && host.size() > 4) host.erase(0, 4);
        if (link->path.empty()) row = {"domain", host};
        else row = {"link", host + link->path};
        if (!seen.insert(row.kind + "\t" + row.value).second) {
            ++out.duplicates;
            continue;
        }
        out.rows.push_back(std::move(row));
    }
    return out;
}

std::string importedListCsv(const ImportedList& list, const std::string& source, const std::string& reportedOn) {
    std::string out = "kind,value,source,reported_on\n";
    for (const auto& r : list.rows)
        out += r.kind + "," + csvCell(r.value) + "," + csvCell(source) + "," + csvCell(reportedOn) + "\n";
    return out;
}

} // namespace signage::scamcheck
