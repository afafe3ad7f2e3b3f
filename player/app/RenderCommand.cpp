#include "app/Commands.h"

namespace signage::app {

// Placeholder while the spine is being built (issue 2); replaced by the real command.
void addRenderCommand(CLI::App& root, int& exitCode) {
    auto* cmd = root.add_subcommand("render", "render");
    cmd->allow_extras();
    cmd->callback([&exitCode] { exitCode = kExitRuntime; });
}

} // namespace signage::app
