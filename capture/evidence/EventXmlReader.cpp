// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventXmlReader.h"

#include "EvidenceTimeParser.h"
#include "XmlStreamFeeder.h"

#include <QXmlStreamReader>

EventXmlReader::EventXmlReader(EvidenceResult& result, std::int64_t maxValueBytes, Sink sink)
    : m_result(result), m_maxValueBytes(maxValueBytes), m_sink(std::move(sink))
{
}

void EventXmlReader::readFile(QIODevice& device, const SniffResult& sniff, const EvidenceReadOptions& options,
                              EvidenceResult& result, const Sink& sink)
{
    EventXmlReader reader(result, options.maxRecordBytes, sink);
    XmlStreamFeeder::read(device, sniff, options, result, [&](QXmlStreamReader& xml) { reader.token(xml); });
}

bool EventXmlReader::readString(const QString& text, std::uint64_t recordNumber)
{
    m_fallbackNumber = recordNumber;
    QXmlStreamReader xml(text);
    bool any = false;
    const Sink outer = m_sink;
    m_sink = [&](const EventRecord& r) {
        any = true;
        outer(r);
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.hasError())
            break;
        token(xml);
    }
    m_sink = outer;
    if (xml.hasError())
        m_result.unreadable.add(UnreadableReason::MalformedXml, recordNumber);
    m_eventDepth = -1;
    m_depth = 0;
    return any;
}

void EventXmlReader::token(QXmlStreamReader& xml)
{
    switch (xml.tokenType()) {
    case QXmlStreamReader::StartElement: {
        ++m_depth;
        const QStringView name = xml.name();
        if (m_eventDepth < 0) {
            if (name == QLatin1String("Event")) {
                m_eventDepth = m_depth;
                m_record = EventRecord();
                m_inSystem = m_inEventData = m_inRendering = m_truncated = false;
            }
            return;
        }
        m_element = name.toString();
        m_text.clear();
        const QXmlStreamAttributes attrs = xml.attributes();
        if (m_depth == m_eventDepth + 1) {
            m_inSystem = name == QLatin1String("System");
            m_inEventData = name == QLatin1String("EventData") || name == QLatin1String("UserData");
            m_inRendering = name == QLatin1String("RenderingInfo");
            if (m_inRendering) {
                // "en-US" -> "en"
                m_record.language = attrs.value(QLatin1String("Culture"))
                                        .toString()
                                        .section(QLatin1Char('-'), 0, 0)
                                        .toLower();
            }
        } else if (m_inSystem) {
            if (name == QLatin1String("Provider")) {
                m_record.provider = attrs.value(QLatin1String("Name")).toString().left(256);
                if (m_record.provider.isEmpty())
                    m_record.provider = attrs.value(QLatin1String("EventSourceName")).toString().left(256);
            } else if (name == QLatin1String("TimeCreated")) {
                m_record.time =
                    EvidenceTimeParser::parseIso(attrs.value(QLatin1String("SystemTime")), TimeBasis::Utc);
                if (!m_record.time.isSet())
                    m_result.unreadable.add(UnreadableReason::BadTime, m_record.recordNumber);
            }
        } else if (m_inEventData) {
            m_dataName = attrs.value(QLatin1String("Name")).toString().left(128);
        }
        return;
    }
    case QXmlStreamReader::Characters:
        if (m_eventDepth >= 0 && m_depth > m_eventDepth) {
            if (m_text.size() + xml.text().size() > m_maxValueBytes) {
                m_truncated = true;
                m_text.append(xml.text().left(std::max<qsizetype>(0, m_maxValueBytes - m_text.size())));
            } else {
                m_text.append(xml.text());
            }
        }
        return;
    case QXmlStreamReader::EndElement: {
        const int depth = m_depth--;
        if (m_eventDepth < 0)
            return;
        if (depth == m_eventDepth) {
            m_eventDepth = -1;
            if (m_record.recordNumber == 0)
                m_record.recordNumber = m_fallbackNumber ? m_fallbackNumber : m_result.recordsRead + 1;
            if (m_truncated)
                m_result.unreadable.add(UnreadableReason::RecordTruncated, m_record.recordNumber);
            m_sink(m_record);
            return;
        }
        const QStringView name = xml.name();
        if (depth == m_eventDepth + 1) {
            m_inSystem = m_inEventData = m_inRendering = false;
            return;
        }
        if (m_inSystem) {
            if (name == QLatin1String("EventID")) {
                bool ok = false;
                const uint id = m_text.trimmed().toUInt(&ok);
                m_record.eventId = ok ? (id & 0xFFFF) : 0;
            } else if (name == QLatin1String("Channel")) {
                m_record.channel = m_text.trimmed().left(256);
            } else if (name == QLatin1String("Computer")) {
                m_record.computer = m_text.trimmed().left(256);
            } else if (name == QLatin1String("EventRecordID")) {
                m_record.recordNumber = m_text.trimmed().toULongLong();
            }
        } else if (m_inEventData && name == QLatin1String("Data")) {
            if (m_record.data.size() < 256)
                m_record.data.append({m_dataName, m_text});
            m_dataName.clear();
        } else if (m_inRendering && name == QLatin1String("Message")) {
            m_record.message = m_text;
        }
        m_text.clear();
        return;
    }
    default:
        return;
    }
}
