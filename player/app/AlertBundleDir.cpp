// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/AlertBundleDir.h"

#include <fstream>
#include <sstream>
#include <toml++/toml.h>

#include "bundle/AlertBundle.h"
#include "bundle/InboxWatcher.h"
#include "core/Lang.h"
#include "core/TomlTable.h"
#include "fleet/Alert.h"
#include "fleet/Topics.h"

namespace signage::app {

namespace fs = std::filesystem;
using core::tr;

namespace {
std::string tomlString(const std::string& s) {
    std::ostringstream out;
    out << toml::value<std::string>(s);
    return out.str();
}
std::string tomlStrings(const std::vector<std::string>& list) {
    std::string out = "[";
    for (const auto& v : list) out += (out.size() > 1 ? ", " : "") + tomlString(v);
    return out + "]";
}
} // namespace

bool stageAlertBundle(const fs::path& source, const fs::path& dir, std::int64_t nowMs, std::string* error) {
    auto fail = [&](const std::string& why) {
        if (error) *error = why;
        return false;
    };
    fs::path file = source;
    std::error_code ec;
    if (fs::is_directory(source, ec)) {
        auto found = bundle::findAlertFiles(source);
        if (found.size() != 1)
            return fail(source.string() +
                        tr(": cần đúng một tệp .alert trong thư mục (có ",
                           ": needs exactly one .alert file in the directory (found ") +
                        std::to_string(found.size()) + ")");
        file = found.front();
    }
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    const std::string wire = text.str();
    if (!in || wire.empty()) return fail(file.string() + tr(": không đọc được", ": cannot read"));
    if (wire.size() > 64 * 1024)
        return fail(file.string() + tr(": quá lớn cho một cảnh báo", ": too large for an alert"));
    const auto nl = wire.find('\n');
    if (nl != 128 || wire.find_first_not_of("0123456789abcdef") < 128)
        return fail(
            file.string() + ":1:1: " +
            tr("dòng đầu phải là chữ ký của văn phòng (128 chữ số hex); tạo tệp bằng `signage office alert --usb`",
               "the first line must be the office's signature (128 hex digits); make the file with `signage office "
               "alert --usb`"));
    // core::TomlTable on the whole file with the signature line as a comment, so positions
    // are the file's own lines. Unknown keys are ignored, as on the network path
    // (fleet::checkAlert: signed by the office, a newer office may add keys); a mistyped
    // field refuses the file at file:line:col.
    const core::TomlSource src{file, file.string()};
    core::Diagnostics diags;
    auto parsed = core::parseToml("#" + wire, src, diags);
    std::string id, level, message, item;
    std::int64_t expiry = 0;
    std::vector<std::string> boxes, sites;
    if (parsed) {
        core::TomlTable t(*parsed, src, diags, {}, core::TomlTable::UnknownKeys::Warning);
        if (auto v = t.string("id")) id = *v;
        if (auto v = t.string("level")) level = *v;
        if (auto v = t.integer("expiry_ms")) expiry = *v;
        if (auto v = t.string("message")) message = *v;
        if (auto v = t.string("item")) item = *v;
        if (auto v = t.stringArray("boxes")) boxes = *v;
        if (auto v = t.stringArray("sites")) sites = *v;
    }
    for (const auto& d : diags.all())
        if (d.severity == core::Diagnostic::Severity::Error) return fail(d.format());
    if (!fleet::validName(id) || !fleet::parseAlertLevel(level) || expiry <= 0 || (message.empty() && item.empty()))
        return fail(file.string() + ": " +
                    tr("cảnh báo cần id, level, expiry_ms và message hoặc item",
                       "an alert needs id, level, expiry_ms and a message or an item"));
    if (expiry <= nowMs)
        return fail(file.string() + ": " + tr("cảnh báo ", "alert ") + id + tr(" đã hết hạn", " has already expired"));

    std::string bundleId = id;
    for (char& c : bundleId)
        if (c == '.') c = '-';
    std::string label = message.empty() ? item : message;
    if (label.size() > 80) label = label.substr(0, 80); // a name for people; the alert itself is unchanged
    fs::create_directories(dir, ec);
    {
        std::ofstream m(dir / "manifest.toml", std::ios::trunc);
        m << "# A bundle of kind alert (signage bundle create --kind alert): one office-signed alert.\n"
          << "id = " << tomlString(bundleId) << "\n"
          << "name = " << tomlString(tr("Cảnh báo ", "Alert ") + level + ": " + label) << "\n"
          << "version = \"1.0.0\"\n"
          << "kind = \"alert\"\n"
          << "[target]\nboxes = " << tomlStrings(boxes) << "\nsites = " << tomlStrings(sites) << "\n";
        if (!m) return fail((dir / "manifest.toml").string() + tr(": không ghi được", ": cannot write"));
    }
    std::ofstream a(dir / bundle::kAlertEntry, std::ios::binary | std::ios::trunc);
    a << wire;
    a.close();
    if (!a) return fail((dir / bundle::kAlertEntry).string() + tr(": không ghi được", ": cannot write"));
    return true;
}

} // namespace signage::app
