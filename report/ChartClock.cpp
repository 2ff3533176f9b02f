// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartClock.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <array>
#include <cmath>

QString ChartClock::timeFormat(const QLocale& locale, bool seconds)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    if (!seconds || format.contains(QLatin1Char('s')))
        return format;
    // Short formats drop the seconds ("HH:mm", "h:mm AP"); put them right after the minutes,
    // with the locale's own separator, so "16:05" becomes "16:05:30" and "4:05 PM" "4:05:30 PM".
    const qsizetype minutes = format.lastIndexOf(QStringLiteral("mm"));
    if (minutes < 0)
        return format;
    const QChar separator = minutes > 0 ? format.at(minutes - 1) : QLatin1Char(':');
    const QChar sep = separator.isLetter() ? QLatin1Char(':') : separator;
    format.insert(minutes + 2, QString(sep) + QStringLiteral("ss"));
    return format;
}

QString ChartClock::tickLabel(const QLocale& locale, std::int64_t epochUs, bool seconds)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(epochUs / 1000);
    return locale.toString(local.time(), timeFormat(locale, seconds));
}

QString ChartClock::axisTitle(const QLocale& locale, std::int64_t epochUs)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(epochUs / 1000);
    //: Time axis of the activity charts. %1: time zone abbreviation such as CET, %2: the capture's date.
    return QCoreApplication::translate("Report", "Local time (%1), %2")
        .arg(local.timeZoneAbbreviation(), locale.toString(local.date(), QLocale::ShortFormat));
}

double ChartClock::tickStepSeconds(double spanS, int ticks)
{
    static constexpr std::array<double, 16> kSteps{1,   2,   5,   10,   15,   30,   60,    120,
                                                   300, 600, 900, 1800, 3600, 7200, 21600, 43200};
    const double wanted = spanS / std::max(1, ticks);
    for (double step : kSteps)
        if (step >= wanted)
            return step;
    return 86400 * std::max(1.0, std::ceil(wanted / 86400));
}
