// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirewallLog.h"

#include "EvidenceCollector.h"
#include "EvidenceTimeParser.h"
#include "FirewallResultCodes.h"
#include "TextLineReader.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace {

enum class Column : std::uint8_t
{
    Other,
    Computer,
    Date,
    Time,
    LogTime, ///< date and time in one column (viewer)
    Protocol,
    Source,
    SourcePort,
    Destination,
    DestinationPort,
    Action,
    Result,
    Rule
};

struct NamedColumn
{
    const char* name; ///< lower case, single spaces
    Column column;
};

// W3C names (ms812680, ff824015, cc441692, and the ISA 2004 W3C sample in ossec-docs
// log_samples/firewalls/isaserver.rst, which shows "status" holding the result code), the
// MSDE/SQL names from the same tables, and the log viewer's display names.
constexpr NamedColumn kColumns[] = {
    {"computer", Column::Computer},
    {"server name", Column::Computer},
    {"servername", Column::Computer},
    {"date", Column::Date},
    {"log date", Column::Date},
    {"time", Column::Time},
    {"log time", Column::LogTime},
    {"logtime", Column::LogTime},
    {"ip protocol", Column::Protocol},
    {"protocol", Column::Protocol},
    {"transport", Column::Protocol},
    {"source", Column::Source},
    {"client ip", Column::Source},
    {"client ip and port", Column::Source},
    {"sourceip", Column::Source},
    {"source ip", Column::Source},
    {"sourceport", Column::SourcePort},
    {"source port", Column::SourcePort},
    {"client port", Column::SourcePort},
    {"destination", Column::Destination},
    {"destination ip", Column::Destination},
    {"destination ip and port", Column::Destination},
    {"destinationip", Column::Destination},
    {"destinationport", Column::DestinationPort},
    {"destination port", Column::DestinationPort},
    {"action", Column::Action},
    {"status", Column::Result},
    {"result code", Column::Result},
    {"resultcode", Column::Result},
    {"rule", Column::Rule},
};

// Other multi-word W3C names, so that a space-separated #Fields: line splits into the right names.
// ISA 2004 names from the ossec-docs sample; the later ones from the TMG field tables.
constexpr const char* kOtherMultiWordNames[] = {
    "original client ip",
    "source network",
    "destination network",
    "application protocol",
    "bytes sent intermediate",
    "bytes sent",
    "bytes received intermediate",
    "bytes received",
    "connection time intermediate",
    "connection time",
    "source proxy",
    "destination proxy",
    "source name",
    "destination name",
    "session id",
    "connection id",
    "ip header",
    "protocol payload",
    "client username",
    "client agent",
    "authenticated client",
    "nat address",
    "fwc client host name",
    "fwc app path",
    "nis scan result",
    "nis signature",
    "nis application protocol",
    "internal service info",
};

QString normalised(QStringView name)
{
    return name.trimmed().toString().toLower().simplified();
}

Column columnFor(const QString& name)
{
    const QString n = normalised(name);
    for (const NamedColumn& c : kColumns) {
        if (n == QLatin1String(c.name))
            return c.column;
    }
    return Column::Other;
}

struct Endpoint
{
    IpAddress address;
    std::optional<std::uint16_t> port;
    bool present = false; ///< the column had something other than "-"
};

std::optional<std::uint16_t> parsePort(QStringView text)
{
    bool ok = false;
    const uint p = text.trimmed().toUInt(&ok);
    if (ok && p <= 65535)
        return std::uint16_t(p);
    return std::nullopt;
}

/** Strict a.b.c.d (no leading zeros), parsed without allocating: the spelling of nearly every
 *  row. Anything else goes the general way. */
bool parseDottedQuad(QStringView text, IpAddress& address)
{
    std::array<std::uint8_t, 4> bytes{};
    qsizetype i = 0;
    for (int part = 0; part < 4; ++part) {
        if (part > 0) {
            if (i >= text.size() || text[i] != QLatin1Char('.'))
                return false;
            ++i;
        }
        const qsizetype from = i;
        unsigned value = 0;
        while (i < text.size() && i - from < 3 && text[i] >= QLatin1Char('0') && text[i] <= QLatin1Char('9'))
            value = value * 10 + unsigned(text[i++].unicode() - '0');
        if (i == from || value > 255 || (i - from > 1 && text[from] == QLatin1Char('0')))
            return false;
        bytes[std::size_t(part)] = std::uint8_t(value);
    }
    if (i != text.size())
        return false;
    address = IpAddress::fromV4(bytes);
    return true;
}

