// SPDX-License-Identifier: GPL-3.0-or-later
#include "office/OfficeConnection.h"

#include <stdexcept>

#include "core/Lang.h"

namespace signage::office {

fleet::MqttOptions officeMqttOptions(const OfficeDir& dir, const OfficeSettings& s) {
    fleet::MqttOptions m;
    const BrokerLink& link = s.brokerLink;
    m.clientId = officeClientId(link, s.broker.ward);
    m.maxInflight = 1000;
    m.reconnectMaxSeconds = 5;
    if (!link.external()) {
        m.host = "127.0.0.1";
        m.port = s.broker.port;
        m.username = "office";
        m.password = dir.officePasswordText();
        m.caFile = dir.broker().caCert().string();
        return m;
    }
    m.host = link.host;
    m.port = link.port;
    m.caFile = link.caFile.string(); // libmosquitto verifies the chain and the host name against it
    m.certFile = link.clientCert.string();
    m.keyFile = link.clientKey.string();
    m.username = link.username;
    if (!link.username.empty()) {
        m.password = dir.officePasswordText(s);
        if (m.password.empty())
            throw std::runtime_error(
                link.passwordFile.string() + ": " +
                core::tr("không đọc được mật khẩu của văn phòng", "cannot read the office's password"));
    }
    return m;
}

} // namespace signage::office
