// SPDX-License-Identifier: GPL-3.0-or-later
#include "playlog/Cosigned.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "core/Lang.h"
#include "playlog/LogStore.h"
#include "playlog/Schema.h"

namespace signage::playlog {

namespace fs = std::filesystem;
using core::tr;

namespace {
constexpr const char* kSuffix = ".cosigned.note";
constexpr std::uintmax_t kMaxNoteBytes = 16 * 1024; // a note is a few hundred bytes
constexpr int kMaxNotes = 1000;                     // a stick shared by a whole ward

bool endsWith(const std::string& s, std::string_view tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// Checks one note against the box log; fills `r` (status, number, office, why).
void checkOne(db::Database& box, const LogInfo& log, const std::vector<StoredCheckpoint>& have, const std::string& text,
              const std::vector<PublicKey>& officeKeys, CosignImport& r) {
    std::string error;
    auto note = parseNote(text, error);
    std::optional<Checkpoint> cp;
    if (note) cp = parseCheckpoint(note->body, error);
    if (!cp) {
        r.why = tr("không phải điểm kiểm đã ký: ", "not a signed checkpoint: ") + error;
        return;
    }
    r.number = cp->number;
    if (cp->boxId != log.boxId) {
        r.why = tr("chữ ký xác nhận cho máy khác (", "a cosignature for another box (") + cp->boxId +
                tr("), không phải máy này (", "), not this box (") + log.boxId + ")";
        return;
    }
    auto mine = std::find_if(have.begin(), have.end(), [&](const StoredCheckpoint& c) {
        return c.cp.uid == cp->uid && c.cp.number == cp->number;
    });
    if (cp->uid != log.uid || mine == have.end() || !(mine->cp == *cp)) {
        r.why = tr("sổ phát không có điểm kiểm này (", "a checkpoint this log does not contain (") +
                tr("điểm kiểm ", "checkpoint ") + std::to_string(cp->number) + ", seq " + std::to_string(cp->size) +
                tr(", sổ ", ", log ") + toHex(cp->uid) + ")";
        return;
    }
    if (!hasValidSignature(*note, log.boxId, log.key)) {
        r.why = tr("điểm kiểm không có chữ ký hợp lệ của máy này", "the checkpoint is not validly signed by this box");
        return;
    }
    std::optional<std::int64_t> when;
    for (const auto& s : note->signatures) {
        if (s.name == log.boxId) continue;
        for (const auto& k : officeKeys)
            if ((when = validCosignature(*note, s.name, k))) break;
        if (when) {
            r.office = s.name;
            break;
        }
    }
    if (!when) {
        std::string names;
        for (const auto& s : note->signatures)
            if (s.name != log.boxId) names += (names.empty() ? "" : ", ") + s.name;
        r.why = officeKeys.empty()
                    ? tr("máy chưa có khoá của phường ([box] office_keys trong signage.toml)",
                         "the box knows no office key ([box] office_keys in signage.toml)")
                    : tr("chữ ký xác nhận bằng khoá phường không biết (", "cosigned by an unknown office key (") +
                          (names.empty() ? tr("không có chữ ký phường", "no office signature") : names) + ")";
        return;
    }
    r.cosignedMs = *when * 1000;
    if (mine->cosignedMs) {
        r.status = CosignImport::Status::AlreadyKnown;
        return;
    }
    storeCheckpoint(box, {*cp, *note, r.cosignedMs});
    r.status = CosignImport::Status::Imported;
}
} // namespace

std::string cosignedNoteName(const Checkpoint& cp) {
    std::string name;
    for (char ch : cp.boxId)
        name += (std::isalnum(static_cast<unsigned char>(ch)) || ch == '-' || ch == '_') ? ch : '_';
    return name + "_checkpoint-" + std::to_string(cp.number) + kSuffix;
}

fs::path writeCosignedNote(const fs::path& dir, const Checkpoint& cp, const SignedNote& note) {
    std::error_code ec;
    fs::create_directories(dir, ec);
    fs::path file = dir / cosignedNoteName(cp);
    fs::path tmp = dir / ("." + cosignedNoteName(cp) + ".tmp");
    {
        std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
        f << note.text();
        f.flush();
        if (!f) throw std::runtime_error(file.string() + ": " + tr("không ghi được", "cannot write"));
    }
    fs::rename(tmp, file, ec);
    if (ec) {
        fs::remove(tmp, ec);
        throw std::runtime_error(file.string() + ": " + tr("không ghi được", "cannot write"));
    }
    return file;
}

std::vector<CosignImport> importCosignatures(db::Database& box, const fs::path& dir,
                                             const std::vector<PublicKey>& officeKeys) {
    std::vector<CosignImport> out;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return out;
    std::vector<fs::path> files;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end && static_cast<int>(files.size()) < kMaxNotes;
         it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.empty() || name[0] == '.' || !endsWith(name, kSuffix)) continue;
        if (it->is_regular_file(ec)) files.push_back(it->path());
    }
    if (files.empty()) return out;
    std::sort(files.begin(), files.end());
    migrate(box);
    LogStore store(box);
    auto logs = store.logs();
    if (logs.size() != 1) throw std::runtime_error(tr("không phải sổ phát của một máy", "not a single box's log"));
    const LogInfo log = logs[0];
    box.transaction([&] {
        auto have = readCheckpoints(box, log.uid);
        for (const auto& f : files) {
            CosignImport r;
            r.file = f;
            if (fs::file_size(f, ec) > kMaxNoteBytes || ec) {
                r.why = tr("tệp quá lớn để là một điểm kiểm", "too large to be a checkpoint");
            } else {
                std::ifstream in(f, std::ios::binary);
                std::stringstream text;
                text << in.rdbuf();
                checkOne(box, log, have, text.str(), officeKeys, r);
                if (r.status == CosignImport::Status::Imported) have = readCheckpoints(box, log.uid);
            }
            out.push_back(std::move(r));
        }
    });
    return out;
}

std::vector<CosignImport> importCosignatures(const fs::path& dbFile, const fs::path& dir,
                                             const std::vector<PublicKey>& officeKeys) {
    try {
        std::error_code ec;
        if (!fs::is_directory(dir, ec)) return {};
        if (!fs::is_regular_file(dbFile, ec))
            throw std::runtime_error(dbFile.string() + ": " + tr("chưa có sổ phát", "no play log yet"));
        db::Database box(dbFile);
        return importCosignatures(box, dir, officeKeys);
    } catch (const std::exception& e) {
        CosignImport r;
        r.file = dir;
        r.why = tr("không nhận được chữ ký xác nhận: ", "cosignatures not imported: ") + e.what();
        return {r};
    }
}

std::string cosignerName(const SignedNote& note, const std::string& boxId) {
    for (const auto& s : note.signatures)
        if (s.name != boxId) return s.name;
    return {};
}

std::optional<StoredCheckpoint> lastCosigned(const std::vector<StoredCheckpoint>& cps, const LogId& uid) {
    std::optional<StoredCheckpoint> best;
    for (const auto& c : cps)
        if (c.cp.uid == uid && c.cosignedMs && (!best || c.cp.number > best->cp.number)) best = c;
    return best;
}

} // namespace signage::playlog
