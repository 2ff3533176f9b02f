// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

#include <cstdint>

/**
 * How both activity charts (the report's and the wizard's live one) label their time axis:
 * clock time in the local zone, in the user's locale, with seconds when ticks are closer
 * than a minute. One home, so the two charts read the same.
 */
class ChartClock
{
public:
    /** The locale's short time format, with seconds added when @p seconds and it has none. */
    static QString timeFormat(const QLocale& locale, bool seconds);
    /** One tick label: @p epochUs in local time. */
    static QString tickLabel(const QLocale& locale, std::int64_t epochUs, bool seconds);
    /** "Local time (CET), 02/12/2026": the zone and the date of @p epochUs, translated. */
    static QString axisTitle(const QLocale& locale, std::int64_t epochUs);
    /** A tick step in seconds (1, 2, 5, 10, 15, 30 s, 1, 2, 5, 10, 15, 30 min, 1 h, ...) giving about @p
     * ticks over @p spanS. */
    static double tickStepSeconds(double spanS, int ticks);
};