Endpoint parseEndpoint(QStringView textIn)
{
    Endpoint e;
    const QStringView view = textIn.trimmed();
    if (view.isEmpty() || view == QLatin1String("-"))
        return e;
    e.present = true;
    const qsizetype colon = view.indexOf(QLatin1Char(':'));
    if (colon < 0 || view.lastIndexOf(QLatin1Char(':')) == colon) { // v4 or v4:port
        if (parseDottedQuad(colon < 0 ? view : view.left(colon), e.address)) {
            if (colon >= 0) {
                if (const auto p = parsePort(view.mid(colon + 1)))
                    e.port = p;
            }
            return e;
        }
    }
    const QString text = view.toString();
    QString host = text;
    QString port;
    if (text.startsWith(QLatin1Char('['))) { // [v6]:port
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close > 0) {
            host = text.mid(1, close - 1);
            if (text.mid(close + 1).startsWith(QLatin1Char(':')))
                port = text.mid(close + 2);
        }
    } else if (text.count(QLatin1Char(':')) == 1) { // v4:port
        host = text.section(QLatin1Char(':'), 0, 0);
        port = text.section(QLatin1Char(':'), 1, 1);
    }
    e.address = IpAddress::fromString(host);
    if (!port.isEmpty())
        e.port = parsePort(port);
    return e;
}

bool isIkePort(const std::optional<std::uint16_t>& port)
{
    return port && (*port == 500 || *port == 4500);
}

/** One row's values by column, as views into the line: nothing is copied unless the row matters. */
struct RowView
{
    QStringView computer;
    QStringView date;
    QStringView time;
    QStringView logTime;
    QStringView protocol;
    QStringView source;
    QStringView sourcePort;
    QStringView destination;
    QStringView destinationPort;
    QStringView action;
    QStringView result;
    QStringView rule;
};

class FirewallReader
{
public:
    FirewallReader(const SniffResult& sniff, const EvidenceReadOptions& options, EvidenceResult& result)
        : m_sniff(sniff), m_result(result), m_collector(result, options.maxItems)
    {
    }

    void line(const QString& text, std::uint64_t lineNumber);

private:
    void setColumns(const QStringList& names);
    void splitValues(QStringView text, bool tabs);
    void row(const QString& text, std::uint64_t lineNumber);
    void rowByPattern(const QString& text, std::uint64_t lineNumber);
    /** Counts the row in the stats; the kind and strength it becomes, or Count when it is not kept. */
    std::pair<EvidenceKind, EvidenceStrength> tally(std::optional<std::uint32_t> code, bool ike);
    void classify(EvidenceItem item, std::optional<std::uint32_t> code);
    TimeBasis dateTimeBasis() const
    {
        // W3C times are UTC (ms812680: "In the W3C extended file format ... UTC").
        return m_sniff.format == EvidenceFormat::FirewallW3c ? TimeBasis::Utc : TimeBasis::LocalUnknownZone;
    }

    const SniffResult& m_sniff;
    EvidenceResult& m_result;
    EvidenceCollector m_collector;
    std::vector<Column> m_columns;
    QList<QStringView> m_values; ///< reused for every row: the steady state allocates nothing
    bool m_tabSeparated = true;
};

void FirewallReader::setColumns(const QStringList& names)
{
    m_columns.clear();
    for (const QString& n : names)
        m_columns.push_back(columnFor(n));
    m_result.firewall.resultCodeColumn =
        std::find(m_columns.begin(), m_columns.end(), Column::Result) != m_columns.end();
}

void FirewallReader::line(const QString& text, std::uint64_t lineNumber)
{
    if (QStringView(text).trimmed().isEmpty())
        return;
    if (text.startsWith(QLatin1Char('#'))) {
        if (text.startsWith(QLatin1String("#Fields:"))) {
            const QStringView rest = QStringView(text).mid(8);
            m_tabSeparated = rest.contains(QLatin1Char('\t'));
            setColumns(FirewallLog::splitFieldNames(rest));
        } else if (text.startsWith(QLatin1String("#Software:"))) {
            m_result.firewall.software = text.mid(10).trimmed().left(200);
        }
        return;
    }
    if (m_columns.empty() && m_result.firewall.rows == 0 &&
        m_sniff.format == EvidenceFormat::FirewallViewerExport) {
        // The viewer's first line is its header when it names known columns.
        const QStringList names = text.split(QLatin1Char('\t'));
        int known = 0;
        for (const QString& n : names)
            known += columnFor(n) != Column::Other;
        if (known >= 2) {
            m_tabSeparated = true;
            setColumns(names);
            return;
        }
    }
    ++m_result.recordsRead;
    ++m_result.firewall.rows;
    row(text, lineNumber);
}

