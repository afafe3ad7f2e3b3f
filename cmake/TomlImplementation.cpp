// SPDX-License-Identifier: GPL-3.0-or-later
// The one translation unit that compiles toml++'s implementation (TOML_HEADER_ONLY=0
// everywhere else), so each TOML-parsing file only pays for the declarations.
#define TOML_IMPLEMENTATION
#include <toml++/toml.h>
