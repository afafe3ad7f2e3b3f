// SPDX-License-Identifier: GPL-3.0-or-later
// Scheduler figures (issue 4): the next decision with 10,000 rules (goal <= 50 us) and a
// one-year preview (goal <= 1 s). Usage:
//   build/bench/bench_schedule [CONTENT_DIR]     (default: playlists/examples/hong-an-campaign)
// Prints one line per figure; docs/benchmarks/schedule.md has the results.
#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <random>
#include <streambuf>
#include <string>
#include <vector>

#include "app/PreviewContent.h"
#include "core/Clock.h"
#include "core/Log.h"
#include "schedule/PreviewReport.h"
#include "schedule/ScheduleLoader.h"
#include "schedule/Scheduler.h"
#include "schedule/Simulator.h"

using namespace signage;
using namespace signage::schedule;
using Clock = std::chrono::steady_clock;

namespace {

double usSince(Clock::time_point t0) { return std::chrono::duration<double, std::micro>(Clock::now() - t0).count(); }

// CPU time of this thread: the machine running the benchmarks is shared, and being
// descheduled is not the scheduler's cost. Wall time is used for the preview totals.
double threadUs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e6 + static_cast<double>(ts.tv_nsec) / 1e3;
}

WallMs at(const char* iso) {
    WallMs t = 0;
    core::parseIsoTime(iso, t);
    return t;
}

// 50 playlists of 5 items of 10-30 s.
content::Catalog syntheticCatalog(std::mt19937& rng) {
    content::Catalog c;
    std::uniform_int_distribution<int> seconds(10, 30);
    for (int p = 0; p < 50; ++p) {
        content::Playlist pl;
        pl.id = "pl-" + std::to_string(p);
        for (int i = 0; i < 5; ++i) {
            content::Item item;
            item.id = "item-" + std::to_string(i);
            item.type = content::ItemType::Slide;
            item.duration = core::Millis(seconds(rng) * 1000);
            pl.items.push_back(item);
        }
        c.playlists[pl.id] = pl;
    }
    c.manifest.defaultPlaylist = "pl-0";
    return c;
}

// 10,000 rules over 2025: campaigns of 1-60 days, random weekdays, 1-3 windows (some
// crossing midnight), priorities 0-9, a third with weights. `dense` puts every rule on
// every day (the worst case for one day's plan).
Schedule syntheticSchedule(std::mt19937& rng, int n, bool dense) {
    Schedule s;
    const Day jan1 = daysFromCivil(2025, 1, 1);
    std::uniform_int_distribution<int> startDay(0, 364), length(1, 60), minute(0, 1439), span(15, 240), prio(0, 9),
        playlist(0, 49), mask(1, 127), windows(1, 3), coin(0, 2);
    for (int r = 0; r < n; ++r) {
        Rule rule;
        rule.id = "r" + std::to_string(r);
        rule.playlist = "pl-" + std::to_string(playlist(rng));
        if (!dense) {
            Day from = jan1 + startDay(rng);
            rule.days.from = from;
            rule.days.to = from + length(rng);
            rule.days.weekdays = static_cast<std::uint8_t>(mask(rng));
        }
        for (int w = windows(rng); w > 0; --w) {
            Window win;
            win.startMin = minute(rng);
            win.endMin = (win.startMin + span(rng)) % 1440;
            if (win.endMin == win.startMin) win.endMin = (win.endMin + 1) % 1440;
            if (win.endMin == 0) win.endMin = 1440;
            rule.windows.push_back(win);
        }
        rule.priority = prio(rng);
        if (coin(rng) == 0) {
            rule.weight = 1 + coin(rng);
            rule.weightGiven = true;
        }
        s.rules.push_back(std::move(rule));
    }
    return s;
}

struct Stats {
    double mean = 0, p50 = 0, p99 = 0, max = 0;
};

