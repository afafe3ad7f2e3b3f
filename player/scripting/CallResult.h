// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How one protected run of plugin code ended (no Lua types here: public headers use it).
#include <string>

namespace signage::scripting {

struct CallResult {
    enum class Status { Ok, Error, Timeout, OutOfMemory };
    Status status = Status::Ok;
    std::string error; // message with traceback ("" when Ok)
    bool ok() const { return status == Status::Ok; }
};

} // namespace signage::scripting
