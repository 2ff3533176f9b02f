// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextLineReader.h"

#include <QIODevice>

#include <algorithm>
#include <cstring>

namespace {

constexpr qint64 kChunkBytes = 256 * 1024;
constexpr std::int64_t kProgressStep = 4 * 1024 * 1024;
/** The buffer holds one capped line plus a chunk, so the cap bounds memory; keep it sane. */
constexpr std::int64_t kMaxLineCap = 64 * 1024 * 1024;

} // namespace

TextLineReader::TextLineReader(QIODevice& device, TextEncoding encoding, int skipBytes,
                               const EvidenceReadOptions& options, EvidenceResult& result)
    : m_device(device), m_encoding(encoding), m_options(options), m_result(result),
      m_utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless),
      m_buffer(std::size_t(std::clamp<std::int64_t>(options.maxLineBytes, 1, kMaxLineCap) + kChunkBytes + 2))
{
    if (skipBytes > 0) {
        const QByteArray bom = m_device.read(skipBytes);
        m_result.bytesRead += bom.size();
    }
}

void TextLineReader::reportProgress(bool force)
{
    if (!m_options.progress)
        return;
    if (force || m_result.bytesRead - m_lastProgress >= kProgressStep) {
        m_lastProgress = m_result.bytesRead;
        m_options.progress(m_result.bytesRead, m_result.bytesTotal);
    }
}

bool TextLineReader::fill()
{
    if (m_eof)
        return false;
    if (m_options.cancelled()) {
        m_result.cancelled = true;
        m_eof = true;
        return false;
    }
    if (m_start > 0) { // move the partial line to the front; the buffer never reallocates
        std::memmove(m_buffer.data(), m_buffer.data() + m_start, std::size_t(m_end - m_start));
        m_end -= m_start;
        m_scanFrom -= m_start;
        m_start = 0;
    }
    const qint64 room = std::min<qint64>(kChunkBytes, qint64(m_buffer.size()) - m_end);
    const qint64 got = room > 0 ? m_device.read(m_buffer.data() + m_end, room) : 0;
    if (got <= 0) {
        m_eof = true;
        if (got < 0)
            m_result.stoppedEarly = QStringLiteral("read error: %1").arg(m_device.errorString());
        reportProgress(true);
        return false;
    }
    m_end += got;
    m_result.bytesRead += got;
    reportProgress(false);
    return true;
}

bool TextLineReader::takeLine(qsizetype& begin, qsizetype& size)
{
    const int unit = m_encoding == TextEncoding::Utf8 ? 1 : 2;
    const char* data = m_buffer.data();
    qsizetype i = std::max(m_scanFrom, m_start);
    if (unit == 1) {
        const void* nl = i < m_end ? std::memchr(data + i, '\n', std::size_t(m_end - i)) : nullptr;
        if (nl) {
            const qsizetype at = static_cast<const char*>(nl) - data;
            begin = m_start;
            size = at - m_start;
            m_start = m_scanFrom = at + 1;
            return true;
        }
        m_scanFrom = m_end;
        return false;
    }
    for (; i + unit <= m_end; i += unit) {
        const bool newline = m_encoding == TextEncoding::Utf16Le ? (data[i] == '\n' && data[i + 1] == 0)
                                                                 : (data[i] == 0 && data[i + 1] == '\n');
        if (!newline)
            continue;
        begin = m_start;
        size = i - m_start;
        m_start = m_scanFrom = i + unit;
        return true;
    }
    m_scanFrom = std::max(m_start, m_end - ((m_end - m_start) % unit));
    return false;
}

void TextLineReader::decode(qsizetype begin, qsizetype size, QString& line)
{
    char* raw = m_buffer.data() + begin;
    if (m_encoding == TextEncoding::Utf8) {
        if (size > 0 && raw[size - 1] == '\r')
            --size;
        if (std::memchr(raw, '\0', std::size_t(size))) { // consumed bytes: compact them in place
            size = std::remove(raw, raw + size, '\0') - raw;
            m_result.unreadable.add(UnreadableReason::BinaryGarbage, m_lineNumber);
        }
        line.resize(size); // UTF-8 never yields more UTF-16 units than bytes
        QChar* out = line.data();
        const bool ascii = std::all_of(raw, raw + size, [](char c) { return (c & 0x80) == 0; });
        if (ascii) {
            for (qsizetype i = 0; i < size; ++i)
                out[i] = QLatin1Char(raw[i]);
            return;
        }
        m_utf8.resetState();
        const QChar* end = m_utf8.appendToBuffer(out, QByteArrayView(raw, size));
        if (!m_utf8.hasError()) {
            line.truncate(end - out);
            return;
        }
        m_result.unreadable.add(UnreadableReason::BadEncoding, m_lineNumber);
        for (qsizetype i = 0; i < size; ++i)
            out[i] = QLatin1Char(raw[i]);
        return;
    }
    line.resize(size / 2);
    QChar* out = line.data();
    qsizetype n = 0;
    for (qsizetype i = 0; i + 1 < size; i += 2) {
        const auto lo = std::uint8_t(raw[i]);
        const auto hi = std::uint8_t(raw[i + 1]);
        const char16_t unit =
            m_encoding == TextEncoding::Utf16Le ? char16_t(lo | hi << 8) : char16_t(hi | lo << 8);
        if (unit == 0) {
            m_result.unreadable.add(UnreadableReason::BinaryGarbage, m_lineNumber);
            continue;
        }
        out[n++] = QChar(unit);
    }
    if (n > 0 && out[n - 1] == QLatin1Char('\r'))
        --n;
    line.truncate(n);
}

bool TextLineReader::next(QString& line)
{
    const qsizetype maxLine = qsizetype(std::clamp<std::int64_t>(m_options.maxLineBytes, 1, kMaxLineCap));
    for (;;) {
        qsizetype begin = 0;
        qsizetype size = 0;
        if (takeLine(begin, size)) {
            ++m_lineNumber;
            if (m_skippingLongLine) {
                m_skippingLongLine = false;
                continue;
            }
            decode(begin, size, line);
            return true;
        }
        if (m_end - m_start > maxLine) {
            if (!m_skippingLongLine)
                m_result.unreadable.add(UnreadableReason::LineTooLong, m_lineNumber + 1);
            m_skippingLongLine = true;
            // Keep UTF-16 alignment: drop whole code units only.
            const qsizetype pending = m_end - m_start;
            const qsizetype keep = m_encoding == TextEncoding::Utf8 ? 0 : pending % 2;
            std::memmove(m_buffer.data(), m_buffer.data() + m_end - keep, std::size_t(keep));
            m_end = keep;
            m_start = 0;
            m_scanFrom = 0;
        }
        if (!fill()) {
            if (m_end == m_start || m_result.cancelled)
                return false;
            ++m_lineNumber;
            const bool skipped = m_skippingLongLine;
            m_skippingLongLine = false;
            if (!skipped)
                decode(m_start, m_end - m_start, line);
            m_start = m_end = m_scanFrom = 0;
            return !skipped;
        }
    }
}
