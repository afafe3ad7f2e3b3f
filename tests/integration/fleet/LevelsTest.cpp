// SPDX-License-Identifier: GPL-3.0-or-later
// The three alert levels behave differently (docs/operations.md "Alert levels"): an
// emergency takes the screen within 1 s; a priority item waits for the item on screen to
// end, then replaces a normal alert (never an emergency); a normal item also waits for the
// boundary and never replaces another interrupt. The banner shows the highest level.
#include <gtest/gtest.h>

#include "integration/fleet/FleetHarness.h"
#include "integration/fleet/TestBroker.h"
#include "schedule/InterruptControl.h"

using namespace signage;
using signage::test::TestBox;
using signage::test::TestOffice;
using signage::test::waitFor;

namespace {
fleet::Alert alert(const std::string& id, fleet::AlertLevel level, std::int64_t now, const std::string& item,
                   const std::string& message = {}) {
    fleet::Alert a;
    a.id = id;
    a.level = level;
    a.item = item;
    a.message = message;
    a.expiryMs = now + 60'000;
    return a;
}
std::string by(schedule::InterruptControl& c) {
    auto in = c.read();
    return in ? in->by : std::string();
}
} // namespace

TEST(AlertLevels, EmergencyPreemptsPriorityWaitsForTheBoundaryNormalNeverReplaces) {
    TestOffice o;
    o.start();
    TestBox box(o, "box-cho-01");
    ASSERT_TRUE(waitFor([&] { return box.agent->stats().connected; }));
    schedule::InterruptControl control(box.dataDir);
    std::uint64_t items = 1;
    auto nextItem = [&] {
        box.agent->post({"chinh/item-" + std::to_string(++items), "b@1", "", !by(control).empty(), items});
    };
    box.agent->post({"chinh/item-1", "b@1", "", false, items});
    const std::int64_t now = o.clock.wallNow();

    // Normal: not while the current item plays; at the next item it does.
    o.office->publishAlert(alert("a-thuong", fleet::AlertLevel::Normal, now, "thong-bao"));
    std::this_thread::sleep_for(std::chrono::milliseconds(1200));
    EXPECT_EQ(by(control), "") << "a normal alert cut the item on screen";
    nextItem();
    ASSERT_TRUE(waitFor([&] { return by(control) == "alert:a-thuong"; }, 1500));

    // Priority: waits for the boundary too, then replaces the normal one.
    o.office->publishAlert(alert("a-uu-tien", fleet::AlertLevel::Priority, now, "uu-tien"));
    std::this_thread::sleep_for(std::chrono::milliseconds(1200));
    EXPECT_EQ(by(control), "alert:a-thuong");
    nextItem();
    ASSERT_TRUE(waitFor([&] { return by(control) == "alert:a-uu-tien"; }, 1500));

    // Emergency: within 1 s, no boundary needed.
    auto sent = std::chrono::steady_clock::now();
    o.office->publishAlert(alert("a-khan", fleet::AlertLevel::Emergency, now, "canh-bao-khan"));
    ASSERT_TRUE(waitFor([&] { return by(control) == "alert:a-khan"; }, 1000))
        << "the emergency did not preempt within 1 s";
    using Ms = std::chrono::duration<double, std::milli>;
    EXPECT_LT(Ms(std::chrono::steady_clock::now() - sent).count(), 1000.0);

    // A later priority does not replace the emergency, even after a boundary.
    o.office->publishAlert(alert("a-uu-tien-2", fleet::AlertLevel::Priority, now, "uu-tien-2"));
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    nextItem();
    std::this_thread::sleep_for(std::chrono::milliseconds(1000));
    EXPECT_EQ(by(control), "alert:a-khan");

    // Banners: the highest level's message, with its prefix.
    o.office->publishAlert(alert("a-chu-thuong", fleet::AlertLevel::Normal, now, "", "Tin thường"));
    ASSERT_TRUE(waitFor([&] { return box.agent->banner() == "Tin thường"; }, 2000));
    o.office->publishAlert(alert("a-chu-uu-tien", fleet::AlertLevel::Priority, now, "", "Tin ưu tiên"));
    ASSERT_TRUE(waitFor([&] { return box.agent->banner() == "Ưu tiên: Tin ưu tiên"; }, 2000)) << box.agent->banner();
}
