// SPDX-License-Identifier: GPL-3.0-or-later
// A box clock hours off: the office sees the offset (heartbeat) and the box's status says
// clock_state = "off"; alerts are judged on the office's time (from its acks), so a live
// alert is neither refused as expired on a box 3 h ahead nor kept 3 h too long on a box
// 3 h behind: the interrupt's end is written in the box's own clock, which the scheduler reads.
#include <gtest/gtest.h>

#include <toml++/toml.h>

#include "fleet/MqttClient.h"
#include "fleet/Topics.h"
#include "integration/fleet/FleetHarness.h"
#include "integration/fleet/TestBroker.h"
#include "schedule/InterruptControl.h"

using namespace signage;
using signage::test::TestBox;
using signage::test::TestOffice;
using signage::test::waitFor;

namespace {
constexpr std::int64_t kHour = 3'600'000;

class SkewedClock final : public core::Clock {
public:
    explicit SkewedClock(std::int64_t skewMs) : _skew(skewMs) {}
    core::WallMs wallNow() const override { return _real.wallNow() + _skew; }
    core::SteadyMs steadyNow() const override { return _real.steadyNow(); }

private:
    core::RealClock _real;
    std::int64_t _skew;
};

bool hasAck(office::Office& o, const std::string& id, const std::string& box, const std::string& state) {
    for (const auto& a : o.alertAcks(id))
        if (a.box == box && a.state == state) return true;
    return false;
}

void startSkewed(TestBox& box, const core::Clock& clock) {
    fleet::AgentOptions ao;
    ao.config = box.config;
    ao.dataDir = box.dataDir;
    ao.clock = &clock;
    ao.version = "test";
    box.agent = std::make_unique<fleet::Agent>(ao);
    ASSERT_TRUE(box.agent->start());
}
} // namespace

TEST(BoxClock, HoursOffIsReportedAndAlertsAreJudgedOnOfficeTime) {
    TestOffice o;
    o.start();
    SkewedClock ahead(3 * kHour), behind(-3 * kHour);
    TestBox fast(o, "box-nhanh", "cho-hong-an", false), slow(o, "box-cham", "cho-hong-an", false);
    startSkewed(fast, ahead);
    startSkewed(slow, behind);
    fast.play(3);
    slow.play(3);
    ASSERT_TRUE(
        waitFor([&] { return fast.agent->stats().haveOfficeTime && slow.agent->stats().haveOfficeTime; }, 10000));
    EXPECT_NEAR(static_cast<double>(fast.agent->stats().officeOffsetMs), -3.0 * kHour, 5000.0);
    EXPECT_NEAR(static_cast<double>(slow.agent->stats().officeOffsetMs), 3.0 * kHour, 5000.0);

    // The office sees it too (box − office at each heartbeat), and the status names it.
    ASSERT_TRUE(waitFor(
        [&] {
            for (const auto& b : o.office->boxes())
                if (b.box == "box-nhanh" && b.clockOffsetMs > 2 * kHour &&
                    b.payload.find("clock_state = \"off\"") != std::string::npos)
                    return true;
            return false;
        },
        10000));

    const std::int64_t now = o.clock.wallNow();
    fleet::Alert a;
    a.id = "a-gio-lech";
    a.level = fleet::AlertLevel::Emergency;
    a.item = "canh-bao-khan";
    a.message = "Cảnh báo khẩn";
    a.expiryMs = now + 3000;
    auto sent = std::chrono::steady_clock::now();
    o.office->publishAlert(a);
    schedule::InterruptControl fastControl(fast.dataDir), slowControl(slow.dataDir);
    ASSERT_TRUE(waitFor([&] { return fastControl.read().has_value() && slowControl.read().has_value(); }, 1000))
        << "a box 3 h ahead refused it as expired, or it came late";
    using Ms = std::chrono::duration<double, std::milli>;
    EXPECT_LT(Ms(std::chrono::steady_clock::now() - sent).count(), 1000.0);
    // Each interrupt ends at the alert's expiry in that box's own clock.
    EXPECT_NEAR(static_cast<double>(fastControl.read()->until), static_cast<double>(a.expiryMs + 3 * kHour), 1500.0);
    EXPECT_NEAR(static_cast<double>(slowControl.read()->until), static_cast<double>(a.expiryMs - 3 * kHour), 1500.0);
    // And it ends about when the office said, not 3 h later.
    EXPECT_TRUE(waitFor(
        [&] { return hasAck(*o.office, a.id, "box-cham", "ended") && hasAck(*o.office, a.id, "box-nhanh", "ended"); },
        6000));
    EXPECT_FALSE(slowControl.read().has_value());
    EXPECT_FALSE(fastControl.read().has_value());
}
