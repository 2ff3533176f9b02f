// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Finding.h"
#include "Verdict.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

/**
 * What Windows logs (event logs, firewall logs; read by capture/evidence) add to an analysis, as
 * data the JSON, the text output and the report render. Built by the evidence library's
 * Corroborator; the engine and its outputs only read it, so core does not depend on the readers.
 */
struct CorroborationItem
{
    QString source;   ///< the file it came from
    QString kind;     ///< evidenceKindKey(): "firewall-fragment-dropped", "ipsec-main-mode-failed", ...
    QString strength; ///< evidenceStrengthKey(): "locating", "indicative", ...
    /** UTC milliseconds since 1970 when the source's zone is known, else empty. */
    std::optional<std::int64_t> timeUtcMs;
    /** Wall-clock reading of a local-time source (zone unknown), milliseconds as if UTC. */
    std::optional<std::int64_t> localTimeMs;
    std::optional<std::int64_t> errorCode; ///< Windows error (792, 13805) or firewall result code
    Finding detail;                        ///< what the item says, as a code with arguments
    QStringList names;                     ///< computer, rule, connection names: redaction hides them
};

/** One evidence file as read: how far, in which format, which time zone was assumed. */
struct CorroborationFile
{
    QString source;
    QString format;   ///< evidenceFormatKey()
    QString timeZone; ///< "utc" or "unknown" (the exporting machine's local time)
    std::uint64_t recordsRead = 0;
    std::uint64_t recognised = 0;
    std::uint64_t unreadable = 0;
    bool readable = true; ///< false: not opened or not recognised (the CLI exits 3)
    QString stoppedEarly;
};

/** How the logs relate to the packet verdict. Keys are stable (JSON). */
enum class CorroborationRelation : std::uint8_t
{
    NoCapture, ///< no packets: the verdict, if any, came from the logs
    Corroborates,
    Contradicts, ///< the logs point elsewhere; the packet verdict stands and both are shown
    Neutral      ///< the logs neither confirm nor contradict the packets
};
QString corroborationRelationKey(CorroborationRelation relation);

/**
 * Where a log item falls against the capture, which decides how its time reads: seconds into
 * the capture only inside it (a log from another day would read "-521,298,160.5 s"), the UTC date
 * and time and the side it falls on outside it.
 */
enum class ItemPlacement : std::uint8_t
{
    TimeUnknown,   ///< neither a UTC nor a local time
    LocalTime,     ///< the exporting machine's clock, zone unknown: not placed on the capture
    NoCapture,     ///< a UTC time, and no packet to place it against
    InCapture,     ///< between the capture's first and last packet
    BeforeCapture, ///< UTC, earlier than the first packet
    AfterCapture,  ///< UTC, later than the last packet
};
/** JSON "placement": "in-capture", "before-capture", "after-capture", "no-capture", "local-time",
 * "time-unknown". */
const char* itemPlacementKey(ItemPlacement placement);
/** @p item's UTC time must be a real date (the evidence parsers clamp to years 1601-9999), so µs fit. */
ItemPlacement placeItem(const CorroborationItem& item, std::uint64_t packets, std::int64_t firstTimestampUs,
                        std::int64_t lastTimestampUs);

struct Corroboration
{
    std::vector<CorroborationFile> files;
    std::vector<CorroborationItem> items; ///< at most kMaxItems, strongest kept
    std::uint64_t itemsDropped = 0;       ///< recognised items past the cap
    CorroborationRelation relation = CorroborationRelation::NoCapture;
    std::optional<VerdictCode> logsVerdict; ///< what the logs alone say, if anything
    Findings notes;                         ///< alignment, absence of rows, agreement or contradiction

    static constexpr std::size_t kMaxItems = 1000;
};
