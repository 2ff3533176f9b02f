// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventTextReader.h"

#include "EvidenceTimeParser.h"
#include "TextLineReader.h"

#include <QRegularExpression>

namespace {

enum class Label : std::uint8_t
{
    LogName,
    Source,
    Date,
    EventId,
    Task,
    Level,
    Opcode,
    Keyword,
    User,
    UserName,
    Computer,
    Description,
    Unknown
};

constexpr const char* kEnglishLabels[] = {"Log Name", "Source",    "Date",     "Event ID",
                                          "Task",     "Level",     "Opcode",   "Keyword",
                                          "User",     "User Name", "Computer", "Description"};

Label englishLabel(const QString& label)
{
    for (int i = 0; i < 12; ++i) {
        if (label == QLatin1String(kEnglishLabels[i]))
            return Label(i);
    }
    return Label::Unknown;
}

class Block
{
public:
    Block(EvidenceResult& result, const EvidenceReadOptions& options,
          const std::function<void(const EventRecord&)>& sink)
        : m_result(result), m_options(options), m_sink(sink)
    {
    }

    void start(std::uint64_t line)
    {
        flush();
        m_open = true;
        m_record = EventRecord();
        m_record.recordNumber = line;
        m_headers = 0;
        m_inMessage = false;
        m_english = true;
    }

    void line(const QString& text)
    {
        if (!m_open)
            return;
        static const QRegularExpression header(QStringLiteral("^ {1,4}([^:\\t]{1,48}):\\s?(.*)$"));
        if (!m_inMessage) {
            const auto m = header.match(text);
            if (m.hasMatch()) {
                const QString labelText = m.captured(1).trimmed();
                Label label = englishLabel(labelText);
                if (label == Label::Unknown) {
                    m_english = false;
                    label = m_headers < 12 ? Label(m_headers) : Label::Unknown;
                }
                ++m_headers;
                take(label, m.captured(2));
                return;
            }
            if (m_headers == 0)
                return;
            m_inMessage = true; // unindented text after the headers is the message
        }
        appendMessage(text);
    }

    void flush()
    {
        if (!m_open)
            return;
        m_open = false;
        m_record.language = m_english ? QStringLiteral("en") : QString();
        m_record.message = m_record.message.trimmed();
        m_sink(m_record);
    }

private:
    void take(Label label, const QString& value)
    {
        switch (label) {
        case Label::LogName:
            m_record.channel = value.trimmed().left(256);
            break;
        case Label::Source:
            m_record.provider = value.trimmed().left(256);
            break;
        case Label::Date:
            m_record.time = EvidenceTimeParser::parseIso(value, TimeBasis::LocalUnknownZone);
            if (!m_record.time.isSet())
                m_result.unreadable.add(UnreadableReason::BadTime, m_record.recordNumber);
            break;
        case Label::EventId:
            m_record.eventId = value.trimmed().toUInt() & 0xFFFF;
            break;
        case Label::Computer:
            m_record.computer = value.trimmed().left(256);
            break;
        case Label::Description:
            m_inMessage = true;
            appendMessage(value);
            break;
        default:
            break;
        }
    }

    void appendMessage(const QString& text)
    {
        if (m_record.message.size() + text.size() + 1 > m_options.maxRecordBytes) {
            m_result.unreadable.add(UnreadableReason::RecordTruncated, m_record.recordNumber);
            return;
        }
        m_record.message += text;
        m_record.message += QLatin1Char('\n');
    }

    EvidenceResult& m_result;
    const EvidenceReadOptions& m_options;
    const std::function<void(const EventRecord&)>& m_sink;
    EventRecord m_record;
    bool m_open = false;
    bool m_inMessage = false;
    bool m_english = true;
    int m_headers = 0;
};

} // namespace

void EventTextReader::read(QIODevice& device, const SniffResult& sniff, const EvidenceReadOptions& options,
                           EvidenceResult& result, const std::function<void(const EventRecord&)>& sink)
{
    static const QRegularExpression eventLine(QStringLiteral("^Event\\[\\d+\\]:?\\s*$"));
    TextLineReader lines(device, sniff.encoding, sniff.bomBytes, options, result);
    Block block(result, options, sink);
    QString line;
    while (lines.next(line)) {
        if (eventLine.match(line).hasMatch())
            block.start(lines.lineNumber());
        else
            block.line(line);
    }
    block.flush();
}
