// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFunctionPointer>
#include <QString>
#include <QStringList>

/**
 * The readers of formats most captures never need live in modules that are loaded the first
 * time a file needs them: libwiretap (Network Monitor .cap) and libevtx/libevt, with the
 * libraries they bring, cost every `frag792 analyze` start-up time and resident memory on an
 * ordinary pcapng (the numbers: bench/RESULTS.md, third round).
 *
 * A module is looked for in $FRAG792_MODULE_DIR when it is set (tests, fuzzers, developers),
 * else only beside the executable at the place the install gives it (bin/../lib/frag792, which
 * the build tree mirrors). A module from another build of frag792 (version, compiler, sanitizers)
 * is refused rather than trusted: C++ types cross the boundary. Failures are not cached.
 */
namespace ReaderModule {

/** Names of the modules and of the functions they export (extern "C"). */
inline constexpr char kWiretapModule[] = "frag792-wiretap";
inline constexpr char kEventLogModule[] = "frag792-eventlog";
/** Every module exports this: `const char* frag792_module_version()`, the build it belongs to. */
inline constexpr char kVersionSymbol[] = "frag792_module_version";

/**
 * The function @p symbol of module @p module, loading the module once per process (thread-safe).
 * nullptr when the module is missing, from another version or lacks the symbol; @p error then
 * says which, in words for a technician (what to reinstall).
 */
QFunctionPointer resolve(const char* module, const char* symbol, QString& error);

/** The folders searched, in order (see above). */
QStringList searchPath();

} // namespace ReaderModule
