// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/MediaInput.h"

#include <sys/stat.h>

#include <algorithm>
#include <cstring>
#include <system_error>

extern "C" {
#include <libavutil/pixdesc.h>
}

#include "core/Lang.h"

namespace signage::media {

using core::tr;

void Interrupt::setDeadline(std::chrono::milliseconds fromNow) {
    const auto t = std::chrono::steady_clock::now() + fromNow;
    deadlineNs.store(std::chrono::duration_cast<std::chrono::nanoseconds>(t.time_since_epoch()).count());
}

bool Interrupt::fired() const {
    if (abort.load()) return true;
    const auto d = deadlineNs.load();
    if (d == 0) return false;
    const auto now = std::chrono::duration_cast<std::chrono::nanoseconds>(
                         std::chrono::steady_clock::now().time_since_epoch())
                         .count();
    return now > d;
}

std::string fileError(const std::filesystem::path& file, const std::string& reason) {
    return file.string() + ": " + reason;
}

namespace {

int interruptCallback(void* opaque) { return static_cast<const Interrupt*>(opaque)->fired() ? 1 : 0; }

// Files checks that need no FFmpeg: missing, a folder, empty, a device.
bool checkFile(const std::filesystem::path& file, std::string& reason) {
    struct stat st {};
    if (::stat(file.c_str(), &st) != 0) {
        const int err = errno;
        reason = err == ENOENT ? tr("không tìm thấy tệp", "file not found")
                               : tr("không đọc được tệp: ", "cannot read the file: ") +
                                     std::error_code(err, std::generic_category()).message();
        return false;
    }
    if (S_ISDIR(st.st_mode)) {
        reason = tr("đây là thư mục, không phải tệp media", "this is a folder, not a media file");
        return false;
    }
    if (S_ISREG(st.st_mode) && st.st_size == 0) {
        reason = tr("tệp rỗng (0 byte)", "empty file (0 bytes)");
        return false;
    }
    // FIFOs are allowed (a piped stream); devices and sockets are not media files.
    if (!S_ISREG(st.st_mode) && !S_ISFIFO(st.st_mode)) {
        reason = tr("không phải tệp thường", "not a regular file");
        return false;
    }
    return true;
}

StreamInfo describeStream(const AVStream* st) {
    const AVCodecParameters* par = st->codecpar;
    StreamInfo s;
    s.index = st->index;
    s.codec = avcodec_get_name(par->codec_id);
    if (par->codec_id == AV_CODEC_ID_NONE && par->codec_tag != 0) {
        char tag[AV_FOURCC_MAX_STRING_SIZE] = {};
        av_fourcc_make_string(tag, par->codec_tag);
        s.codec = std::string("fourcc ") + tag;
    }
    s.decodable = par->codec_id != AV_CODEC_ID_NONE && avcodec_find_decoder(par->codec_id) != nullptr;
    if (st->duration != AV_NOPTS_VALUE && st->duration > 0) s.duration = core::Millis(toMs(st->duration, st->time_base));
    switch (par->codec_type) {
    case AVMEDIA_TYPE_VIDEO:
        s.kind = StreamInfo::Kind::Video;
        s.attachedPicture = (st->disposition & AV_DISPOSITION_ATTACHED_PIC) != 0;
        s.width = par->width;
        s.height = par->height;
        if (st->avg_frame_rate.num > 0 && st->avg_frame_rate.den > 0) s.fps = av_q2d(st->avg_frame_rate);
        if (const char* pf = av_get_pix_fmt_name(static_cast<AVPixelFormat>(par->format))) s.pixelFormat = pf;
        break;
    case AVMEDIA_TYPE_AUDIO:
        s.kind = StreamInfo::Kind::Audio;
        s.sampleRate = par->sample_rate;
        s.channels = par->ch_layout.nb_channels;
        break;
    case AVMEDIA_TYPE_SUBTITLE: s.kind = StreamInfo::Kind::Subtitle; break;
    default: s.kind = StreamInfo::Kind::Other; break;
    }
    return s;
}

// The stream to play of a kind: decodable first, then any (so the error can name its codec).
int pickStream(const MediaInfo& info, StreamInfo::Kind kind) {
    int any = -1;
    for (const auto& s : info.streams) {
        if (s.kind != kind || s.attachedPicture) continue;
        if (s.decodable) return s.index;
        if (any < 0) any = s.index;
    }
    return any;
}

// mp4/mov carry an index of every sample: one that points past the end of the file means
// the file was cut short (an interrupted copy), which can be told before playing a frame.
bool truncatedByIndex(AVFormatContext* fmt, std::int64_t& have, std::int64_t& need) {
    if (!fmt->pb || (fmt->pb->seekable & AVIO_SEEKABLE_NORMAL) == 0) return false;
    have = avio_size(fmt->pb);
    if (have <= 0) return false;
    need = 0;
    for (unsigned i = 0; i < fmt->nb_streams; ++i) {
        AVStream* st = fmt->streams[i];
        const int n = avformat_index_get_entries_count(st);
        if (n <= 0) continue;
        if (const AVIndexEntry* e = avformat_index_get_entry(st, n - 1)) need = std::max(need, e->pos + e->size);
    }
    return need > have;
}

bool extensionMatches(const std::filesystem::path& file, const AVInputFormat* iformat) {
    std::string ext = file.extension().string();
    if (ext.size() < 2 || !iformat->extensions) return true; // nothing to compare
    ext = ext.substr(1);
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    std::string list = std::string(",") + iformat->extensions + ",";
    // Names the demuxer does not list but that are the same containers.
    if (std::strstr(iformat->name, "matroska")) list += "webm,mkv,mka,";
    if (std::strstr(iformat->name, "mp4")) list += "m4v,mov,";
    return list.find("," + ext + ",") != std::string::npos;
}

std::string sizeText(int w, int h) { return std::to_string(w) + "x" + std::to_string(h); }

} // namespace

std::optional<OpenedInput> openInput(const std::filesystem::path& file, MediaUse use, Interrupt* interrupt,
                                     std::string& error) {
    initFfmpegLogging();
    std::string reason;
    auto fail = [&](const std::string& why) -> std::optional<OpenedInput> {
        error = fileError(file, why);
        return std::nullopt;
    };
    if (!checkFile(file, reason)) return fail(reason);

    AVFormatContext* raw = avformat_alloc_context();
    if (!raw) return fail(tr("hết bộ nhớ", "out of memory"));
    if (interrupt) raw->interrupt_callback = AVIOInterruptCB{&interruptCallback, interrupt};
    // On failure avformat_open_input frees the context itself.
    int rc = avformat_open_input(&raw, file.c_str(), nullptr, nullptr);
    if (rc < 0) {
        if (interrupt && interrupt->fired()) return fail(tr("quá thời gian mở tệp (đọc bị treo)", "timed out opening the file (reading stalled)"));
        return fail(tr("không phải tệp media hoặc tệp đã hỏng (", "not a media file, or the file is damaged (") +
                    avErrorText(rc) + ")");
    }
    OpenedInput in{FormatContextPtr(raw), {}};
    AVFormatContext* fmt = in.format.get();
    rc = avformat_find_stream_info(fmt, nullptr);
    if (rc < 0) {
        if (interrupt && interrupt->fired()) return fail(tr("quá thời gian đọc tệp (đọc bị treo)", "timed out reading the file (reading stalled)"));
        return fail(tr("không đọc được thông tin luồng (", "cannot read the stream information (") + avErrorText(rc) + ")");
    }

    MediaInfo& info = in.info;
    info.file = file;
    info.container = fmt->iformat->name;
    if (fmt->duration != AV_NOPTS_VALUE && fmt->duration > 0) info.duration = core::Millis(fmt->duration / 1000);
    info.durationEstimated = fmt->duration_estimation_method == AVFMT_DURATION_FROM_BITRATE;
    info.bitRate = fmt->bit_rate;
    for (unsigned i = 0; i < fmt->nb_streams; ++i) info.streams.push_back(describeStream(fmt->streams[i]));
    info.videoStream = pickStream(info, StreamInfo::Kind::Video);
    info.audioStream = pickStream(info, StreamInfo::Kind::Audio);

    const std::string name = info.container;
    const bool stillImage = name == "image2" || name.ends_with("_pipe");
    if (stillImage && use != MediaUse::Any) {
        return fail(tr("đây là ảnh tĩnh, không phải video (dùng type = \"image\")",
                       "this is a still image, not a video (use type = \"image\")"));
    }
    std::int64_t have = 0, need = 0;
    if (truncatedByIndex(fmt, have, need)) {
        return fail(tr("tệp bị cắt cụt (sao chép dở?): có ", "the file is cut short (incomplete copy?): ") +
                    std::to_string(have) + tr(" trên ", " of ") + std::to_string(need) + tr(" byte", " bytes"));
    }

    const StreamInfo* v = info.video();
    const StreamInfo* a = info.audio();
    if (use == MediaUse::Audio) info.videoStream = -1, v = nullptr; // an audio item ignores pictures
    if (use == MediaUse::Video && !v) {
        if (a) {
            return fail(tr("tệp chỉ có tiếng, không có hình (dùng type = \"audio\")",
                           "audio-only file in a video item (use type = \"audio\")"));
        }
        return fail(tr("không có luồng hình", "no video stream"));
    }
    if (use == MediaUse::Audio && !a) return fail(tr("không có luồng tiếng", "no audio stream in an audio item"));
    if (!v && !a) return fail(tr("không có luồng hình hay tiếng", "no video or audio stream"));

    if (v) {
        if (!v->decodable) {
            return fail(tr("codec hình không được hỗ trợ: ", "unsupported video codec: ") + v->codec);
        }
        if (v->width <= 0 || v->height <= 0) {
            return fail(tr("không rõ kích thước hình (tệp hỏng?)", "unknown picture size (damaged file?)"));
        }
        if (std::max(v->width, v->height) > kMaxSide ||
            static_cast<std::int64_t>(v->width) * v->height > kMaxPixels) {
            return fail(tr("hình quá lớn: ", "picture too large: ") + sizeText(v->width, v->height) +
                        tr(" (tối đa 8K: 7680x4320)", " (limit 8K: 7680x4320)"));
        }
    }
    if (a && !a->decodable) {
        if (use == MediaUse::Audio || !v) return fail(tr("codec tiếng không được hỗ trợ: ", "unsupported audio codec: ") + a->codec);
        info.warnings.push_back(tr("bỏ qua tiếng (codec không được hỗ trợ: ", "playing without sound (unsupported audio codec: ") +
                                a->codec + ")");
        info.audioStream = -1;
    }
    if (!extensionMatches(file, fmt->iformat)) {
        info.warnings.push_back(tr("đuôi tệp không khớp nội dung (", "the file extension does not match its content (") +
                                name + tr("); vẫn phát theo nội dung", "); playing it by its content"));
    }
    return in;
}

} // namespace signage::media
