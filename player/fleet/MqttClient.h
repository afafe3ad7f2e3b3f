// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One MQTT connection (libmosquitto, threaded interface): the only libmosquitto user on
// the box side, shared by the office daemon and the bench. libmosquitto's own network
// thread (loop_start) connects, reconnects with back-off and calls the callbacks below;
// callbacks run on that thread and must not block (hand work to a queue).
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct mosquitto;
struct mosquitto_message;

namespace signage::fleet {

struct MqttOptions {
    std::string host = "127.0.0.1";
    int port = 8883;
    std::string clientId;       // stable per box: the broker keeps its QoS 1 session
    std::string username, password;
    std::string caFile;         // PEM of the office CA; empty: plain TCP (tests of faults only)
    std::string certFile, keyFile; // optional TLS client certificate (an external cluster may ask for one)
    int keepaliveSeconds = 30;  // the broker publishes the Last Will after 1.5× this silence
    bool cleanSession = false;
    struct Will {
        std::string topic, payload;
        int qos = 1;
        bool retain = true;
    };
    std::optional<Will> will;
    int maxInflight = 100;      // QoS 1 messages on the wire without PUBACK
    /// libmosquitto's exponential back-off between these; with max > min each client
    /// jitters them (fleet/ReconnectJitter.h: half start at 2× min, the cap is max minus
    /// 0 to min(max/3, 10 s)) so a fleet does not retry in step; no client waits over max.
    int reconnectMinSeconds = 1, reconnectMaxSeconds = 30;
    /// revive() restarts the network thread when the client has been down this long with
    /// no word from libmosquitto (no callback, no log line), plus a random 0-50 % per
    /// client so a fleet does not restart in step; 0: keepalive + reconnect maximum + 10 s
    /// (100-150 s for a box's 60 s heartbeat).
    int silentRestartSeconds = 0;
};

class MqttClient {
public:
    using MessageFn = std::function<void(const std::string& topic, std::string_view payload)>;
    using ConnectFn = std::function<void(bool connected, int code)>; // false also on disconnect
    using PublishedFn = std::function<void(int messageId)>;           // PUBACK received (QoS 1)

    explicit MqttClient(MqttOptions options);
    ~MqttClient(); // stops the network thread
    MqttClient(const MqttClient&) = delete;
    MqttClient& operator=(const MqttClient&) = delete;

    /// Set before start(); called on libmosquitto's thread.
    void onMessage(MessageFn fn) { _onMessage = std::move(fn); }
    void onConnect(ConnectFn fn) { _onConnect = std::move(fn); }
    void onPublished(PublishedFn fn) { _onPublished = std::move(fn); }

    /// Starts the network thread and the first (asynchronous) connect. False with a reason
    /// when the options are unusable (bad CA file); an unreachable broker is not an error:
    /// the thread keeps retrying.
    bool start(std::string* error = nullptr);
    /// Disconnects cleanly (no Last Will) and joins the network thread.
    void stop();

    /// Queues a message (any thread). Returns the message id, or -1 when libmosquitto
    /// refused it (not connected and the queue closed, payload too large). QoS 1 messages
    /// published while disconnected wait in libmosquitto and go out after reconnecting.
    int publish(const std::string& topic, std::string_view payload, int qos, bool retain);
    /// Subscriptions are renewed on every reconnect (the ones given here).
    void subscribe(const std::string& pattern, int qos);
    bool connected() const;
    /// Call now and then from the owner's thread (the agent and the office do, every
    /// ≤ 500 ms): restarts the network thread when libmosquitto gave up after a "fatal"
    /// error (TLS handshake cut...), which it would otherwise never retry, and when the
    /// client has been down for silentRestartSeconds without any sign from libmosquitto:
    /// its loop_forever can also end without any callback (a first connect that failed in
    /// the TLS step while errno was EPROTO; bench/fleet lost 6-68 of 1,000 boxes that
    /// way).
    /// True when it restarted; `why` says why (with libmosquitto's last error line).
    bool revive(std::string* why = nullptr);
    /// Test hook: ends the network thread without a callback, as libmosquitto can.
    void abandonNetworkThreadForTest();
    const MqttOptions& options() const { return _options; }

    /// Human words for a libmosquitto or CONNACK code.
    static std::string describe(int code, bool connack = false);

private:
    static void connectCb(mosquitto*, void*, int);
    static void disconnectCb(mosquitto*, void*, int);
    static void messageCb(mosquitto*, void*, const mosquitto_message*);
    static void publishCb(mosquitto*, void*, int);
    static void logCb(mosquitto*, void*, int, const char*);
    void restartLoop();

    MqttOptions _options;
    struct Handle;
    std::unique_ptr<Handle> _h;
    MessageFn _onMessage;
    ConnectFn _onConnect;
    PublishedFn _onPublished;
};

} // namespace signage::fleet