void FirewallReader::splitValues(QStringView text, bool tabs)
{
    m_values.clear();
    if (tabs) {
        qsizetype from = 0;
        for (;;) {
            const qsizetype tab = text.indexOf(QLatin1Char('\t'), from);
            m_values.append(text.mid(from, tab < 0 ? text.size() - from : tab - from));
            if (tab < 0)
                return;
            from = tab + 1;
        }
    }
    const QStringView t = text.trimmed(); // runs of spaces separate
    qsizetype i = 0;
    while (i < t.size()) {
        const qsizetype from = i;
        while (i < t.size() && t[i] != QLatin1Char(' '))
            ++i;
        m_values.append(t.mid(from, i - from));
        while (i < t.size() && t[i] == QLatin1Char(' '))
            ++i;
    }
    if (t.isEmpty())
        m_values.append(t);
}

void FirewallReader::row(const QString& text, std::uint64_t lineNumber)
{
    if (m_columns.empty()) {
        if (m_sniff.format == EvidenceFormat::FirewallW3c)
            m_result.unreadable.add(UnreadableReason::MissingFieldsHeader, lineNumber);
        rowByPattern(text, lineNumber);
        return;
    }
    splitValues(text, m_tabSeparated || text.contains(QLatin1Char('\t')));
    if (std::size_t(m_values.size()) != m_columns.size()) {
        m_result.unreadable.add(UnreadableReason::FieldCountMismatch, lineNumber);
        rowByPattern(text, lineNumber);
        return;
    }
    RowView r;
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        const QStringView v = m_values[qsizetype(i)];
        switch (m_columns[i]) {
        case Column::Computer:
            r.computer = v;
            break;
        case Column::Date:
            r.date = v;
            break;
        case Column::Time:
            r.time = v;
            break;
        case Column::LogTime:
            r.logTime = v;
            break;
        case Column::Protocol:
            r.protocol = v.trimmed();
            break;
        case Column::Source:
            r.source = v;
            break;
        case Column::SourcePort:
            r.sourcePort = v;
            break;
        case Column::Destination:
            r.destination = v;
            break;
        case Column::DestinationPort:
            r.destinationPort = v;
            break;
        case Column::Action:
            r.action = v;
            break;
        case Column::Result:
            r.result = v;
            break;
        case Column::Rule:
            r.rule = v;
            break;
        case Column::Other:
            break;
        }
    }
    // What every row is counted by: its result code, its endpoints (ports say IKE).
    std::optional<std::uint32_t> code;
    if (const QStringView v = r.result.trimmed(); !v.isEmpty() && v != QLatin1String("-")) {
        std::uint32_t c = 0;
        if (parseFirewallResultCode(r.result, c))
            code = c;
        else
            m_result.unreadable.add(UnreadableReason::BadResultCode, lineNumber);
    }
    Endpoint source = parseEndpoint(r.source);
    Endpoint destination = parseEndpoint(r.destination);
    for (const Endpoint* e : {&source, &destination}) {
        if (e->present && !e->address.isValid())
            m_result.unreadable.add(UnreadableReason::BadAddress, lineNumber);
    }
    if (const auto p = parsePort(r.sourcePort))
        source.port = p;
    if (const auto p = parsePort(r.destinationPort))
        destination.port = p;
    const bool ike = (isIkePort(source.port) || isIkePort(destination.port)) &&
                     !r.protocol.left(64).contains(QLatin1String("TCP"), Qt::CaseInsensitive);
    const auto [kind, strength] = tally(code, ike);
    if (kind == EvidenceKind::Count)
        return;
    // A row that matters: now its text is copied and its time read.
    EvidenceItem item;
    item.kind = kind;
    item.strength = strength;
    item.facts.recordNumber = lineNumber;
    item.facts.resultCode = code;
    item.facts.computer = r.computer.trimmed().left(256).toString();
    item.facts.transport = r.protocol.left(64).toString();
    item.facts.action = r.action.trimmed().left(64).toString();
    item.facts.rule = r.rule.trimmed().left(256).toString();
    item.facts.source = {source.address, source.port};
    item.facts.destination = {destination.address, destination.port};
    if (!r.logTime.isNull())
        item.time = EvidenceTimeParser::parseLocal(r.logTime, EvidenceTimeParser::DayOrder::MonthFirst);
    if (!r.date.isEmpty() || !r.time.isEmpty()) {
        item.time = EvidenceTimeParser::parseDateAndTime(r.date, r.time, dateTimeBasis());
        if (!item.time.isSet())
            item.time = EvidenceTimeParser::parseLocal(
                QString(r.date.toString() + QLatin1Char(' ') + r.time.toString()),
                EvidenceTimeParser::DayOrder::MonthFirst);
    }
    m_collector.add(std::move(item));
}

