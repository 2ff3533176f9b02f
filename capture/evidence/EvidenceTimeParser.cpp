// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceTimeParser.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QTime>
#include <QTimeZone>

namespace EvidenceTimeParser {

namespace {

EvidenceTime make(const QDate& date, int h, int m, int s, int ms, TimeBasis basis, int offsetSeconds = 0)
{
    EvidenceTime t;
    const QTime time(h, m, s, ms);
    if (!date.isValid() || !time.isValid())
        return t;
    t.basis = basis;
    t.msecs = QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch() - std::int64_t(offsetSeconds) * 1000;
    return t;
}

int fractionToMs(const QString& fraction)
{
    if (fraction.isEmpty())
        return 0;
    return fraction.left(3).leftJustified(3, QLatin1Char('0')).toInt();
}

} // namespace

EvidenceTime parseIso(QStringView text, TimeBasis withoutZone)
{
    static const QRegularExpression iso(QStringLiteral(
        "^\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?\\s*"
        "(Z|[+-]\\d{2}:?\\d{2})?\\s*$"));
    const auto m = iso.match(text.toString());
    if (!m.hasMatch())
        return {};
    const QString zone = m.captured(8);
    int offset = 0;
    TimeBasis basis = withoutZone;
    if (!zone.isEmpty()) {
        basis = TimeBasis::Utc;
        if (zone != QLatin1String("Z")) {
            const QString digits = QString(zone).remove(QLatin1Char(':'));
            offset = (digits.mid(1, 2).toInt() * 60 + digits.mid(3, 2).toInt()) * 60;
            if (digits.startsWith(QLatin1Char('-')))
                offset = -offset;
        }
    }
    return make(QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()),
                m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(),
                fractionToMs(m.captured(7)), basis, offset);
}

EvidenceTime parseDateAndTime(QStringView date, QStringView time, TimeBasis basis)
{
    return parseIso(QString(date.trimmed().toString() + QLatin1Char(' ') + time.trimmed().toString()), basis);
}

EvidenceTime parseLocal(QStringView text, DayOrder order)
{
    const EvidenceTime iso = parseIso(text, TimeBasis::LocalUnknownZone);
    if (iso.isSet())
        return iso;
    static const QRegularExpression local(
        QStringLiteral("^\\s*(\\d{1,4})[./-](\\d{1,2})[./"
                       "-](\\d{1,4})[,]?\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,7}))?)?"
                       "\\s*([AaPp]\\.?\\s?[Mm]\\.?)?\\s*$"));
    const auto m = local.match(text.toString());
    if (!m.hasMatch())
        return {};
    int a = m.captured(1).toInt();
    int b = m.captured(2).toInt();
    int year = m.captured(3).toInt();
    int day = 0;
    int month = 0;
    bool ambiguous = false;
    if (m.captured(1).size() == 4) { // y/m/d
        year = a;
        month = b;
        day = m.captured(3).toInt();
    } else {
        if (year < 100)
            year += 2000;
        if (a > 12 && b <= 12) {
            day = a;
            month = b;
        } else if (b > 12 && a <= 12) {
            month = a;
            day = b;
        } else {
            ambiguous = a != b;
            day = order == DayOrder::DayFirst ? a : b;
            month = order == DayOrder::DayFirst ? b : a;
        }
    }
    int hour = m.captured(4).toInt();
    const QString meridiem = m.captured(8).toLower();
    if (!meridiem.isEmpty()) {
        if (hour < 1 || hour > 12)
            return {};
        const bool pm = meridiem.startsWith(QLatin1Char('p'));
        hour = hour % 12 + (pm ? 12 : 0);
    }
    EvidenceTime t = make(QDate(year, month, day), hour, m.captured(5).toInt(), m.captured(6).toInt(),
                          fractionToMs(m.captured(7)), TimeBasis::LocalUnknownZone);
    t.dayMonthAmbiguous = t.isSet() && ambiguous;
    return t;
}

EvidenceTime fromFileTime(std::uint64_t fileTime)
{
    // 1601-01-01 to 1970-01-01 in 100 ns units; values before 1970 or past 9999 are not plausible.
    constexpr std::uint64_t kEpochDelta = 116'444'736'000'000'000ULL;
    constexpr std::uint64_t kMax = kEpochDelta + 253'402'300'799ULL * 10'000'000ULL;
    if (fileTime < kEpochDelta || fileTime > kMax)
        return {};
    EvidenceTime t;
    t.basis = TimeBasis::Utc;
    t.msecs = std::int64_t((fileTime - kEpochDelta) / 10'000);
    return t;
}

EvidenceTime fromUnixSeconds(std::int64_t seconds)
{
    if (seconds <= 0 || seconds > 253'402'300'799LL)
        return {};
    EvidenceTime t;
    t.basis = TimeBasis::Utc;
    t.msecs = seconds * 1000;
    return t;
}

} // namespace EvidenceTimeParser
