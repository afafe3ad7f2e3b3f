// SPDX-License-Identifier: GPL-3.0-or-later
// bench_scripting [--frames N] [--seconds S]
// Measures the Lua plugin runtime on this machine (see docs/benchmarks/scripting.md):
//  1. ticker per-frame cost: PluginPresenter::draw (timers, plugin.frame in Lua, replay of
//     the draw list) into a null canvas, text pictures made once by the real text engine;
//     and the same into a 1920x1080 software SDL canvas (blits included);
//  2. a paced 60 Hz loop on the real clock: work-time and frame-interval percentiles;
//  3. memory of idle plugins: Lua heap per bundled plugin, and RSS growth per instance;
//  4. the count hook's overhead on pure Lua work, and how long a runaway loop runs.
#include <lua.hpp>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <numeric>
#include <string>
#include <thread>
#include <vector>

#include "core/Clock.h"
#include "core/Lang.h"
#include "core/Log.h"
#include "render/NullCanvas.h"
#include "render/SdlCanvas.h"
#include "render/SdlOwners.h"
#include "render/TextLayout.h"
#include "scripting/LayoutTextRenderer.h"
#include "scripting/LuaState.h"
#include "scripting/PluginHost.h"
#include "scripting/PluginPresenter.h"
#include "scripting/Sandbox.h"

using namespace signage;
using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

