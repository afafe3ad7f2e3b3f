// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/MqttClient.h"

#include "fleet/ReconnectJitter.h"

#include <mosquitto.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cerrno>
#include <chrono>
#include <mutex>
#include <random>
#include <stdexcept>
#include <vector>

namespace signage::fleet {

namespace {
// mosquitto_lib_init is not thread-safe and must run once per process.
void libInit() {
    static std::once_flag once;
    std::call_once(once, [] { mosquitto_lib_init(); });
}
struct MosqDeleter {
    void operator()(mosquitto* m) const { mosquitto_destroy(m); }
};
std::int64_t steadyMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}
} // namespace

struct MqttClient::Handle {
    std::unique_ptr<mosquitto, MosqDeleter> mosq;
    std::atomic<bool> connected{false};
    bool started = false;                    // owner thread only
    std::atomic<bool> dead{false};           // loop_forever gave up (see disconnectCb)
    std::atomic<std::int64_t> lastSignMs{0}; // steady ms of the last callback or log line (or restart)
    double silentSpread = 0;                 // 0..0.5: this client's share added to silentRestartSeconds
    std::mutex lastErrorMutex;               // guards lastError (network thread and owner)
    std::string lastError;                   // libmosquitto's last error or warning line
    std::mutex subsMutex;                    // guards subs (owner thread and network thread)
    std::vector<std::pair<std::string, int>> subs;
};

MqttClient::MqttClient(MqttOptions options) : _options(std::move(options)), _h(std::make_unique<Handle>()) {
    libInit();
    _h->mosq.reset(mosquitto_new(_options.clientId.empty() ? nullptr : _options.clientId.c_str(),
                                 _options.clientId.empty() ? true : _options.cleanSession, this));
    if (!_h->mosq) throw std::runtime_error("mosquitto_new failed");
    // 1,000 boxes cut off by the same outage go silent together: without a spread they
    // would all restart in the same second, every time (bench/fleet: load 650 on 2 vCPUs).
    std::mt19937 rng(std::random_device{}());
    _h->silentSpread = std::uniform_real_distribution<double>(0, 0.5)(rng);
    mosquitto_int_option(_h->mosq.get(), MOSQ_OPT_PROTOCOL_VERSION, MQTT_PROTOCOL_V311);
    mosquitto_connect_callback_set(_h->mosq.get(), &MqttClient::connectCb);
    mosquitto_disconnect_callback_set(_h->mosq.get(), &MqttClient::disconnectCb);
    mosquitto_message_callback_set(_h->mosq.get(), &MqttClient::messageCb);
    mosquitto_publish_callback_set(_h->mosq.get(), &MqttClient::publishCb);
    mosquitto_log_callback_set(_h->mosq.get(), &MqttClient::logCb);
}

MqttClient::~MqttClient() { stop(); }

bool MqttClient::start(std::string* error) {
    auto* m = _h->mosq.get();
    auto fail = [&](const std::string& why) {
        if (error) *error = why;
        return false;
    };
    if (!_options.username.empty()) mosquitto_username_pw_set(m, _options.username.c_str(), _options.password.c_str());
    if (!_options.caFile.empty()) {
        const bool cert = !_options.certFile.empty() && !_options.keyFile.empty();
        int rc = mosquitto_tls_set(m, _options.caFile.c_str(), nullptr, cert ? _options.certFile.c_str() : nullptr,
                                   cert ? _options.keyFile.c_str() : nullptr, nullptr);
        if (rc != MOSQ_ERR_SUCCESS) return fail(_options.caFile + ": " + describe(rc));
    }
    if (_options.will) {
        const auto& w = *_options.will;
        int rc = mosquitto_will_set(m, w.topic.c_str(), static_cast<int>(w.payload.size()), w.payload.data(), w.qos, w.retain);
        if (rc != MOSQ_ERR_SUCCESS) return fail("will: " + describe(rc));
    }
    mosquitto_max_inflight_messages_set(m, static_cast<unsigned>(_options.maxInflight));
    // libmosquitto's back-off has no jitter: clients cut off by the same outage would retry
    // in step and all hit the returning broker in the same second. Each client draws its
    // own bounds (fleet/ReconnectJitter.h), never above the configured maximum, so catch-up
    // after a long outage stays within reconnectMaxSeconds. min == max (tests) is kept.
    std::mt19937 rng(std::random_device{}());
    const ReconnectDelays d = jitteredReconnectDelays(_options.reconnectMinSeconds, _options.reconnectMaxSeconds, rng);
    const int minS = d.minSeconds, maxS = d.maxSeconds;
    mosquitto_reconnect_delay_set(m, static_cast<unsigned>(minS), static_cast<unsigned>(maxS), true);
    // connect_async only fails for bad arguments or DNS; the loop thread retries anyway.
    int rc = mosquitto_connect_async(m, _options.host.c_str(), _options.port, _options.keepaliveSeconds);
    if (rc != MOSQ_ERR_SUCCESS && rc != MOSQ_ERR_ERRNO) return fail(_options.host + ":" + std::to_string(_options.port) + ": " + describe(rc));
    _h->lastSignMs = steadyMs();
    rc = mosquitto_loop_start(m);
    if (rc != MOSQ_ERR_SUCCESS) return fail("loop_start: " + describe(rc));
    _h->started = true;
    return true;
}

void MqttClient::stop() {
    if (!_h || !_h->started) return;
    _h->started = false;
    mosquitto_disconnect(_h->mosq.get());
    mosquitto_loop_stop(_h->mosq.get(), true);
    _h->connected = false;
}

