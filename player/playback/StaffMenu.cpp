// SPDX-License-Identifier: GPL-3.0-or-later
#include "playback/StaffMenu.h"

#include <algorithm>
#include <chrono>
#include <cstdio>

#include "core/Lang.h"
#include "render/TextLayout.h"

namespace signage::playback {

using core::tr;

namespace {

constexpr render::Color kBackground{0x0b, 0x2e, 0x59, 255}; // the slides' deep blue
constexpr render::Color kKey{0x24, 0x4f, 0x86, 255};
constexpr render::Color kWhite{255, 255, 255, 255};
constexpr render::Color kSoft{0xc8, 0xd6, 0xea, 255};
constexpr render::Color kYellow{0xff, 0xc8, 0x2e, 255};
constexpr render::Color kInk{0x10, 0x10, 0x10, 255};
constexpr render::Color kGreen{0x1e, 0x7a, 0x3c, 255};
constexpr render::Color kGrey{0x5a, 0x66, 0x78, 255};

template <typename T>
bool ready(const std::future<T>& f) {
    return f.valid() && f.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

// Runs `fn` on its own thread; wakes the loop when done (the loop polls the future).
template <typename Fn>
auto runAsync(Fn fn, const std::function<void()>& wake) {
    return std::async(std::launch::async, [fn = std::move(fn), wake] {
        auto r = fn();
        if (wake) wake();
        return r;
    });
}

bool inside(const render::RectF& r, float x, float y) { return x >= r.x && y >= r.y && x < r.x + r.w && y < r.y + r.h; }

} // namespace

StaffMenu::StaffMenu(std::shared_ptr<render::TextLayout> text, const core::Clock& clock, StaffServices services,
                     Options options)
    : _text(std::move(text)), _clock(clock), _services(std::move(services)), _options(options) {}

StaffMenu::~StaffMenu() = default; // std::async futures wait for their thread

bool StaffMenu::handleInput(const render::InputEvent& e, render::Size screen) {
    using Kind = render::InputEvent::Kind;
    const core::SteadyMs now = _clock.steadyNow();
    if (_state == State::Closed) {
        // The gesture: one finger held still in the top-left corner. Nothing is consumed,
        // so a visitor touching there still reaches the signage.
        const float corner = std::max(60.0f, 0.12f * static_cast<float>(std::min(screen.w, screen.h)));
        const bool inCorner = e.x >= 0 && e.y >= 0 && e.x < corner && e.y < corner;
        if (e.kind == Kind::TouchDown && inCorner) {
            _holdFinger = e.fingerId;
            _holdSince = now;
        } else if (_holdFinger && e.fingerId == *_holdFinger &&
                   (e.kind == Kind::TouchUp || (e.kind == Kind::TouchMove && !inCorner))) {
            _holdFinger.reset();
        }
        return false;
    }
    _lastInput = now;
    if (e.kind == Kind::TouchDown) {
        for (const auto& b : _buttons)
            if (inside(b.rect, e.x, e.y)) {
                press(b.id, now);
                break;
            }
    } else if (e.kind == Kind::Key) {
        if (e.key == "escape") press(_state == State::Pin ? "close" : "back", now);
        else if (e.key == "backspace") press("delete", now);
        else if (e.key == "return") press("ok", now);
        else if (e.key.size() == 1 && e.key[0] >= '0' && e.key[0] <= '9') press("digit:" + e.key, now);
    }
    _dirty = true;
    return true;
}

void StaffMenu::open(State s, core::SteadyMs now) {
    _state = s;
    _lastInput = now;
    _dirty = true;
    _pin.clear();
    if (s == State::Pin) {
        _message = tr("Nhập mã PIN nhân viên", "Enter the staff PIN");
        event("pin_pad");
    } else {
        _message.clear();
        _info.reset();
        if (_services.collect && !_collecting.valid()) _collecting = runAsync(_services.collect, _services.wake);
        event("open");
    }
}

void StaffMenu::close(const std::string& why) {
    if (_state == State::Closed) return;
    _state = State::Closed;
    _pin.clear();
    _info.reset();
    _message.clear();
    _buttons.clear();
    _shown.clear();
    _dirty = true;
    event("close " + why);
}

void StaffMenu::press(const std::string& id, core::SteadyMs now) {
    const bool locked = now < _lockedUntil;
    if (id == "close" || id == "back") {
        close("staff");
    } else if (id.rfind("digit:", 0) == 0) {
        if (!locked && !_pinCheck.valid() && _pin.size() < 12) _pin += id.substr(6);
    } else if (id == "delete") {
        if (!_pin.empty()) _pin.pop_back();
    } else if (id == "ok") {
        if (locked || _pin.empty() || _pinCheck.valid() || !_services.checkPin) return;
        std::string typed;
        typed.swap(_pin); // the pad forgets it at once; only the worker holds it
        _message = tr("Đang kiểm tra…", "Checking…");
        _pinCheck =
            runAsync([check = _services.checkPin, typed = std::move(typed)] { return check(typed); }, _services.wake);
    } else if (id == "export") {
        if (_exporting.valid() || !_services.exportLogs) return;
        _message = tr("Đang xuất nhật ký ra USB…", "Exporting the logs to USB…");
        _exporting = runAsync(_services.exportLogs, _services.wake);
    }
}

bool StaffMenu::update(core::SteadyMs now) {
    if (_state == State::Closed && _holdFinger && now - _holdSince >= _options.hold.count()) {
        _holdFinger.reset();
        open(State::Pin, now);
    }
    if (ready(_pinCheck)) {
        const bool ok = _pinCheck.get();
        if (_state == State::Pin && ok) {
            _wrong = 0;
            open(State::Menu, now);
        } else if (!ok) {
            ++_wrong;
            event("pin_wrong " + std::to_string(_wrong));
            if (_wrong >= _options.freeTries) {
                long long lock = _options.lockout.count();
                for (int i = _options.freeTries; i < _wrong && lock < _options.maxLockout.count(); ++i) lock *= 2;
                lock = std::min<long long>(lock, _options.maxLockout.count());
                _lockedUntil = now + lock;
                _message = tr("Sai mã PIN. Thử lại sau ", "Wrong PIN. Try again in ") + std::to_string(lock / 1000) +
                           tr(" giây", " s");
            } else {
                _message = tr("Sai mã PIN. Còn ", "Wrong PIN. ") + std::to_string(_options.freeTries - _wrong) +
                           tr(" lần thử", " tries left");
            }
        }
        _dirty = true;
    }
    if (_lockedUntil && now >= _lockedUntil) {
        _lockedUntil = 0;
        if (_state == State::Pin) _message = tr("Nhập mã PIN nhân viên", "Enter the staff PIN");
        _dirty = true;
    }
    if (ready(_collecting)) {
        StaffInfo info = _collecting.get();
        if (_state == State::Menu) _info = std::move(info);
        _dirty = true;
    }
    if (ready(_exporting)) {
        std::string result = _exporting.get();
        event("export " + result);
        if (_state == State::Menu) {
            _message = result;
            // The export is an event too: show the list as it is now.
            if (_services.collect && !_collecting.valid()) _collecting = runAsync(_services.collect, _services.wake);
        }
        _dirty = true;
    }
    if (_state != State::Closed && now - _lastInput >= _options.idle.count()) close("idle");
    const bool changed = _dirty;
    _dirty = false;
    return changed;
}

std::optional<core::SteadyMs> StaffMenu::nextChange(core::SteadyMs now) const {
    std::optional<core::SteadyMs> next;
    auto take = [&](core::SteadyMs t) {
        if (!next || t < *next) next = std::max(t, now);
    };
    if (_state == State::Closed && _holdFinger) take(_holdSince + _options.hold.count());
    if (_state != State::Closed) take(_lastInput + _options.idle.count());
    if (_lockedUntil) take(_lockedUntil);
    // A worker wakes the loop when it ends; the short poll covers a wake that comes just
    // before its future is ready. Only while a worker runs (a PIN check, an export).
    if (_pinCheck.valid() || _collecting.valid() || _exporting.valid()) take(now + 50);
    if (_dirty) take(now);
    return next;
}

std::vector<std::pair<std::string, std::string>> StaffMenu::takeEvents() {
    std::vector<std::pair<std::string, std::string>> out;
    out.swap(_events);
    return out;
}

float StaffMenu::text(render::Canvas& canvas, const std::string& s, float x, float y, int px, bool bold,
                      render::Color color, float maxWidth, bool centred, float boxW) {
    if (s.empty() || !_text) return 0;
    char key[48];
    std::snprintf(key, sizeof key, "|%d|%d|%02x%02x%02x|%d", px, bold ? 1 : 0, color.r, color.g, color.b,
                  static_cast<int>(maxWidth));
    const std::string k = s + key;
    std::shared_ptr<render::Picture> pic;
    if (auto it = _pictures.find(k); it != _pictures.end()) pic = it->second;
    if (!pic) {
        render::TextBlockStyle style;
        style.font.px = px;
        style.font.bold = bold;
        style.color = color;
        style.maxWidth = maxWidth;
        pic = _text->renderPicture(canvas, s, style);
    }
    if (!pic) return 0;
    _used[k] = pic;
    const render::Size sz = pic->size();
    const float w = static_cast<float>(sz.w), h = static_cast<float>(sz.h);
    if (centred) x += (boxW - w) / 2;
    canvas.drawPicture(*pic, {x, y, w, h});
    _shown.push_back({{x, y, w, h}, s});
    return h;
}

void StaffMenu::button(render::Canvas& canvas, const std::string& id, const std::string& label, const render::RectF& r,
                       render::Color fill, render::Color ink, int px) {
    canvas.fillRect(r, fill);
    _buttons.push_back({r, id});
    // Vertically centred: the picture's height is about 1.4 em for one line.
    text(canvas, label, r.x, r.y + (r.h - static_cast<float>(px) * 1.4f) / 2, px, true, ink, 0, true, r.w);
}

void StaffMenu::draw(render::Canvas& canvas) {
    if (_state == State::Closed) return;
    const render::Size size = canvas.size();
    if (size.w != _cachedFor.w || size.h != _cachedFor.h) {
        _pictures.clear();
        _cachedFor = size;
    }
    _buttons.clear();
    _shown.clear();
    _used.clear();
    const float w = static_cast<float>(size.w), h = static_cast<float>(size.h);
    const float u = std::min(w / 1280.0f, h / 720.0f); // layout unit: 1 px at 1280x720
    canvas.setClip(std::nullopt);
    canvas.fillRect({0, 0, w, h}, kBackground);
    if (_state == State::Pin) drawPin(canvas, w, h, u);
    else drawMenu(canvas, w, h, u);
    _pictures.swap(_used); // keep only what this frame drew
}

void StaffMenu::drawPin(render::Canvas& canvas, float w, float, float u) {
    auto px = [u](float p) { return static_cast<int>(p * u); };
    text(canvas, tr("Menu nhân viên", "Staff menu"), 0, 20 * u, px(40), true, kWhite, 0, true, w);
    std::string dots;
    for (std::size_t i = 0; i < _pin.size(); ++i) dots += i ? " ●" : "●";
    if (dots.empty()) dots = "–";
    text(canvas, dots, 0, 80 * u, px(44), true, kYellow, 0, true, w);
    text(canvas, _message, 0, 145 * u, px(30), false, kSoft, 0, true, w);

    const float kw = 160 * u, kh = 100 * u, gap = 14 * u;
    const float left = (w - (3 * kw + 2 * gap)) / 2, top = 200 * u;
    const bool locked = _lockedUntil != 0;
    static const char* kDigits[] = {"1", "2", "3", "4", "5", "6", "7", "8", "9"};
    for (int i = 0; i < 9; ++i) {
        render::RectF r{left + static_cast<float>(i % 3) * (kw + gap), top + static_cast<float>(i / 3) * (kh + gap), kw,
                        kh};
        button(canvas, std::string("digit:") + kDigits[i], kDigits[i], r, locked ? kGrey : kKey, kWhite, px(48));
    }
    const float row4 = top + 3 * (kh + gap);
    button(canvas, "delete", tr("Xóa", "Delete"), {left, row4, kw, kh}, kGrey, kWhite, px(34));
    button(canvas, "digit:0", "0", {left + kw + gap, row4, kw, kh}, locked ? kGrey : kKey, kWhite, px(48));
    button(canvas, "ok", "OK", {left + 2 * (kw + gap), row4, kw, kh}, locked ? kGrey : kGreen, kWhite, px(40));
    button(canvas, "close", tr("Đóng", "Close"), {w - 210 * u, 20 * u, 190 * u, 86 * u}, kYellow, kInk, px(34));
}

void StaffMenu::drawMenu(render::Canvas& canvas, float w, float h, float u) {
    auto px = [u](float p) { return static_cast<int>(p * u); };
    const float x0 = 36 * u;
    text(canvas, tr("Menu nhân viên", "Staff menu"), x0, 18 * u, px(42), true, kWhite);
    const std::string wait = "…";
    const StaffInfo empty;
    const StaffInfo& info = _info ? *_info : empty;
    auto value = [&](const std::string& v) { return _info ? (v.empty() ? tr("(chưa có)", "(none)") : v) : wait; };
    const std::pair<std::string, std::string> rows[] = {
        {tr("Mã máy", "Box id"), value(info.boxId)},
        {tr("Địa điểm", "Site"), value(info.site)},
        {tr("Gói nội dung", "Content bundle"), value(info.bundle)},
        {tr("Lần nạp gần nhất", "Last import"), value(info.lastImport)},
        {tr("Dung lượng trống", "Free disk"), value(info.freeDisk)},
        {tr("Phường ký xác nhận gần nhất", "Last cosigned by the office"), value(info.lastCosigned)},
    };
    const float colW = 560 * u;
    float y = 88 * u;
    for (const auto& [label, v] : rows) {
        text(canvas, label, x0, y, px(22), false, kSoft);
        text(canvas, v, x0, y + 25 * u, px(29), true, kWhite, colW);
        y += 59 * u;
    }
    text(canvas, _message, x0, y + 2 * u, px(22), true, kYellow, colW); // two lines fit above the buttons
    button(canvas, "export", tr("Xuất nhật ký ra USB", "Export logs to USB"), {x0, 506 * u, colW, 92 * u},
           _exporting.valid() ? kGrey : kGreen, kWhite, px(36));
    button(canvas, "back", tr("Quay lại phát", "Back to playback"), {x0, 612 * u, colW, 88 * u}, kYellow, kInk, px(34));

    const float x1 = 640 * u, listW = w - x1 - 24 * u;
    canvas.fillRect({x1 - 12 * u, 84 * u, listW + 24 * u, h - 96 * u}, {0x07, 0x22, 0x44, 255});
    text(canvas, tr("20 sự kiện gần nhất", "Last 20 events"), x1, 92 * u, px(28), true, kWhite);
    const float listBottom = h - 14 * u;
    canvas.setClip(render::RectF{x1, 130 * u, listW, listBottom - 130 * u});
    float ly = 134 * u;
    if (!_info) text(canvas, tr("Đang đọc nhật ký…", "Reading the log…"), x1, ly, px(22), false, kSoft);
    else if (info.events.empty())
        text(canvas, tr("(chưa có sự kiện)", "(no events yet)"), x1, ly, px(22), false, kSoft);
    // A long event (an export's result, a refused alert) wraps inside the list instead of
    // running off its edge; the oldest lines are left out when the list is full.
    for (const auto& line : info.events) {
        if (ly + 28 * u > listBottom) break;
        const float lh = text(canvas, line, x1, ly, px(21), false, kSoft, listW);
        ly += lh > 40 * u ? lh : 28 * u; // one line: the list's pitch (20 fit); wrapped: its height
    }
    canvas.setClip(std::nullopt);
}

std::string StaffMenu::screenText() const {
    std::string out;
    for (const auto& s : _shown) {
        char head[64];
        std::snprintf(head, sizeof head, "%d %d %d %d ", static_cast<int>(s.rect.x), static_cast<int>(s.rect.y),
                      static_cast<int>(s.rect.w), static_cast<int>(s.rect.h));
        out += head;
        for (char ch : s.text) out += ch == '\n' ? ' ' : ch;
        out += '\n';
    }
    return out;
}

std::optional<std::pair<float, float>> StaffMenu::locate(const std::string& label) const {
    std::optional<std::pair<float, float>> at;
    for (const auto& s : _shown)
        if (s.text == label) at = std::make_pair(s.rect.x + s.rect.w / 2, s.rect.y + s.rect.h / 2);
    return at;
}

} // namespace signage::playback
