// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Zeroing freed C++ memory on threads that handle what a visitor typed (issue 7: "wiped
// from memory when the session ends"). The scam checker's engine builds many short-lived
// strings from the input (folded, tokenised forms); glibc keeps freed small blocks as
// they were, so without this a fragment of a typed message could sit in freed heap until
// reused. With wipeOnFree(true) on a thread, every operator delete on that thread zeroes
// the block first. Only C++ allocations (new/delete: std::string, containers) are
// covered; C libraries' malloc/free are not. Costs a memset per delete on that thread.
namespace signage::core {

/// Turns zeroing on or off for the calling thread.
void setWipeOnFree(bool on);
bool wipeOnFree();

} // namespace signage::core
