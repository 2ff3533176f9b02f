// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EvidenceItem.h"

#include <QStringView>

/** Reads the date/time shapes the evidence formats use. An unreadable time has basis None. */
namespace EvidenceTimeParser {

/** Which of day and month a slash date puts first, from the export's language. */
enum class DayOrder : std::uint8_t
{
    MonthFirst, ///< en-US "5/20/2010 2:32:10 PM"
    DayFirst    ///< de, fr, es, pt-BR "20/05/2010 14:32:10", "20.05.2010 14:32:10"
};

/**
 * "2010-05-20T12:32:10.1234567Z", "2010-05-20 12:32:10", "2010-05-20T12:32:10.940": a trailing
 * "Z" or "+00:00"-style offset gives UTC, otherwise @p withoutZone applies.
 */
EvidenceTime parseIso(QStringView text, TimeBasis withoutZone);
/** A date and a time from separate W3C columns ("2006-10-27", "00:00:00.123"). */
EvidenceTime parseDateAndTime(QStringView date, QStringView time, TimeBasis basis);
/**
 * A locale-formatted local time: d/m/y or m/d/y with "/", "." or "-", 12 h (AM/PM, a.m./p.m.)
 * or 24 h, optional seconds; ISO shapes are accepted too. Basis is LocalUnknownZone. When the
 * day is 12 or less the order cannot be told from the value and @p order decides
 * (dayMonthAmbiguous is set).
 */
EvidenceTime parseLocal(QStringView text, DayOrder order);
/** Windows FILETIME (100 ns since 1601-01-01 UTC). */
EvidenceTime fromFileTime(std::uint64_t fileTime);
/** Seconds since 1970 UTC (EVT records). */
EvidenceTime fromUnixSeconds(std::int64_t seconds);

} // namespace EvidenceTimeParser
