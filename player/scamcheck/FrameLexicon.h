// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The frame lexicon (FrameLexicon.cpp): lines "category: phrase | phrase | …", '#' comments.
namespace signage::scamcheck {
extern const char* const kFrameLexicon;
}
