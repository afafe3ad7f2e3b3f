// SPDX-License-Identifier: GPL-3.0-or-later
// The office against a broker it does not run (office.toml [broker] mode = "external"):
// a Mosquitto the test starts and configures itself plays the district's cluster, with
// its own CA (not the office's), password file and ACL, the boxes' accounts made from the
// office's accounts-to-provision.jsonl the way a cluster's administrator would. Only
// Mosquitto was tried in that role, not EMQX or HiveMQ.
#include <gtest/gtest.h>

#include <csignal>
#include <fstream>
#include <regex>
#include <sstream>
#include <unistd.h>

#include "db/Database.h"
#include "integration/fleet/FleetHarness.h"
#include "integration/fleet/TestBroker.h"
#include "office/Process.h"
#include "core/Lang.h"
#include "support/RunCommand.h"

using namespace signage;
using signage::test::TestBox;
using signage::test::TestOffice;
using signage::test::waitFor;

namespace {

std::string readAll(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<std::string> stringsOf(const std::string& line, const std::string& key) {
    std::vector<std::string> out;
    std::smatch m;
    if (!std::regex_search(line, m, std::regex("\"" + key + "\":\\[([^\\]]*)\\]"))) return out;
    const std::string list = m[1];
    static const std::regex quoted("\"([^\"]*)\"");
    for (std::sregex_iterator it(list.begin(), list.end(), quoted), end; it != end; ++it) out.push_back((*it)[1]);
    return out;
}
std::string stringOf(const std::string& line, const std::string& key) {
    std::smatch m;
    return std::regex_search(line, m, std::regex("\"" + key + "\":\"([^\"]*)\"")) ? std::string(m[1]) : std::string();
}

// The district's cluster: one Mosquitto, everything written here (the office writes none of it).
class DistrictCluster {
public:
    DistrictCluster() : _port(office::freeLoopbackPort()), _tls(_tmp.path() / "tls") {
        _tls.ensureCertificates({"localhost", "127.0.0.1"}); // a CA of the cluster's own
        std::ofstream(passwd()) << "";
        writeAcl();
        std::ofstream(_tmp.path() / "mosquitto.conf")
            << "per_listener_settings false\nallow_anonymous false\npassword_file " << passwd().string()
            << "\nacl_file " << acl().string()
            << "\npersistence false\nlog_dest stderr\nlog_type error\nlog_type warning\n"
            << "log_type notice\nlistener " << _port << " 127.0.0.1\ncafile " << _tls.caCert().string() << "\ncertfile "
            << _tls.serverCert().string() << "\nkeyfile " << _tls.serverKey().string() << "\n"
            << (::geteuid() == 0 ? "user root\n" : ""); // else it drops to user mosquitto and loses the files
    }
    ~DistrictCluster() { _process.stop(); }

    bool start(std::string* error) {
        if (!_process.start({"mosquitto", "-c", (_tmp.path() / "mosquitto.conf").string()},
                            _tmp.path() / "mosquitto.log", error))
            return false;
        return waitFor([&] { return office::portAccepts(_port); }, 5000);
    }
    /// An office's account (what the administrator makes by hand for each ward office).
    std::filesystem::path addOffice(const std::string& user, const std::string& readWrite) {
        const std::string password = office::randomSecret();
        setPassword(user, password);
        _rules += "user " + user + "\ntopic readwrite " + readWrite + "\n\n";
        writeAcl();
        _process.signal(SIGHUP); // a running Mosquitto re-reads passwd and ACL
        auto file = _tmp.path() / (user + ".password");
        std::ofstream(file) << password << "\n";
        return file;
    }
    /// Applies every "create" line of an office's accounts-to-provision.jsonl; returns how many.
    int provisionFrom(const std::filesystem::path& requests) {
        std::istringstream in(readAll(requests));
        std::string line;
        int made = 0;
        while (std::getline(in, line)) {
            if (stringOf(line, "action") != "create") continue;
            const std::string user = stringOf(line, "user");
            setPassword(user, stringOf(line, "password"));
            _rules += "user " + user + "\n";
            for (const auto& t : stringsOf(line, "publish")) _rules += "topic write " + t + "\n";
            for (const auto& t : stringsOf(line, "subscribe")) _rules += "topic read " + t + "\n";
            _rules += "\n";
            ++made;
        }
        writeAcl();
        _process.signal(SIGHUP);
        return made;
    }
    void reload() { _process.signal(SIGHUP); }
    int port() const { return _port; }
    std::filesystem::path caFile() const { return _tls.caCert(); }
    std::string url() const { return "mqtts://127.0.0.1:" + std::to_string(_port); }
    std::string log() const { return readAll(_tmp.path() / "mosquitto.log"); }

    /// office.toml's [broker] section for an office with `user`'s account.
    std::string brokerToml(const std::filesystem::path& passwordFile, const std::string& user) const {
        return "\n[broker]\nmode = \"external\"\nurl = \"" + url() + "\"\nca_file = \"" + caFile().string() +
               "\"\nusername = \"" + user + "\"\npassword_file = \"" + passwordFile.string() + "\"\n";
    }

private:
    std::filesystem::path passwd() const { return _tmp.path() / "passwd"; }
    std::filesystem::path acl() const { return _tmp.path() / "acl"; }
    void writeAcl() { std::ofstream(acl()) << _rules; }
    void setPassword(const std::string& user, const std::string& password) {
        auto r = test::runCommand({"mosquitto_passwd", "-b", passwd().string(), user, password});
        EXPECT_EQ(r.exitCode, 0) << r.err;
    }

    test::TempDir _tmp;
    int _port;
    office::BrokerFiles _tls; // only its openssl helper: certificates in the cluster's own folder
    office::ChildProcess _process;
    std::string _rules;
};

std::int64_t count(const std::filesystem::path& file, const std::string& sql) {
    db::Database db(file, db::Database::Mode::ReadOnly);
    auto st = db.prepare(sql);
    return st.step() ? st.columnInt(0) : -1;
}

std::int64_t logHead(const TestBox& box) {
    db::Database db(box.dataDir / "playlog.sqlite", db::Database::Mode::ReadOnly);
    auto st = db.prepare(
        "SELECT max(s) FROM (SELECT max(seq) s FROM plays UNION ALL SELECT max(end_seq) FROM plays UNION ALL "
        "SELECT max(seq) FROM events)");
    st.step();
    return st.columnInt(0);
}

bool hasAck(office::Office& o, const std::string& alert, const std::string& box, const std::string& state) {
    for (const auto& a : o.alertAcks(alert))
        if (a.box == box && a.state == state) return true;
    return false;
}

fleet::Alert normalAlert(std::int64_t now, const std::string& id) {
    fleet::Alert a;
    a.id = id;
    a.level = fleet::AlertLevel::Normal;
    a.message = "Cảnh giác cuộc gọi mạo danh";
    a.expiryMs = now + 60'000;
    return a;
}

} // namespace

TEST(ExternalBroker, OfficeOnTheDistrictClusterGetsStatusAndLogsAndItsAlertReachesTheBox) {
    DistrictCluster cluster;
    std::string error;
    ASSERT_TRUE(cluster.start(&error)) << error << cluster.log();
    auto pw = cluster.addOffice("office-phuong-1", "signage/phuong-1/#");
    TestOffice o("phuong-1", cluster.brokerToml(pw, "office-phuong-1"));
    ASSERT_TRUE(o.settings.brokerLink.external());
    // init wrote no broker configuration of its own (only the bundle server's TLS files).
    EXPECT_FALSE(std::filesystem::exists(o.dir.broker().config()));
    EXPECT_FALSE(std::filesystem::exists(o.dir.broker().passwords()));
    EXPECT_FALSE(std::filesystem::exists(o.dir.broker().acl()));
    EXPECT_FALSE(std::filesystem::exists(o.dir.officePassword()));
    o.start();
    ASSERT_TRUE(waitFor([&] { return o.office->stats().brokerConnected; }, 10000)) << cluster.log();
    EXPECT_FALSE(o.office->startBroker()) << "an external office starts no Mosquitto";
    EXPECT_FALSE(std::filesystem::exists(o.dir.broker().config()));

    TestBox box(o, "box-cho-01", "cho-hong-an", false);
    // The enrolment names the cluster and carries its CA (and the office's, for HTTPS).
    const std::string enrolled = readAll(o.dir.enrollments() / "box-cho-01.toml");
    EXPECT_NE(enrolled.find("port = " + std::to_string(cluster.port())), std::string::npos) << enrolled;
    EXPECT_NE(enrolled.find(readAll(cluster.caFile())), std::string::npos) << "the cluster's CA";
    EXPECT_NE(enrolled.find(readAll(o.dir.broker().caCert())), std::string::npos) << "the office's CA";
    // ... and the account waits for the administrator: nothing was added to any passwd.
    EXPECT_EQ(box.config.port, cluster.port());
    ASSERT_EQ(cluster.provisionFrom(o.dir.accountsToProvision()), 1);
    EXPECT_EQ(std::filesystem::status(o.dir.accountsToProvision()).permissions() & std::filesystem::perms::all,
              std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);

    box.startAgent();
    ASSERT_TRUE(waitFor([&] { return box.agent->stats().connected; }, 10000)) << cluster.log();
    box.agent->post({"chinh/phai_to_giac", "chien-dich@1.0.0", "", false});
    box.play(40);
    const std::int64_t head = logHead(box);
    ASSERT_TRUE(waitFor([&] { return box.agent->stats().ackedSeq >= head; }, 20000))
        << box.agent->stats().ackedSeq << " of " << head;
    EXPECT_EQ(count(o.dir.fleetLog(), "SELECT count(*) FROM plays"), 40);
    EXPECT_GE(box.agent->stats().batchesSent, 1u);
    ASSERT_TRUE(waitFor(
        [&] {
            for (const auto& b : o.office->boxes())
                if (b.box == "box-cho-01" && b.state == "online" &&
                    b.payload.find("phai_to_giac") != std::string::npos && b.heartbeatMs > 0)
                    return true;
            return false;
        },
        10000));

    o.office->publishAlert(normalAlert(o.clock.wallNow(), "a-ngoai-1"));
    ASSERT_TRUE(waitFor([&] { return box.agent->stats().alertsTaken >= 1; }, 10000));
    EXPECT_TRUE(waitFor([&] { return hasAck(*o.office, "a-ngoai-1", "box-cho-01", "got"); }, 10000));

    // Revocation: the office stops trusting the key and asks the administrator to delete the account.
    EXPECT_TRUE(office::revokeBox(o.dir, "box-cho-01"));
    const std::string requests = readAll(o.dir.accountsToProvision());
    EXPECT_NE(
        requests.find("{\"action\":\"delete\",\"ward\":\"phuong-1\",\"box\":\"box-cho-01\",\"user\":\"box-cho-01\""),
        std::string::npos)
        << requests;
}

TEST(ExternalBroker, TwoWardOfficesOnOneClusterStayConnectedAndEachSeesOnlyItsOwnBoxes) {
    DistrictCluster cluster;
    std::string error;
    ASSERT_TRUE(cluster.start(&error)) << error << cluster.log();
    // A lax cluster: both office accounts may read and write every ward. What keeps the wards
    // apart is then the office's own topics (signage/<ward>/...), which is what this checks.
    auto pw1 = cluster.addOffice("office-phuong-1", "signage/#");
    auto pw2 = cluster.addOffice("office-phuong-2", "signage/#");
    TestOffice o1("phuong-1", cluster.brokerToml(pw1, "office-phuong-1"));
    TestOffice o2("phuong-2", cluster.brokerToml(pw2, "office-phuong-2"));
    o1.start();
    o2.start();
    TestBox a(o1, "box-p1-cho", "cho", false);
    TestBox b(o2, "box-p2-ben-xe", "ben-xe", false);
    ASSERT_EQ(cluster.provisionFrom(o1.dir.accountsToProvision()), 1);
    ASSERT_EQ(cluster.provisionFrom(o2.dir.accountsToProvision()), 1);
    a.startAgent();
    b.startAgent();
    ASSERT_TRUE(
        waitFor([&] { return o1.office->stats().brokerConnected && o2.office->stats().brokerConnected; }, 10000));
    a.play(10);
    b.play(7);
    ASSERT_TRUE(waitFor(
        [&] { return a.agent->stats().ackedSeq >= logHead(a) && b.agent->stats().ackedSeq >= logHead(b); }, 20000))
        << a.agent->stats().ackedSeq << " " << b.agent->stats().ackedSeq;
    // Same client id: the broker would cut one office off each time the other reconnects
    // (1 s back-off here), so three seconds of both connected means distinct ids.
    for (int i = 0; i < 60; ++i) {
        ASSERT_TRUE(o1.office->stats().brokerConnected && o2.office->stats().brokerConnected)
            << "at " << i * 50 << " ms";
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    EXPECT_EQ(cluster.log().find("already connected"), std::string::npos) << cluster.log();

    o1.office->publishAlert(normalAlert(o1.clock.wallNow(), "a-p1"));
    ASSERT_TRUE(waitFor([&] { return a.agent->stats().alertsTaken >= 1; }, 10000));
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    EXPECT_EQ(b.agent->stats().alertsTaken, 0u);
    EXPECT_EQ(b.agent->stats().alertsRefused, 0u) << "ward 2's box never even received ward 1's alert";

    auto names = [](office::Office& o) {
        std::vector<std::string> out;
        for (const auto& s : o.boxes()) out.push_back(s.box);
        return out;
    };
    EXPECT_EQ(names(*o1.office), std::vector<std::string>{"box-p1-cho"});
    EXPECT_EQ(names(*o2.office), std::vector<std::string>{"box-p2-ben-xe"});
    EXPECT_EQ(count(o1.dir.fleetLog(), "SELECT count(*) FROM plays"), 10);
    EXPECT_EQ(count(o2.dir.fleetLog(), "SELECT count(*) FROM plays"), 7);
    EXPECT_EQ(count(o1.dir.fleetLog(), "SELECT count(*) FROM logs WHERE box_id <> 'box-p1-cho'"), 0);
    EXPECT_EQ(count(o2.dir.fleetLog(), "SELECT count(*) FROM logs WHERE box_id <> 'box-p2-ben-xe'"), 0);
}

// A broken [broker] section: loading office.toml (what `signage office run` and `init` do
// first, and stop on before any key, store, broker file or process) says where
// (file:line:col), and init writes nothing.
TEST(ExternalBroker, ABadBrokerSectionStopsTheOfficeBeforeAnythingStarts) {
    core::setLang(core::Lang::En);
    test::TempDir tmp;
    tmp.write("ca.pem", "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
    tmp.write("pw", "secret\n");
    const std::string head = "[office]\nward = \"phuong-1\"\n\n[broker]\nmode = \"external\"\n";
    const std::string account =
        "username = \"office-phuong-1\"\npassword_file = \"" + (tmp.path() / "pw").string() + "\"\n";
    const std::string ca = "ca_file = \"" + (tmp.path() / "ca.pem").string() + "\"\n";
    struct Case {
        const char* what;
        std::string toml, where, says;
    };
    const std::vector<Case> cases = {
        {"missing ca_file", head + "url = \"mqtts://127.0.0.1:1\"\n" + account, ":4:1: ", "ca_file"},
        {"unknown key", head + "url = \"mqtts://127.0.0.1:1\"\n" + ca + account + "cafile = \"x\"\n",
         ":10:1: ", "did you mean \"ca_file\"?"},
        {"bad url", head + "url = \"mqtt://127.0.0.1:1883\"\n" + ca + account, ":6:7: ", "mqtts://"},
    };
    auto contents = [](const std::filesystem::path& d) {
        std::vector<std::string> out;
        for (const auto& e : std::filesystem::directory_iterator(d)) out.push_back(e.path().filename().string());
        return out;
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.what);
        test::TempDir dir;
        dir.write("office.toml", c.toml);
        const office::OfficeDir od(dir.path());
        std::vector<std::string> errors;
        od.load(errors);
        ASSERT_EQ(errors.size(), 1u);
        EXPECT_EQ(errors[0].rfind((dir.path() / "office.toml").string() + c.where, 0), 0u) << errors[0];
        EXPECT_NE(errors[0].find(c.says), std::string::npos) << errors[0];
        errors.clear();
        od.init("phuong-1", errors);
        ASSERT_EQ(errors.size(), 1u);
        EXPECT_EQ(errors[0].rfind((dir.path() / "office.toml").string() + c.where, 0), 0u) << errors[0];
        EXPECT_EQ(contents(dir.path()), std::vector<std::string>{"office.toml"}) << "init made nothing";
    }
    core::setLang(core::Lang::Vi);
}
