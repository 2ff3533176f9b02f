// SPDX-License-Identifier: GPL-3.0-or-later
// The frag792-eventlog module's exports (see EventLogModule.h and ReaderModule.h).
#include "EventLogModule.h"

#include "EvtReader.h"
#include "EvtxReader.h"

extern "C" Q_DECL_EXPORT const char* frag792_module_version()
{
    return FRAG792_MODULE_ABI;
}

extern "C" Q_DECL_EXPORT void frag792_eventlog_read_evtx(const QString* path,
                                                         const EvidenceReadOptions* options,
                                                         EvidenceResult* result, const EventLogSink* sink)
{
    EvtxReader::read(*path, *options, *result, *sink);
}

extern "C" Q_DECL_EXPORT void frag792_eventlog_read_evt(const QString* path,
                                                        const EvidenceReadOptions* options,
                                                        EvidenceResult* result, const EventLogSink* sink)
{
    EvtReader::read(*path, *options, *result, *sink);
}