Stats stats(std::vector<double> v) {
    Stats s;
    if (v.empty()) return s;
    std::sort(v.begin(), v.end());
    for (double x : v) s.mean += x;
    s.mean /= static_cast<double>(v.size());
    s.p50 = v[v.size() / 2];
    s.p99 = v[std::min(v.size() - 1, v.size() * 99 / 100)];
    s.max = v.back();
    return s;
}

// The player's pattern: decide, play the item, notePlayed; `days` days from Jan 1st.
// Times every decide() (each includes a day plan build when the day changes).
void benchDecisions(const char* label, const Schedule& sched, const content::Catalog& catalog, int days,
                    bool prepare = false) {
    core::ManualClock clock(at("2025-03-01T00:00"));
    Scheduler s(sched, catalog, clock);
    std::vector<double> all, firstOfDay;
    double startup = -1; // the very first decision builds the first plan: reported apart
    Day lastDay = -1;
    const WallMs end = clock.wallNow() + days * kMsPerDay;
    while (clock.wallNow() < end) {
        Day day = s.timeZone().localDay(clock.wallNow());
        double t0 = threadUs();
        Decision d = s.decide();
        double us = threadUs() - t0;
        if (startup < 0) startup = us;
        else (day != lastDay ? firstOfDay : all).push_back(us);
        lastDay = day;
        WallMs length = d.playlist.empty() ? std::min<WallMs>(d.until - clock.wallNow(), kMsPerMinute) : d.expected.count();
        clock.advance(std::max<WallMs>(length, 1000));
        if (!d.playlist.empty()) s.notePlayed(d, clock.wallNow() - length, clock.wallNow());
        if (prepare) s.prepare(); // idle work between items, not timed as a decision
    }
    Stats warm = stats(all), cold = stats(firstOfDay);
    double total = startup;
    for (double x : all) total += x;
    for (double x : firstOfDay) total += x;
    std::printf("%-34s%s decisions %8zu | warm mean %6.2f us p50 %6.2f p99 %6.2f max %7.1f | first of a day mean %8.1f us max %8.1f | amortised %6.2f us\n",
                label, prepare ? " +prepare()" : "", all.size() + firstOfDay.size(), warm.mean, warm.p50, warm.p99, warm.max, cold.mean, cold.max,
                total / static_cast<double>(all.size() + firstOfDay.size() + 1));
    std::printf("%-34s start-up decision (first plan) %8.1f us\n", "", startup);
}