int MqttClient::publish(const std::string& topic, std::string_view payload, int qos, bool retain) {
    int mid = 0;
    int rc = mosquitto_publish(_h->mosq.get(), &mid, topic.c_str(), static_cast<int>(payload.size()), payload.data(), qos, retain);
    // NO_CONN: libmosquitto still queued a QoS>0 message and sends it after reconnecting.
    if (rc == MOSQ_ERR_SUCCESS || (rc == MOSQ_ERR_NO_CONN && qos > 0)) return mid;
    return -1;
}

void MqttClient::subscribe(const std::string& pattern, int qos) {
    {
        std::lock_guard lock(_h->subsMutex);
        _h->subs.emplace_back(pattern, qos);
    }
    if (_h->connected) mosquitto_subscribe(_h->mosq.get(), nullptr, pattern.c_str(), qos);
}

bool MqttClient::connected() const { return _h->connected; }

std::string MqttClient::describe(int code, bool connack) {
    if (connack) return mosquitto_connack_string(code);
    if (code == MOSQ_ERR_ERRNO) return mosquitto_strerror(code) + std::string(" (errno)");
    if (code == 19) return "keepalive exceeded (19)"; // MOSQ_ERR_KEEPALIVE: libmosquitto 2.0.11 has no words for it
    return mosquitto_strerror(code) + std::string(" (") + std::to_string(code) + ")";
}

bool MqttClient::revive(std::string* why) {
    if (!_h || !_h->started) return false;
    std::string reason;
    if (_h->dead.exchange(false)) reason = "libmosquitto gave up after a TLS/protocol error";
    else {
        const int silent = _options.silentRestartSeconds > 0
                               ? _options.silentRestartSeconds
                               : _options.keepaliveSeconds + _options.reconnectMaxSeconds + 10;
        const std::int64_t quietMs = steadyMs() - _h->lastSignMs;
        if (_h->connected || quietMs < static_cast<std::int64_t>(silent * 1000.0 * (1 + _h->silentSpread)))
            return false;
        reason = "not connected and no word from libmosquitto for " + std::to_string(quietMs / 1000) + " s";
    }
    {
        std::lock_guard lock(_h->lastErrorMutex);
        if (!_h->lastError.empty()) reason += " (last: " + _h->lastError + ")";
    }
    restartLoop();
    if (why) *why = reason;
    return true;
}

void MqttClient::restartLoop() {
    auto* m = _h->mosq.get();
    // force: a thread that is still alive (sleeping in its back-off, or in a connect that
    // never ends) is cancelled, as mosquitto_destroy does; one that ended is just joined.
    mosquitto_loop_stop(m, true);
    _h->lastSignMs = steadyMs();
    mosquitto_reconnect_async(m);
    mosquitto_loop_start(m);
}

void MqttClient::abandonNetworkThreadForTest() {
    if (_h && _h->started) mosquitto_loop_stop(_h->mosq.get(), true);
}

void MqttClient::logCb(mosquitto*, void* self, int level, const char* text) {
    auto* c = static_cast<MqttClient*>(self);
    c->_h->lastSignMs = steadyMs();
    if ((level & (MOSQ_LOG_ERR | MOSQ_LOG_WARNING)) && text) {
        std::lock_guard lock(c->_h->lastErrorMutex);
        c->_h->lastError = text;
    }
}

void MqttClient::connectCb(mosquitto* m, void* self, int rc) {
    auto* c = static_cast<MqttClient*>(self);
    c->_h->lastSignMs = steadyMs();
    c->_h->connected = rc == 0;
    if (rc == 0) {
        std::lock_guard lock(c->_h->subsMutex);
        for (const auto& [pattern, qos] : c->_h->subs) mosquitto_subscribe(m, nullptr, pattern.c_str(), qos);
    }
    if (c->_onConnect) c->_onConnect(rc == 0, rc);
}

void MqttClient::disconnectCb(mosquitto*, void* self, int rc) {
    auto* c = static_cast<MqttClient*>(self);
    c->_h->lastSignMs = steadyMs();
    // libmosquitto's loop_forever returns for good after these (a TLS handshake cut by a
    // busy broker among them: 1,000 boxes connecting at once, bench/fleet) and the client
    // would never reconnect; revive() starts the loop again.
    switch (rc) {
    case MOSQ_ERR_NOMEM:
    case MOSQ_ERR_PROTOCOL:
    case MOSQ_ERR_INVAL:
    case MOSQ_ERR_NOT_FOUND:
    case MOSQ_ERR_TLS:
    case MOSQ_ERR_PAYLOAD_SIZE:
    case MOSQ_ERR_NOT_SUPPORTED:
    case MOSQ_ERR_AUTH:
    case MOSQ_ERR_ACL_DENIED:
    case MOSQ_ERR_UNKNOWN:
    case MOSQ_ERR_EAI:
    case MOSQ_ERR_PROXY: c->_h->dead = true; break;
    default:
        if (rc == MOSQ_ERR_ERRNO && errno == EPROTO) c->_h->dead = true;
        break;
    }
    bool was = c->_h->connected.exchange(false);
    if (c->_onConnect && (was || rc != 0)) c->_onConnect(false, rc);
}

void MqttClient::messageCb(mosquitto*, void* self, const mosquitto_message* msg) {
    auto* c = static_cast<MqttClient*>(self);
    if (c->_onMessage)
        c->_onMessage(msg->topic, std::string_view(static_cast<const char*>(msg->payload), static_cast<size_t>(msg->payloadlen)));
}

void MqttClient::publishCb(mosquitto*, void* self, int mid) {
    auto* c = static_cast<MqttClient*>(self);
    if (c->_onPublished) c->_onPublished(mid);
}

} // namespace signage::fleet
