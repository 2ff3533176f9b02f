// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventCsvReader.h"

#include "EvidenceTimeParser.h"
#include "TextLineReader.h"

#include <array>

namespace {

enum class CsvColumn : std::uint8_t
{
    Level,
    Date,
    Source,
    EventId,
    Task,
    Other
};

struct HeaderName
{
    const char* name;
    CsvColumn column;
    const char* language;
};

// English: Event Viewer exports quoted in many public tools; German: the EVTX-to-MITRE-Attack
// README sample; Portuguese: pt-BR exports in public test fixtures (polymorph_lamr). French and
// Spanish: Event Viewer's column titles as we know them, constructed (tests/evidence/README.md).
constexpr HeaderName kHeaders[] = {
    {"Level", CsvColumn::Level, "en"},
    {"Date and Time", CsvColumn::Date, "en"},
    {"Source", CsvColumn::Source, "en"},
    {"Event ID", CsvColumn::EventId, "en"},
    {"Task Category", CsvColumn::Task, "en"},
    {"Ebene", CsvColumn::Level, "de"},
    {"Datum und Uhrzeit", CsvColumn::Date, "de"},
    {"Quelle", CsvColumn::Source, "de"},
    {"Ereignis-ID", CsvColumn::EventId, "de"},
    {"Aufgabenkategorie", CsvColumn::Task, "de"},
    {"Niveau", CsvColumn::Level, "fr"},
    {"Date et heure", CsvColumn::Date, "fr"},
    {"ID de l\u2019\u00e9v\u00e9nement", CsvColumn::EventId, "fr"},
    {"ID de l'\u00e9v\u00e9nement", CsvColumn::EventId, "fr"},
    {"Cat\u00e9gorie de la t\u00e2che", CsvColumn::Task, "fr"},
    {"Nivel", CsvColumn::Level, "es"},
    {"Fecha y hora", CsvColumn::Date, "es"},
    {"Origen", CsvColumn::Source, "es"},
    {"Id. del evento", CsvColumn::EventId, "es"},
    {"Categor\u00eda de la tarea", CsvColumn::Task, "es"},
    {"N\u00edvel", CsvColumn::Level, "pt"},
    {"Data e Hora", CsvColumn::Date, "pt"},
    {"Fonte", CsvColumn::Source, "pt"},
    {"Identifica\u00e7\u00e3o do Evento", CsvColumn::EventId, "pt"},
    {"Categoria da Tarefa", CsvColumn::Task, "pt"},
};

CsvColumn columnFor(const QString& name, QString& language)
{
    const QString n = name.trimmed();
    for (const HeaderName& h : kHeaders) {
        if (n.compare(QString::fromUtf8(h.name), Qt::CaseInsensitive) == 0) {
            if (h.column == CsvColumn::Level)
                language = QString::fromLatin1(h.language);
            return h.column;
        }
    }
    return CsvColumn::Other;
}

} // namespace

bool EventCsvReader::splitRecord(const QString& text, QStringList& fields)
{
    fields.clear();
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields.append(field);
            field.clear();
        } else {
            field.append(c);
        }
    }
    fields.append(field);
    return !quoted;
}

void EventCsvReader::read(QIODevice& device, const SniffResult& sniff, const EvidenceReadOptions& options,
                          EvidenceResult& result, const std::function<void(const EventRecord&)>& sink)
{
    TextLineReader lines(device, sniff.encoding, sniff.bomBytes, options, result);
    // Event Viewer's own order, used when the header is in no language we know.
    std::vector<CsvColumn> columns = {CsvColumn::Level, CsvColumn::Date, CsvColumn::Source,
                                      CsvColumn::EventId, CsvColumn::Task};
    QString language;
    bool header = true;
    QString pending;
    std::uint64_t recordLine = 0;
    QString line;
    QStringList fields;
    while (lines.next(line)) {
        if (pending.isEmpty())
            recordLine = lines.lineNumber();
        else
            pending += QLatin1Char('\n');
        pending += line;
        if (pending.size() > options.maxRecordBytes) {
            result.unreadable.add(UnreadableReason::RecordTruncated, recordLine);
            pending.clear();
            continue;
        }
        if (!splitRecord(pending, fields))
            continue; // a quoted message goes on on the next line
        pending.clear();
        if (header) {
            header = false;
            std::vector<CsvColumn> named;
            int known = 0;
            for (const QString& f : fields) {
                named.push_back(columnFor(f, language));
                known += named.back() != CsvColumn::Other;
            }
            if (known >= 3) {
                columns = named;
                continue;
            }
            // No header we know: this line may already be data.
        }
        if (fields.size() < 5 || fields.join(QString()).trimmed().isEmpty())
            continue;
        EventRecord record;
        record.recordNumber = recordLine;
        record.language = language;
        const auto order = language == QLatin1String("en") || language.isEmpty()
                               ? EvidenceTimeParser::DayOrder::MonthFirst
                               : EvidenceTimeParser::DayOrder::DayFirst;
        for (std::size_t i = 0; i < columns.size() && qsizetype(i) < fields.size(); ++i) {
            const QString& v = fields.at(qsizetype(i));
            switch (columns[i]) {
            case CsvColumn::Date:
                record.time = EvidenceTimeParser::parseLocal(v, order);
                if (!record.time.isSet())
                    result.unreadable.add(UnreadableReason::BadTime, recordLine);
                break;
            case CsvColumn::Source:
                record.provider = v.trimmed().left(256);
                break;
            case CsvColumn::EventId:
                record.eventId = v.trimmed().toUInt() & 0xFFFF;
                break;
            default:
                break;
            }
        }
        // The message is the field past the named columns (Event Viewer leaves it unnamed).
        if (qsizetype(columns.size()) < fields.size())
            record.message = fields.at(qsizetype(columns.size()));
        else
            result.unreadable.add(UnreadableReason::FieldCountMismatch, recordLine);
        if (record.eventId == 0)
            result.unreadable.add(UnreadableReason::FieldCountMismatch, recordLine);
        sink(record);
    }
}
