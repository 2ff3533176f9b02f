// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvtReader.h"

#include "EvidenceTimeParser.h"

#include <QFile>

#include <libevt.h>

namespace {

QString utf8Value(libevt_record_t* record, int (*sizeOf)(libevt_record_t*, size_t*, libevt_error_t**),
                  int (*valueOf)(libevt_record_t*, uint8_t*, size_t, libevt_error_t**), std::int64_t cap)
{
    libevt_error_t* error = nullptr;
    size_t size = 0;
    if (sizeOf(record, &size, &error) != 1 || size == 0 || std::int64_t(size) > cap) {
        libevt_error_free(&error);
        return {};
    }
    QByteArray bytes(qsizetype(size), '\0');
    if (valueOf(record, reinterpret_cast<uint8_t*>(bytes.data()), size, &error) != 1) {
        libevt_error_free(&error);
        return {};
    }
    return QString::fromUtf8(bytes.constData(), qstrnlen(bytes.constData(), bytes.size()));
}

QString stringAt(libevt_record_t* record, int index, std::int64_t cap, bool& truncated)
{
    libevt_error_t* error = nullptr;
    size_t size = 0;
    if (libevt_record_get_utf8_string_size(record, index, &size, &error) != 1 || size == 0) {
        libevt_error_free(&error);
        return {};
    }
    if (std::int64_t(size) > cap) {
        truncated = true;
        return {};
    }
    QByteArray bytes(qsizetype(size), '\0');
    if (libevt_record_get_utf8_string(record, index, reinterpret_cast<uint8_t*>(bytes.data()), size,
                                      &error) != 1) {
        libevt_error_free(&error);
        return {};
    }
    return QString::fromUtf8(bytes.constData(), qstrnlen(bytes.constData(), bytes.size()));
}

} // namespace

void EvtReader::read(const QString& path, const EvidenceReadOptions& options, EvidenceResult& result,
                     const std::function<void(const EventRecord&)>& sink)
{
    libevt_file_t* file = nullptr;
    libevt_error_t* error = nullptr;
    result.bytesRead = result.bytesTotal;
    if (libevt_file_initialize(&file, &error) != 1 ||
        libevt_file_open(file, QFile::encodeName(path).constData(), LIBEVT_OPEN_READ, &error) != 1) {
        libevt_error_free(&error);
        if (file)
            libevt_file_free(&file, nullptr);
        result.unreadable.add(UnreadableReason::RecordUnreadable, 0);
        result.stoppedEarly = QStringLiteral("libevt could not open the file");
        return;
    }
    if (libevt_file_is_corrupted(file, nullptr) == 1)
        result.unreadable.add(UnreadableReason::FileCorrupted, 0);
    std::uint64_t number = 0;
    for (int pass = 0; pass < 2; ++pass) {
        int count = 0;
        const int got = pass == 0 ? libevt_file_get_number_of_records(file, &count, &error)
                                  : libevt_file_get_number_of_recovered_records(file, &count, &error);
        if (got != 1) {
            libevt_error_free(&error);
            continue;
        }
        for (int i = 0; i < count; ++i) {
            ++number;
            if (options.cancelled()) {
                result.cancelled = true;
                pass = 2;
                break;
            }
            libevt_record_t* record = nullptr;
            const int ok = pass == 0 ? libevt_file_get_record_by_index(file, i, &record, &error)
                                     : libevt_file_get_recovered_record_by_index(file, i, &record, &error);
            if (ok != 1 || !record) {
                libevt_error_free(&error);
                result.unreadable.add(UnreadableReason::RecordUnreadable, number);
                continue;
            }
            EventRecord r;
            r.recordNumber = number;
            std::uint32_t id = 0;
            if (libevt_record_get_event_identifier(record, &id, nullptr) == 1)
                r.eventId = id & 0xFFFF;
            std::uint32_t written = 0;
            if (libevt_record_get_written_time(record, &written, nullptr) == 1)
                r.time = EvidenceTimeParser::fromUnixSeconds(written);
            r.provider = utf8Value(record, libevt_record_get_utf8_source_name_size,
                                   libevt_record_get_utf8_source_name, 1024);
            r.computer = utf8Value(record, libevt_record_get_utf8_computer_name_size,
                                   libevt_record_get_utf8_computer_name, 1024);
            int strings = 0;
            bool truncated = false;
            if (libevt_record_get_number_of_strings(record, &strings, nullptr) == 1) {
                for (int s = 0; s < std::min(strings, 256); ++s)
                    r.data.append({QString(), stringAt(record, s, options.maxRecordBytes, truncated)});
            }
            if (truncated)
                result.unreadable.add(UnreadableReason::RecordTruncated, number);
            libevt_record_free(&record, nullptr);
            sink(r);
        }
    }
    libevt_file_close(file, nullptr);
    libevt_file_free(&file, nullptr);
}
