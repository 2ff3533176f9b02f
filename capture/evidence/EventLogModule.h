// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EventRecord.h"
#include "EvidenceResult.h"

#include <QString>

#include <functional>

/**
 * What the frag792-eventlog module exports (ReaderModule): the binary event log readers
 * (EvtxReader through libevtx, EvtReader through libevt), which the program does not link.
 * Built with the same compiler and Qt as the program and refused when its version differs,
 * so C++ types cross the boundary.
 */
using EventLogSink = std::function<void(const EventRecord&)>;

/** `extern "C" void NAME(const QString* path, const EvidenceReadOptions*, EvidenceResult*, const
 * EventLogSink*)` */
using EventLogReadFunction = void (*)(const QString* path, const EvidenceReadOptions* options,
                                      EvidenceResult* result, const EventLogSink* sink);
inline constexpr char kReadEvtxSymbol[] = "frag792_eventlog_read_evtx";
inline constexpr char kReadEvtSymbol[] = "frag792_eventlog_read_evt";
