#pragma once
// The frame lexicon (FrameLexicon.cpp): lines "category: phrase | phrase | …", '#' comments.
namespace signage::scamcheck {
extern const char* const kFrameLexicon;
}
