// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaptureOutcome.h"
#include "PacketSource.h"

#include <QString>

#include <memory>

/**
 * What the frag792-wiretap module exports (ReaderModule): the one door to WiretapSource for
 * the program, which does not link libwiretap itself. Built with the same compiler and Qt as
 * the program and refused when its version differs, so C++ types cross the boundary.
 */
struct WiretapOpened
{
    std::unique_ptr<PacketSource> source; ///< set when the file opened
    CaptureError error = CaptureError::None;
    QString message; ///< libwiretap's refusal, for the caller to word
};

/** `extern "C" void frag792_wiretap_open(const QString* path, WiretapOpened* out)` */
inline constexpr char kWiretapOpenSymbol[] = "frag792_wiretap_open";
using WiretapOpenFunction = void (*)(const QString* path, WiretapOpened* out);
