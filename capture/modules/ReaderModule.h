// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFunctionPointer>
#include <QString>
#include <QStringList>

/**
 * The readers of formats most captures never need live in modules that are loaded the first
 * time a file needs them: libwiretap (Network Monitor .cap) pulls in fifteen libraries and
 * libevtx/libevt three, and loading them at every start cost `frag792 analyze` a third of its
 * start-up time and 3.5 MiB of resident memory on an ordinary pcapng (bench/RESULTS.md).
 *
 * A module is looked for, in order, in $FRAG792_MODULE_DIR (alone, when it is set: tests and
 * developers), beside the executable at the same relative place as when installed
 * (bin/../lib/<triplet>/frag792, which also holds in the build tree), and in the installed folder.
 * A module built for another frag792 version is refused rather than trusted.
 */
namespace ReaderModule {

/** Names of the modules and of the functions they export (extern "C"). */
inline constexpr char kWiretapModule[] = "frag792-wiretap";
inline constexpr char kEventLogModule[] = "frag792-eventlog";
/** Every module exports this: `const char* frag792_module_version()`, its frag792 version. */
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