// decide() alone, many times over one day (plan built): the cost without timer overhead.
void benchWarmBatch(const char* label, const Schedule& sched, const content::Catalog& catalog) {
    core::ManualClock clock(at("2025-03-03T06:00"));
    Scheduler s(sched, catalog, clock);
    s.decide();
    constexpr int kCalls = 1'000'000;
    std::size_t sink = 0;
    double t0 = threadUs();
    for (int i = 0; i < kCalls; ++i) sink += s.decide(clock.wallNow() + (i % 57'600) * 1000).item; // 06:00-22:00
    double ns = (threadUs() - t0) * 1000.0 / kCalls;
    std::printf("%-34s decide() batched over one day: %6.0f ns per call (%zu)\n", label, ns, sink % 10);
}

// The first decision of each day of 2025 (each builds that day's plan), on a fresh scheduler.
void benchFirstOfDay(const char* label, const Schedule& sched, const content::Catalog& catalog) {
    core::ManualClock clock(at("2025-01-01T12:00"));
    Scheduler s(sched, catalog, clock);
    std::vector<double> us;
    for (int d = 0; d < 365; ++d) {
        double t0 = threadUs();
        s.decide(clock.wallNow() + d * kMsPerDay);
        us.push_back(threadUs() - t0);
    }
    Stats st = stats(us);
    std::printf("%-34s first decision of a day (365 days): mean %8.1f us p50 %8.1f p99 %8.1f max %8.1f\n", label, st.mean,
                st.p50, st.p99, st.max);
}

// A null output stream: JSON is produced but not stored.
struct NullBuf : std::streambuf {
    int overflow(int c) override { return c; }
    std::streamsize xsputn(const char*, std::streamsize n) override { return n; }
};

void benchPreview(const char* label, const Schedule& sched, const content::Catalog& catalog, const char* format) {
    TimeZone tz = TimeZone::loadOrFallback(sched.timezone);
    WallMs from = tz.startOfDay(daysFromCivil(2025, 1, 1)), to = tz.startOfDay(daysFromCivil(2026, 1, 1));
    NullBuf nullBuf;
    std::ostream sink(&nullBuf);
    auto t0 = Clock::now();
    double cpu0 = threadUs();
    PreviewRecorder recorder(tz);
    PreviewJsonWriter json(sink, tz);
    SimulationOptions o;
    bool isJson = std::string(format) == "json";
    if (isJson) {
        o.onPlay = [&](const Decision& d, WallMs s, WallMs e, bool, bool) { json.play(d, s, e); };
    } else {
        o.onPlay = [&](const Decision& d, WallMs s, WallMs e, bool c, bool) { recorder.play(d, s, e, c); };
        o.onGap = [&](Decision::Kind k, WallMs s, WallMs e) { recorder.gap(k, s, e); };
    }
    SimulationSummary summary = simulate(sched, catalog, from, to, o);
    if (isJson) {
        json.finish();
    } else {
        PreviewInput in;
        in.title = label;
        in.tz = &tz;
        in.firstDay = tz.localDay(from);
        in.lastDay = tz.localDay(to - 1);
        in.blocks = &recorder.blocks();
        in.summary = &summary;
        if (std::string(format) == "html") writePreviewHtml(sink, in);
        else writePreviewText(sink, in);
    }
    double ms = usSince(t0) / 1000.0, cpuMs = (threadUs() - cpu0) / 1000.0;
    size_t met = 0;
    for (const auto& t : summary.targets) met += t.met();
    std::printf("%-34s one-year preview (%s): %7.1f ms CPU, %7.1f ms wall | %zu plays, %zu decisions, targets met %zu/%zu\n",
                label, format, cpuMs, ms,
                summary.plays, summary.decisions, met, summary.targets.size());
}

} // namespace

int main(int argc, char** argv) {
    std::string dir = argc > 1 ? argv[1] : std::string(SIGNAGE_SOURCE_DIR_BENCH) + "/playlists/examples/hong-an-campaign";
    core::setLogLevel(core::LogLevel::Warn);
    std::mt19937 rng(42);
    content::Catalog synthetic = syntheticCatalog(rng);
    Schedule spread = syntheticSchedule(rng, 10000, false);
    Schedule dense = syntheticSchedule(rng, 10000, true);

    benchDecisions("10,000 rules spread over 2025", spread, synthetic, 7);
    benchDecisions("10,000 rules all on every day", dense, synthetic, 2);
    benchDecisions("10,000 rules spread over 2025", spread, synthetic, 7, true);
    benchDecisions("10,000 rules all on every day", dense, synthetic, 2, true);
    benchFirstOfDay("10,000 rules spread over 2025", spread, synthetic);
    benchWarmBatch("10,000 rules spread over 2025", spread, synthetic);
    benchWarmBatch("10,000 rules all on every day", dense, synthetic);

    core::Diagnostics diags;
    content::Catalog example = app::loadPreviewCatalog(dir, diags);
    auto exampleSchedule = loadSchedule(dir + "/schedule.toml", diags);
    if (!exampleSchedule || diags.hasErrors()) {
        for (const auto& d : diags.all()) std::fprintf(stderr, "%s\n", d.format().c_str());
        return 1;
    }
    benchDecisions("Hong An example", *exampleSchedule, example, 7);
    benchWarmBatch("Hong An example", *exampleSchedule, example);
    for (const char* format : {"text", "html", "json"}) benchPreview("Hong An example", *exampleSchedule, example, format);
    benchPreview("10,000 rules spread over 2025", spread, synthetic, "text");
    return 0;
}