namespace {

fs::path plugin(const char* name) { return fs::path(SIGNAGE_SOURCE_DIR) / "plugins" / name; }

struct Stats {
    double mean, p50, p99, max;
};
Stats stats(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    auto at = [&](double q) { return v[std::min(v.size() - 1, static_cast<size_t>(q * static_cast<double>(v.size())))]; };
    return {std::accumulate(v.begin(), v.end(), 0.0) / static_cast<double>(v.size()), at(0.5), at(0.99), v.back()};
}
void print(const char* what, const Stats& s, const char* unit = "ms") {
    std::printf("  %-44s mean %.4f  p50 %.4f  p99 %.4f  max %.4f %s\n", what, s.mean, s.p50, s.p99, s.max, unit);
}
double ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

long rssKb() {
    std::ifstream in("/proc/self/statm");
    long pages = 0, resident = 0;
    in >> pages >> resident;
    return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

std::unique_ptr<scripting::PluginPresenter> tickerZone(scripting::PluginHost& host, render::Canvas& canvas) {
    content::Zone z;
    z.id = "ticker";
    z.y = 0.9f;
    z.h = 0.1f;
    auto p = host.createZone(plugin("ticker"), z);
    std::string err;
    if (!p->open(canvas, err)) {
        std::fprintf(stderr, "ticker: %s\n", err.c_str());
        std::exit(3);
    }
    return p;
}

void tickerCost(scripting::PluginHost& host, core::ManualClock& clock, int frames) {
    std::printf("1. ticker per-frame cost (zone 1920x108, speed 120 px/s, %d frames at 60 Hz clock steps)\n", frames);
    render::NullCanvas nullCanvas({1920, 1080});
    auto p = tickerZone(host, nullCanvas);
    p->start(clock.steadyNow());
    render::RectF area{0, 972, 1920, 108};
    std::vector<double> t;
    t.reserve(static_cast<size_t>(frames));
    std::int64_t step = 0;
    int moved = 0;
    float lastX = 0;
    for (int i = 0; i < frames + 600; ++i) {
        clock.advance(++step % 3 == 0 ? 17 : 16); // 16.67 ms on average
        auto t0 = Clock::now();
        p->draw(nullCanvas, area, 1.0f, clock.steadyNow());
        if (i >= 600) t.push_back(ms(Clock::now() - t0)); // after a warm-up (text rendered once)
        const auto& cmds = p->shownFrame().commands();
        float x = 0;
        for (const auto& c : cmds) {
            if (c.kind == scripting::DrawCommand::Kind::Picture) x = c.rect.x; // the last text drawn
        }
        moved += x != lastX;
        lastX = x;
    }
    print("draw() into a null canvas", stats(t));
    std::printf("  frames where the text moved: %d of %d (plugin.frame ran every frame)\n", moved, frames + 600);
    std::printf("  draw commands per frame: %zu; Lua heap %zu KB; faults %zu\n", p->shownFrame().size(),
                p->luaMemory() / 1024, p->faultCount());
    p->stop();

    // The same plugin into a real 1920x1080 software canvas: blits of the text pictures.
    render::SurfacePtr surface = render::makeRgbaSurface(1920, 1080);
    render::RendererPtr renderer(SDL_CreateSoftwareRenderer(surface.get()));
    {
        render::SdlCanvas sdl(renderer.get());
        auto q = tickerZone(host, sdl);
        q->start(clock.steadyNow());
        std::vector<double> u;
        for (int i = 0; i < frames / 4 + 120; ++i) {
            clock.advance(i % 3 == 0 ? 17 : 16);
            auto t0 = Clock::now();
            q->draw(sdl, area, 1.0f, clock.steadyNow());
            if (i >= 120) u.push_back(ms(Clock::now() - t0));
        }
        print("draw() into a software SDL canvas", stats(u));
        q->stop();
    }
}

void pacedLoop(scripting::PluginHost& host, double seconds) {
    std::printf("2. paced 60 Hz loop on the real clock, %.0f s (ticker zone, null canvas)\n", seconds);
    core::RealClock real;
    scripting::HostServices s = host.services();
    s.clock = &real;
    scripting::PluginHost rt(s, host.limits());
    render::NullCanvas canvas({1920, 1080});
    auto p = tickerZone(rt, canvas);
    p->start(real.steadyNow());
    render::RectF area{0, 972, 1920, 108};
    const auto period = std::chrono::microseconds(16667);
    auto next = Clock::now();
    auto last = next;
    std::vector<double> work, interval;
    int frames = static_cast<int>(seconds * 60);
    for (int i = 0; i < frames; ++i) {
        std::this_thread::sleep_until(next);
        auto t0 = Clock::now();
        if (i > 0) interval.push_back(ms(t0 - last));
        last = t0;
        p->draw(canvas, area, 1.0f, real.steadyNow());
        work.push_back(ms(Clock::now() - t0));
        next += period;
    }
    print("work per frame", stats(work));
    print("frame interval (target 16.667)", stats(interval));
    long late = std::count_if(interval.begin(), interval.end(), [](double v) { return v > 16.667 * 1.5; });
    std::printf("  intervals over 25 ms: %ld of %zu; faults %zu\n", late, interval.size(), p->faultCount());
    p->stop();
}

void idleMemory(scripting::PluginHost& host, core::ManualClock& clock) {
    std::printf("3. memory of idle plugins (after load, enter and one frame)\n");
    render::NullCanvas canvas({1920, 1080});
    for (const char* name : {"clock", "ticker", "hotline", "scamnews"}) {
        content::Item item;
        item.id = name;
        auto p = host.createItem(plugin(name), item);
        std::string err;
        if (!p->open(canvas, err)) std::printf("  %s: %s\n", name, err.c_str());
        p->start(clock.steadyNow());
        clock.advance(16);
        p->draw(canvas, {0, 0, 1920, 1080}, 1.0f, clock.steadyNow());
        std::printf("  %-10s Lua heap %6.1f KB\n", name, static_cast<double>(p->luaMemory()) / 1024.0);
        p->stop();
    }
    const int n = 50;
    std::vector<std::unique_ptr<scripting::PluginPresenter>> many;
    long before = rssKb();
    for (int i = 0; i < n; ++i) {
        content::Item item;
        item.id = "clock-" + std::to_string(i);
        many.push_back(host.createItem(plugin("clock"), item));
        std::string err;
        many.back()->open(canvas, err);
        many.back()->start(clock.steadyNow());
        many.back()->draw(canvas, {0, 0, 1920, 1080}, 1.0f, clock.steadyNow());
    }
    long after = rssKb();
    std::printf("  RSS growth per idle clock instance (%d instances): %.1f KB\n", n, static_cast<double>(after - before) / n);
}

void hookAndRunaway() {
    std::printf("4. count hook overhead and runaway callbacks\n");
    const char* work = "local function fib(n) if n < 2 then return n end return fib(n-1) + fib(n-2) end return fib(27)";
    // Plain Lua, no hook, no cap.
    std::vector<double> plain, hooked;
    for (int r = 0; r < 5; ++r) {
        lua_State* L = luaL_newstate();
        luaL_openlibs(L);
        auto t0 = Clock::now();
        luaL_dostring(L, work);
        plain.push_back(ms(Clock::now() - t0));
        lua_close(L);

        scripting::LuaState s(16u << 20);
        s.run(std::chrono::seconds(5), [](lua_State* S) { scripting::openSandbox(S, {}); });
        auto t1 = Clock::now();
        auto res = s.run(std::chrono::seconds(5), [&](lua_State* S) {
            luaL_loadstring(S, work);
            lua_call(S, 0, 0);
        });
        hooked.push_back(ms(Clock::now() - t1));
        if (!res.ok()) std::printf("  error: %s\n", res.error.c_str());
    }
    double a = stats(plain).p50, b = stats(hooked).p50;
    std::printf("  fib(27): plain Lua %.1f ms, sandboxed with hook + capped allocator %.1f ms (%+.1f%%)\n", a, b, (b / a - 1) * 100);

    scripting::LuaState s(16u << 20);
    s.run(std::chrono::seconds(1), [](lua_State* S) { scripting::openSandbox(S, {}); });
    std::vector<double> stop, cpu;
    auto cpuNow = [] {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
    };
    for (int r = 0; r < 20; ++r) {
        double c0 = cpuNow();
        auto t0 = Clock::now();
        s.run(std::chrono::milliseconds(5), [](lua_State* S) {
            luaL_loadstring(S, "while true do pcall(function() while true do end end) end");
            lua_call(S, 0, 0);
        });
        stop.push_back(ms(Clock::now() - t0));
        cpu.push_back(cpuNow() - c0);
    }
    print("runaway loop (5 ms budget) stopped after, wall", stats(stop));
    print("runaway loop (5 ms budget) stopped after, CPU", stats(cpu));
}

} // namespace

int main(int argc, char** argv) {
    int frames = 20000;
    double seconds = 10;
    for (int i = 1; i + 1 < argc; ++i) {
        if (!std::strcmp(argv[i], "--frames")) frames = std::atoi(argv[i + 1]);
        if (!std::strcmp(argv[i], "--seconds")) seconds = std::atof(argv[i + 1]);
    }
    core::setLang(core::Lang::En);
    core::setLogLevel(core::LogLevel::Error);
    std::string err;
    auto layout = render::TextLayout::create(&err);
    if (!layout) {
        std::fprintf(stderr, "no font: %s\n", err.c_str());
        return 3;
    }
    scripting::LayoutTextRenderer text(layout);
    core::ManualClock clock(1795393800000LL);
    scripting::HostServices services;
    services.clock = &clock;
    services.text = &text;
    scripting::PluginHost host(services);

    std::printf("bench_scripting (Lua %s)\n", LUA_RELEASE);
    tickerCost(host, clock, frames);
    pacedLoop(host, seconds);
    idleMemory(host, clock);
    hookAndRunaway();
    return 0;
}
