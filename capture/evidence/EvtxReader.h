// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EventRecord.h"
#include "EvidenceResult.h"

#include <functional>

/**
 * Binary EVTX through Debian's libevtx (LGPL-3.0-or-later, an alpha release): every record,
 * then the records libevtx recovers from a damaged file, rendered by libevtx to XML and read by
 * EventXmlReader. A record libevtx cannot read is counted (RecordUnreadable) and skipped.
 * libevtx stays behind this class; no libyal type reaches a header.
 */
class EvtxReader
{
public:
    using Sink = std::function<void(const EventRecord&)>;

    /** Reads @p path in this process. */
    static void read(const QString& path, const EvidenceReadOptions& options, EvidenceResult& result,
                     const Sink& sink);

    /**
     * The record loop alone: calls @p onRecord with each record's XML (UTF-8) and its number
     * (1-based; recovered records follow the others). Returns false when the file cannot be
     * opened, with @p error set.
     */
    static bool forEachRecordXml(const QByteArray& path, std::int64_t maxRecordBytes,
                                 const std::function<bool(std::uint64_t, const QByteArray&)>& onRecord,
                                 QString& error, std::uint64_t& unreadableRecords, bool& corrupted);
};
