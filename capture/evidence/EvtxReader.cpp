// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvtxReader.h"

#include "EventXmlReader.h"

#include <QFile>

#include <libevtx.h>

namespace {

QString takeError(libevtx_error_t*& error)
{
    QString text;
    if (error) {
        char buffer[512] = {};
        if (libevtx_error_sprint(error, buffer, sizeof buffer) > 0)
            text = QString::fromUtf8(buffer).trimmed();
        libevtx_error_free(&error);
    }
    return text;
}

/** The record's XML, or an empty array when libevtx cannot render it or it passes the cap. */
QByteArray recordXml(libevtx_record_t* record, std::int64_t maxBytes, bool& tooLarge)
{
    libevtx_error_t* error = nullptr;
    size_t size = 0;
    tooLarge = false;
    if (libevtx_record_get_utf8_xml_string_size(record, &size, &error) != 1 || size == 0) {
        takeError(error);
        return {};
    }
    if (std::int64_t(size) > maxBytes) {
        tooLarge = true;
        return {};
    }
    QByteArray xml(qsizetype(size), '\0');
    if (libevtx_record_get_utf8_xml_string(record, reinterpret_cast<uint8_t*>(xml.data()), size, &error) !=
        1) {
        takeError(error);
        return {};
    }
    xml.truncate(qstrnlen(xml.constData(), xml.size()));
    return xml;
}

} // namespace

bool EvtxReader::forEachRecordXml(const QByteArray& path, std::int64_t maxRecordBytes,
                                  const std::function<bool(std::uint64_t, const QByteArray&)>& onRecord,
                                  QString& errorText, std::uint64_t& unreadableRecords, bool& corrupted)
{
    libevtx_file_t* file = nullptr;
    libevtx_error_t* error = nullptr;
    unreadableRecords = 0;
    corrupted = false;
    if (libevtx_file_initialize(&file, &error) != 1) {
        errorText = takeError(error);
        return false;
    }
    if (libevtx_file_open(file, path.constData(), LIBEVTX_OPEN_READ, &error) != 1) {
        errorText = takeError(error);
        libevtx_file_free(&file, nullptr);
        return false;
    }
    corrupted = libevtx_file_is_corrupted(file, nullptr) == 1;
    std::uint64_t number = 0;
    bool go = true;
    for (int pass = 0; pass < 2 && go; ++pass) {
        int count = 0;
        const int got = pass == 0 ? libevtx_file_get_number_of_records(file, &count, &error)
                                  : libevtx_file_get_number_of_recovered_records(file, &count, &error);
        if (got != 1) {
            takeError(error);
            continue;
        }
        for (int i = 0; i < count && go; ++i) {
            ++number;
            libevtx_record_t* record = nullptr;
            const int ok = pass == 0 ? libevtx_file_get_record_by_index(file, i, &record, &error)
                                     : libevtx_file_get_recovered_record_by_index(file, i, &record, &error);
            if (ok != 1 || !record) {
                takeError(error);
                ++unreadableRecords;
                continue;
            }
            bool tooLarge = false;
            const QByteArray xml = recordXml(record, maxRecordBytes, tooLarge);
            libevtx_record_free(&record, nullptr);
            if (xml.isEmpty()) {
                ++unreadableRecords;
                continue;
            }
            go = onRecord(number, xml);
        }
    }
    libevtx_file_close(file, nullptr);
    libevtx_file_free(&file, nullptr);
    return true;
}

void EvtxReader::read(const QString& path, const EvidenceReadOptions& options, EvidenceResult& result,
                      const Sink& sink)
{
    EventXmlReader xml(result, options.maxRecordBytes, sink);
    QString error;
    std::uint64_t unreadable = 0;
    bool corrupted = false;
    const bool opened = forEachRecordXml(
        QFile::encodeName(path), options.maxRecordBytes,
        [&](std::uint64_t number, const QByteArray& text) {
            if (!xml.readString(QString::fromUtf8(text), number))
                result.unreadable.add(UnreadableReason::RecordUnreadable, number);
            if (options.cancelled()) {
                result.cancelled = true;
                return false;
            }
            return true;
        },
        error, unreadable, corrupted);
    result.bytesRead = result.bytesTotal;
    if (!opened) {
        result.unreadable.add(UnreadableReason::RecordUnreadable, 0);
        result.stoppedEarly = QStringLiteral("libevtx could not open the file: %1").arg(error.left(300));
        return;
    }
    if (unreadable)
        result.unreadable.add(UnreadableReason::RecordUnreadable, 0, unreadable);
    if (corrupted)
        result.unreadable.add(UnreadableReason::FileCorrupted, 0);
}