void FirewallReader::rowByPattern(const QString& text, std::uint64_t lineNumber)
{
    static const QRegularExpression token(QStringLiteral("[^\\s]+"));
    static const QRegularExpression ipToken(QStringLiteral("^\\d{1,3}(\\.\\d{1,3}){3}(:\\d{1,5})?$"));
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression clock(QStringLiteral("^\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?$"));
    EvidenceItem item;
    item.facts.recordNumber = lineNumber;
    std::optional<std::uint32_t> code;
    int endpoints = 0;
    QString date;
    QString time;
    auto it = token.globalMatch(text);
    while (it.hasNext()) {
        const QString t = it.next().captured();
        if (!code && t.startsWith(QLatin1String("0x"), Qt::CaseInsensitive)) {
            std::uint32_t c = 0;
            if (parseFirewallResultCode(t, c))
                code = c;
        } else if (endpoints < 2 && ipToken.match(t).hasMatch()) {
            const Endpoint e = parseEndpoint(t);
            (endpoints == 0 ? item.facts.source : item.facts.destination) = {e.address, e.port};
            ++endpoints;
        } else if (date.isEmpty() && isoDate.match(t).hasMatch()) {
            date = t;
        } else if (time.isEmpty() && clock.match(t).hasMatch()) {
            time = t;
        } else if (item.facts.transport.isEmpty() &&
                   (t == QLatin1String("UDP") || t == QLatin1String("TCP") || t == QLatin1String("ICMP"))) {
            item.facts.transport = t;
        }
    }
    if (!date.isEmpty())
        item.time = EvidenceTimeParser::parseDateAndTime(date, time, dateTimeBasis());
    if (!code && endpoints == 0)
        return;
    classify(std::move(item), code);
}

std::pair<EvidenceKind, EvidenceStrength> FirewallReader::tally(std::optional<std::uint32_t> code, bool ike)
{
    FirewallLogStats& stats = m_result.firewall;
    if (ike)
        ++stats.ikeRows;
    const FirewallResultCode* entry = nullptr;
    if (code) {
        ++stats.rowsWithResultCode;
        entry = firewallResultCode(*code);
    }
    if (entry && entry->category != FirewallResultCode::Category::Denial)
        ++stats.droppedPacketRows;
    if (entry && entry->category == FirewallResultCode::Category::FragmentDrop) {
        ++stats.fragmentDropRows;
        return {EvidenceKind::FirewallFragmentDropped, EvidenceStrength::Locating};
    }
    if (entry && (entry->category == FirewallResultCode::Category::PacketDrop || ike))
        return {EvidenceKind::FirewallPacketDropped, EvidenceStrength::Context};
    if (ike)
        return {EvidenceKind::FirewallIkeTraffic, EvidenceStrength::Context};
    return {EvidenceKind::Count, EvidenceStrength::Context};
}

void FirewallReader::classify(EvidenceItem item, std::optional<std::uint32_t> code)
{
    const bool ike = (isIkePort(item.facts.source.port) || isIkePort(item.facts.destination.port)) &&
                     !item.facts.transport.contains(QLatin1String("TCP"), Qt::CaseInsensitive);
    const auto [kind, strength] = tally(code, ike);
    if (kind == EvidenceKind::Count)
        return;
    item.kind = kind;
    item.strength = strength;
    item.facts.resultCode = code;
    m_collector.add(std::move(item));
}

} // namespace

QStringList FirewallLog::splitFieldNames(QStringView directive)
{
    if (directive.contains(QLatin1Char('\t'))) {
        QStringList names;
        for (const QStringView n : directive.split(QLatin1Char('\t'))) {
            if (!n.trimmed().isEmpty())
                names.append(n.trimmed().toString());
        }
        return names;
    }
    // Space separated: match the longest known multi-word name at each position.
    std::vector<QString> known;
    for (const NamedColumn& c : kColumns)
        known.emplace_back(QString::fromLatin1(c.name));
    for (const char* n : kOtherMultiWordNames)
        known.emplace_back(QString::fromLatin1(n));
    std::sort(known.begin(), known.end(), [](const QString& a, const QString& b) {
        return a.count(QLatin1Char(' ')) > b.count(QLatin1Char(' '));
    });
    const QStringList words = directive.toString().simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList names;
    qsizetype i = 0;
    while (i < words.size()) {
        qsizetype taken = 1;
        for (const QString& k : known) {
            const qsizetype n = k.count(QLatin1Char(' ')) + 1;
            if (n == 1 || i + n > words.size())
                continue;
            if (words.mid(i, n).join(QLatin1Char(' ')).toLower() == k) {
                taken = n;
                break;
            }
        }
        names.append(words.mid(i, taken).join(QLatin1Char(' ')));
        i += taken;
    }
    return names;
}

void FirewallLog::read(QIODevice& device, const SniffResult& sniff, const EvidenceReadOptions& options,
                       EvidenceResult& result)
{
    TextLineReader lines(device, sniff.encoding, sniff.bomBytes, options, result);
    FirewallReader reader(sniff, options, result);
    QString line;
    while (lines.next(line))
        reader.line(line, lines.lineNumber());
}
