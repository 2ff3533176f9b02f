// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextLineReader.h"

#include <QIODevice>
#include <QStringDecoder>

#include <algorithm>

namespace {

constexpr qint64 kChunkBytes = 256 * 1024;
constexpr std::int64_t kProgressStep = 4 * 1024 * 1024;

} // namespace

TextLineReader::TextLineReader(QIODevice& device, TextEncoding encoding, int skipBytes,
                               const EvidenceReadOptions& options, EvidenceResult& result)
    : m_device(device), m_encoding(encoding), m_options(options), m_result(result)
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
    if (m_start > 0) {
        m_buffer.remove(0, m_start);
        m_scanFrom -= m_start;
        m_start = 0;
    }
    const qsizetype before = m_buffer.size();
    m_buffer.resize(before + kChunkBytes);
    const qint64 got = m_device.read(m_buffer.data() + before, kChunkBytes);
    if (got <= 0) {
        m_buffer.resize(before);
        m_eof = true;
        if (got < 0)
            m_result.stoppedEarly = QStringLiteral("read error: %1").arg(m_device.errorString());
        reportProgress(true);
        return false;
    }
    m_buffer.resize(before + got);
    m_result.bytesRead += got;
    reportProgress(false);
    return true;
}

bool TextLineReader::takeLine(QByteArray& raw)
{
    const int unit = m_encoding == TextEncoding::Utf8 ? 1 : 2;
    const char* data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    for (qsizetype i = std::max(m_scanFrom, m_start); i + unit <= size; i += unit) {
        const bool newline = unit == 1                             ? data[i] == '\n'
                             : m_encoding == TextEncoding::Utf16Le ? (data[i] == '\n' && data[i + 1] == 0)
                                                                   : (data[i] == 0 && data[i + 1] == '\n');
        if (!newline)
            continue;
        raw = m_buffer.mid(m_start, i - m_start);
        m_start = i + unit;
        m_scanFrom = m_start;
        return true;
    }
    m_scanFrom = std::max(m_start, size - ((size - m_start) % unit));
    return false;
}

QString TextLineReader::decode(const QByteArray& rawIn)
{
    QByteArray raw = rawIn;
    if (m_encoding == TextEncoding::Utf8) {
        if (raw.endsWith('\r'))
            raw.chop(1);
        if (raw.contains('\0')) {
            raw.replace(QByteArray(1, '\0'), QByteArray());
            m_result.unreadable.add(UnreadableReason::BinaryGarbage, m_lineNumber);
        }
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = decoder(raw);
        if (decoder.hasError()) {
            m_result.unreadable.add(UnreadableReason::BadEncoding, m_lineNumber);
            text = QString::fromLatin1(raw);
        }
        return text;
    }
    QString text;
    text.reserve(raw.size() / 2);
    for (qsizetype i = 0; i + 1 < raw.size(); i += 2) {
        const auto lo = std::uint8_t(raw[i]);
        const auto hi = std::uint8_t(raw[i + 1]);
        const char16_t unit =
            m_encoding == TextEncoding::Utf16Le ? char16_t(lo | hi << 8) : char16_t(hi | lo << 8);
        if (unit == 0) {
            m_result.unreadable.add(UnreadableReason::BinaryGarbage, m_lineNumber);
            continue;
        }
        text.append(QChar(unit));
    }
    if (text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return text;
}

bool TextLineReader::next(QString& line)
{
    for (;;) {
        QByteArray raw;
        if (takeLine(raw)) {
            ++m_lineNumber;
            if (m_skippingLongLine) {
                m_skippingLongLine = false;
                continue;
            }
            line = decode(raw);
            return true;
        }
        if (m_buffer.size() - m_start > m_options.maxLineBytes) {
            if (!m_skippingLongLine)
                m_result.unreadable.add(UnreadableReason::LineTooLong, m_lineNumber + 1);
            m_skippingLongLine = true;
            // Keep UTF-16 alignment: drop whole code units only.
            const qsizetype pending = m_buffer.size() - m_start;
            const qsizetype keep = m_encoding == TextEncoding::Utf8 ? 0 : pending % 2;
            m_buffer.remove(0, m_buffer.size() - keep);
            m_start = 0;
            m_scanFrom = 0;
        }
        if (!fill()) {
            if (m_buffer.size() == m_start || m_result.cancelled)
                return false;
            ++m_lineNumber;
            raw = m_buffer.mid(m_start);
            m_buffer.clear();
            m_start = 0;
            m_scanFrom = 0;
            if (m_skippingLongLine) {
                m_skippingLongLine = false;
                return false;
            }
            line = decode(raw);
            return true;
        }
    }
}
