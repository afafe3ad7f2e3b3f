// SPDX-License-Identifier: GPL-3.0-or-later
// docs/plugin-api.md promises a runnable example for every function: this runs every
// ```lua block of it as a plugin (load, enter, three seconds of frames, touches, keys,
// leave) and checks that each API function appears in at least one example.
#include <fstream>
#include <regex>
#include <sstream>

#include "PluginFixture.h"

namespace signage::test {
namespace {

std::string readDoc() {
    std::ifstream in(fs::path(SIGNAGE_SOURCE_DIR) / "docs" / "plugin-api.md");
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::vector<std::string> luaBlocks(const std::string& doc) {
    std::vector<std::string> out;
    size_t pos = 0;
    while ((pos = doc.find("```lua\n", pos)) != std::string::npos) {
        size_t start = pos + 7;
        size_t end = doc.find("```", start);
        out.push_back(doc.substr(start, end - start));
        pos = end + 3;
    }
    return out;
}

class DocExamples : public PluginFixture {
protected:
    void exampleFiles(const std::string& name) {
        std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x40\0\0\0\x20", 24);
        tmp.write("plugins/" + name + "/logo.png", png);
        tmp.write("plugins/" + name + "/notes.txt", "Ghi chú của phường.\nKho\xCC\x82ng chuyển khoản.\n");
        tmp.write("plugins/" + name + "/hotlines.csv", "name,phone\nCông an phường,113\nCứu hỏa,114\n");
        tmp.write("plugins/" + name + "/news.json", R"({"items": [{"title": "Giả danh công an", "image": null}]})");
        tmp.write("plugins/" + name + "/news.toml", "[[stories]]\ntitle = \"Lừa đảo qua mạng\"\n");
        tmp.write("plugins/" + name + "/util.lua", "return {greeting = function(city) return 'Xin chào ' .. city end}\n");
    }
};

TEST_F(DocExamples, EveryExampleRunsWithoutAFault) {
    auto blocks = luaBlocks(readDoc());
    ASSERT_GE(blocks.size(), 15u);
    int n = 0;
    using K = render::InputEvent::Kind;
    for (const auto& code : blocks) {
        std::string name = "example" + std::to_string(++n);
        auto dir = allPlugin(name, code);
        exampleFiles(name);
        auto& p = openItem(dir, {{"city", "Mỹ Tho"}});
        ASSERT_TRUE(p.running()) << "example " << n << ":\n" << code << "\n→ " << p.failureReason();
        for (int i = 0; i < 180; ++i) {
            frame(p);
            if (i == 30) p.handleInput({K::TouchDown, 100, 100, 1});
            if (i == 31) p.handleInput({K::TouchUp, 100, 100, 1});
            if (i == 40) {
                render::InputEvent t{K::Text};
                t.text = "ă";
                p.handleInput(t);
                p.handleInput({K::Key, 0, 0, 0, "backspace"});
            }
        }
        p.stop();
        EXPECT_EQ(p.faultCount(), 0u) << "example " << n << ":\n" << code << "\n→ " << p.lastError();
        presenters.clear(); // one at a time
    }
}

TEST_F(DocExamples, EveryFunctionHasAnExample) {
    std::string code;
    for (const auto& b : luaBlocks(readDoc())) code += b;
    const char* names[] = {
        "plugin.name", "plugin.version", "plugin.api_version", "plugin.placement", "plugin.id", "plugin.options",
        "plugin.finish", "plugin.load", "plugin.enter", "plugin.frame", "plugin.leave", "plugin.input",
        "gfx.size", "gfx.clear", "gfx.rect", "gfx.clip", "gfx.draw", "gfx.text", "gfx.measure", "gfx.newText",
        "gfx.newImage", "gfx.push", "gfx.translate", "gfx.pop", ":size()", ":release()",
        "timer.after", "timer.every", ":cancel()", ":active()",
        "tween.new", "tween.ease", ":value()", ":done()", ":restart()",
        "time.now", "time.steady", "time.date", "time.clock", "time.weekday", "time.format", "time.parts",
        "os.time", "os.date", "os.clock",
        "log.debug", "log.info", "log.warn", "log.error", "print(",
        "res.read", "res.exists", "res.list",
        "text.nfc", "text.fold", "text.lower", "text.len",
        "data.csv", "data.json", "data.toml", "data.null",
        "kv.get", "kv.set", "kv.delete", "kv.keys", "kv.usage",
        "playlog.record", "require(",
    };
    for (const char* name : names) EXPECT_NE(code.find(name), std::string::npos) << name << " has no example";
}

} // namespace
} // namespace signage::test
