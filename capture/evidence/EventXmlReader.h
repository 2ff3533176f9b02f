// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EventRecord.h"
#include "EvidenceFormat.h"
#include "EvidenceResult.h"

#include <functional>

class QIODevice;
class QXmlStreamReader;

/**
 * Windows event XML (schema http://schemas.microsoft.com/win/2004/08/events/event): Event Viewer
 * "Save As" XML (<Events> root, optional <RenderingInfo>), wevtutil qe /f:xml (bare <Event>
 * elements, no root), and the per-record XML libevtx renders from EVTX. Reads System/Provider,
 * EventID, TimeCreated (UTC), EventRecordID, Channel, Computer, EventData/Data (named or not)
 * and RenderingInfo/Message with its Culture. Values are capped at
 * EvidenceReadOptions::maxRecordBytes.
 */
class EventXmlReader
{
public:
    using Sink = std::function<void(const EventRecord&)>;

    EventXmlReader(EvidenceResult& result, std::int64_t maxValueBytes, Sink sink);

    /** Streams a whole file. */
    static void readFile(QIODevice& device, const SniffResult& sniff, const EvidenceReadOptions& options,
                         EvidenceResult& result, const Sink& sink);
    /** Parses one record's XML (from libevtx); false when it holds no <Event>. */
    bool readString(const QString& xml, std::uint64_t recordNumber);

    /** Feeds one token; Sink is called at each </Event>. */
    void token(QXmlStreamReader& xml);

private:
    EvidenceResult& m_result;
    std::int64_t m_maxValueBytes;
    Sink m_sink;
    EventRecord m_record;
    int m_eventDepth = -1; ///< depth of the open <Event>, -1 outside
    int m_depth = 0;
    QString m_element; ///< innermost element name inside <Event>
    QString m_dataName;
    QString m_text;
    bool m_inSystem = false;
    bool m_inEventData = false;
    bool m_inRendering = false;
    bool m_truncated = false;
    std::uint64_t m_fallbackNumber = 0;
};
