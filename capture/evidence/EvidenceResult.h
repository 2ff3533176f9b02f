// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EvidenceFormat.h"
#include "EvidenceItem.h"

#include <QList>

#include <array>
#include <atomic>
#include <cstdint>
#include <functional>

/** Why part of an evidence file could not be used. Keys are stable (kebab-case). */
enum class UnreadableReason : std::uint8_t
{
    LineTooLong,          ///< a line longer than the cap; skipped to the next line end
    BinaryGarbage,        ///< a line with NUL or control bytes in a text format
    BadEncoding,          ///< bytes that are not valid in the detected encoding (read as Latin-1)
    MalformedXml,         ///< XML that is not well formed; reading stopped there
    XmlTokenTooLarge,     ///< one XML token (a text node, a tag) past the cap
    FieldCountMismatch,   ///< a W3C/CSV row with more or fewer fields than its header names
    MissingFieldsHeader,  ///< W3C data rows before any #Fields: line
    BadTime,              ///< a date/time that could not be read
    BadAddress,           ///< an address/port that could not be read
    BadResultCode,        ///< a result-code column that is not a code
    RecordUnreadable,     ///< an EVTX/EVT record the library could not read
    RecordTruncated,      ///< a record whose values were cut at the caps
    FileCorrupted,        ///< the library flagged the file corrupted (some records recovered)
    UnrecognisedLanguage, ///< a rendered message in a language whose strings are not known
    UnknownEvent,         ///< an event of a recognised provider whose ID is not recognised
    NotRecognised,        ///< the file's format could not be determined
    OpenFailed,           ///< the file could not be opened (or its reader module loaded)
    Count
};

QString unreadableReasonKey(UnreadableReason reason);

/** Per-reason counters plus the first place each reason was seen (line or record number). */
struct UnreadableCounters
{
    std::array<std::uint64_t, std::size_t(UnreadableReason::Count)> counts{};
    std::array<std::uint64_t, std::size_t(UnreadableReason::Count)> firstAt{};

    void add(UnreadableReason reason, std::uint64_t where, std::uint64_t n = 1)
    {
        auto& c = counts[std::size_t(reason)];
        if (c == 0)
            firstAt[std::size_t(reason)] = where;
        c += n;
    }
    std::uint64_t of(UnreadableReason reason) const { return counts[std::size_t(reason)]; }
    std::uint64_t total() const;
};

/** What a firewall log as a whole shows, so that "no 0xC0040013 row" is never read as proof. */
struct FirewallLogStats
{
    std::uint64_t rows = 0; ///< data rows read
    std::uint64_t rowsWithResultCode = 0;
    std::uint64_t droppedPacketRows = 0; ///< rows with any FWX_E_*_DROPPED-family code
    std::uint64_t fragmentDropRows = 0;  ///< rows with 0xC0040013
    std::uint64_t ikeRows = 0;           ///< rows for UDP 500/4500 (any outcome)
    bool resultCodeColumn = false;       ///< the header names a result-code column (W3C "status")
    QString software;                    ///< W3C #Software: line, e.g. "Microsoft Internet Security..."
};

/** Limits and hooks for one read. */
struct EvidenceReadOptions
{
    std::int64_t maxLineBytes = 1 << 20;      ///< longer lines are skipped and counted
    int maxItems = 1000;                      ///< items kept; the rest are counted
    std::int64_t maxXmlTokenBytes = 16 << 20; ///< one XML token larger than this stops XML reading
    std::int64_t maxRecordBytes = 1 << 20;    ///< EVTX/EVT record XML/strings cap
    int evtxTimeoutMs = 60'000;               ///< the EVTX reader process is killed after this
    /** Called now and then with (bytes read, total bytes; total 0 when unknown). */
    std::function<void(std::int64_t, std::int64_t)> progress;
    /** Set from any thread to stop reading; what was read so far is kept. */
    const std::atomic<bool>* cancel = nullptr;

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
};

/** The outcome of reading one evidence file. Never thrown; always filled as far as it got. */
struct EvidenceResult
{
    QString source; ///< the file's path
    EvidenceFormat format = EvidenceFormat::Unknown;
    QString formatReason;           ///< which content rule decided the format (English, for logs)
    QList<EvidenceItem> items;      ///< at most EvidenceReadOptions::maxItems, strongest kept
    std::uint64_t itemsDropped = 0; ///< recognised but not kept (past the cap)
    std::uint64_t recordsRead = 0;  ///< events, rows or lines looked at
    std::uint64_t recordsRecognised = 0;
    UnreadableCounters unreadable;
    FirewallLogStats firewall; ///< filled for firewall logs only
    std::int64_t bytesRead = 0;
    std::int64_t bytesTotal = 0;
    bool cancelled = false;
    QString stoppedEarly; ///< why reading stopped before the end (English), empty if it did not
};
