// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EvidenceFormat.h"
#include "EvidenceResult.h"

#include <QString>
#include <QStringDecoder>

#include <vector>

class QIODevice;

/**
 * Streams a text file line by line in constant memory: reads fixed-size chunks, splits on line
 * ends in the file's own encoding (UTF-8, UTF-16 LE/BE), caps each line at
 * EvidenceReadOptions::maxLineBytes (a longer line is skipped up to its end and counted), and
 * reports progress and honours cancellation between chunks. Lines come back without CR/LF;
 * NUL bytes are dropped and counted, bytes that are not UTF-8 are read as Latin-1 and counted.
 *
 * Steady state allocates nothing: one buffer is sized at construction and the caller's QString
 * is decoded into in place (its capacity reused), so a multi-GB log neither grows the heap nor
 * churns it (allocator caches and ASan's quarantine would otherwise hold hundreds of MB).
 */
class TextLineReader
{
public:
    TextLineReader(QIODevice& device, TextEncoding encoding, int skipBytes,
                   const EvidenceReadOptions& options, EvidenceResult& result);

    /** The next line, written into @p line (reuse one QString across calls); false at the end
     *  of the file, on a read error or when cancelled. */
    bool next(QString& line);
    /** 1-based number of the line last returned. */
    std::uint64_t lineNumber() const { return m_lineNumber; }

private:
    bool fill();
    /** Finds the next complete line in the buffer: its bytes are [begin, begin + size). */
    bool takeLine(qsizetype& begin, qsizetype& size);
    void decode(qsizetype begin, qsizetype size, QString& line);
    void reportProgress(bool force);

    QIODevice& m_device;
    TextEncoding m_encoding;
    const EvidenceReadOptions& m_options;
    EvidenceResult& m_result;
    QStringDecoder m_utf8;
    std::vector<char> m_buffer; ///< fixed size: the line cap plus one chunk
    qsizetype m_end = 0;        ///< bytes of m_buffer in use
    qsizetype m_start = 0;      ///< first unconsumed byte
    qsizetype m_scanFrom = 0;   ///< where the newline search resumes
    bool m_skippingLongLine = false;
    bool m_eof = false;
    std::uint64_t m_lineNumber = 0;
    std::int64_t m_lastProgress = 0;
};
