// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/InterruptControl.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <memory>
#include <sstream>
#include <sys/stat.h>
#include <toml++/toml.h>
#include <unistd.h>

#include "core/Clock.h"
#include "core/Lang.h"
#include "core/TomlTable.h"
#include "core/UniqueFd.h"
#include "core/Utf8.h"

namespace signage::schedule {
namespace {

using core::tr;

// A TOML basic string ("..."), escaping what TOML requires.
std::string quote(const std::string& s) {
    std::string out = "\"";
    for (unsigned char c : s) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c < 0x20 || c == 0x7f) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out + "\"";
}

std::string systemError(const std::string& what) { return what + ": " + std::strerror(errno); }

} // namespace

InterruptControl::InterruptControl(std::filesystem::path dataDir)
    : _dir(std::move(dataDir) / "control"), _path(_dir / "interrupt.toml") {}

bool InterruptControl::write(const Interrupt& in, std::string* error) const {
    auto fail = [&](std::string why) {
        if (error) *error = std::move(why);
        return false;
    };
    std::error_code ec;
    std::filesystem::create_directories(_dir, ec);
    if (ec) return fail(_dir.string() + ": " + ec.message());

    std::string text = tr("# ghi bởi `signage interrupt start`; xóa bằng `signage interrupt stop`\n",
                          "# written by `signage interrupt start`; remove with `signage interrupt stop`\n");
    text += "target = " + quote(in.target) + "\n";
    if (in.until != 0) text += "until = " + core::formatIsoTime(in.until) + "\n";
    if (in.started != 0) text += "started = " + core::formatIsoTime(in.started) + "\n";
    if (!in.by.empty()) text += "by = " + quote(in.by) + "\n";
    if (!in.message.empty()) text += "message = " + quote(in.message) + "\n";

    std::string tmp = (_dir / ("interrupt.toml.tmp-" + std::to_string(::getpid()))).string();
    {
        core::UniqueFd fd(::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644));
        if (!fd) return fail(systemError(tmp));
        size_t done = 0;
        while (done < text.size()) {
            ssize_t n = ::write(fd.get(), text.data() + done, text.size() - done);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) {
                std::string why = systemError(tmp);
                ::unlink(tmp.c_str());
                return fail(why);
            }
            done += static_cast<size_t>(n);
        }
        if (::fsync(fd.get()) != 0) {
            std::string why = systemError(tmp);
            ::unlink(tmp.c_str());
            return fail(why);
        }
        if (fd.close() != 0) { // a failed close can mean lost data (NFS, full disk)
            std::string why = systemError(tmp);
            ::unlink(tmp.c_str());
            return fail(why);
        }
    }
    if (::rename(tmp.c_str(), _path.c_str()) != 0) {
        std::string why = systemError(_path.string());
        ::unlink(tmp.c_str());
        return fail(why);
    }
    // Make the rename itself durable: a box may lose power right after an emergency.
    core::UniqueFd dir(::open(_dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (dir) ::fsync(dir.get());
    return true;
}

std::optional<Interrupt> InterruptControl::read(std::string* error) const {
    std::ifstream file(_path, std::ios::binary);
    if (!file) return std::nullopt;
    std::stringstream buf;
    buf << file.rdbuf();
    auto fail = [&](std::string why) -> std::optional<Interrupt> {
        if (error) *error = std::move(why);
        return std::nullopt;
    };
    // core::TomlTable. Policy (docs/schedule-format.md, docs/architecture.md "TOML files"):
    // an unknown key is an error with "did you mean" (a misspelt "until" would keep an
    // emergency broadcast on screen until someone stops it); the first problem by line is
    // the reason, at file:line:col.
    const core::TomlSource src{_path, _path.string()};
    core::Diagnostics diags;
    auto reason = [&]() -> std::optional<Interrupt> {
        if (auto first = core::firstSortedError(diags)) return fail(*first);
        return fail(_path.string() + tr(": không đọc được", ": cannot read"));
    };
    auto parsed = core::parseToml(buf.str(), src, diags);
    if (!parsed) return reason();
    core::TomlTable t(*parsed, src, diags, {}, core::TomlTable::UnknownKeys::Error);
    t.rejectUnknownKeys({"target", "until", "started", "by", "message"});
    Interrupt in;
    if (auto v = t.requiredString("target")) in.target = *v;
    auto timeOf = [&](const char* key, core::WallMs& out) {
        const toml::node* n = t.node(key);
        if (!n) return;
        bool ok = false;
        if (auto dt = n->as_date_time()) {
            std::ostringstream s;
            s << *dt;
            ok = core::parseIsoTime(s.str(), out);
        } else if (auto str = n->as_string()) {
            ok = core::parseIsoTime(str->get(), out);
        }
        if (!ok)
            t.error(t.valuePos(key),
                    std::string(key) + tr(": thời gian không hợp lệ (viết vd. 2025-08-02T09:00:00+07:00)",
                                          ": invalid time (write e.g. 2025-08-02T09:00:00+07:00)"));
    };
    timeOf("until", in.until);
    timeOf("started", in.started);
    if (auto v = t.string("by")) in.by = *v;
    if (auto v = t.string("message")) in.message = *v;
    if (t.errors() > 0) return reason();
    return in;
}

bool InterruptControl::clear(std::string* error) const {
    if (::unlink(_path.c_str()) == 0 || errno == ENOENT) {
        core::UniqueFd dir(::open(_dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
        if (dir) ::fsync(dir.get());
        return true;
    }
    if (error) *error = systemError(_path.string());
    return false;
}

InterruptControl::Stamp InterruptControl::stamp() const {
    struct stat st {};
    Stamp s;
    if (::stat(_path.c_str(), &st) != 0) return s;
    s.exists = true;
    s.inode = st.st_ino;
    s.size = st.st_size;
    s.mtimeNs = static_cast<long long>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
    s.ctimeNs = static_cast<long long>(st.st_ctim.tv_sec) * 1'000'000'000 + st.st_ctim.tv_nsec;
    return s;
}

InterruptControl::Change InterruptControl::readIfChanged() {
    Change c;
    Stamp now = stamp();
    if (now == _last) return c;
    _last = now;
    c.changed = true;
    if (now.exists) c.interrupt = read(&c.error);
    return c;
}

} // namespace signage::schedule
