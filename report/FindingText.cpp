// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindingText.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <climits>

namespace {

class TranslatedLanguage final : public FindingLanguage
{
public:
    QString pattern(FindingCode code, std::int64_t count) const override
    {
        const FindingSource s = findingSource(code);
        // The count picks the plural form and fills %Ln, formatted by the default locale.
        const int n = s.singular ? int(std::clamp<std::int64_t>(count, 0, INT_MAX)) : -1;
        const QString text = QCoreApplication::translate(kFindingContext, s.text, nullptr, n);
        // Without a catalogue (the command line's HTML report, an English build without
        // frag792_en.qm) Qt returns the plural source; the table's own singular is right for one.
        if (n == 1 && text == QString::fromUtf8(s.text).replace(QLatin1String("%Ln"), QLatin1String("1")))
            return QString::fromUtf8(s.singular).replace(QLatin1String("%Ln"), QLatin1String("1"));
        return text;
    }
    QString word(const char* source) const override
    {
        return QCoreApplication::translate(kFindingContext, source);
    }
    QString number(std::int64_t n) const override { return QLocale().toString(qlonglong(n)); }
    QString seconds(double s) const override { return QLocale().toString(s, 'f', 1); }
};

const TranslatedLanguage& translated()
{
    static const TranslatedLanguage language;
    return language;
}

} // namespace

QString findingText(const Finding& finding)
{
    return renderFinding(finding, translated());
}

QStringList findingTexts(const Findings& findings)
{
    return renderFindings(findings, translated());
}

QString vantagePointText(VantagePoint point)
{
    return QCoreApplication::translate(kFindingContext, vantageWordSource(point));
}

QString vantagePlaceText(VantagePoint point)
{
    return QCoreApplication::translate(kFindingContext, vantagePlaceSource(point));
}

QString verdictTitleText(VerdictCode code)
{
    return QCoreApplication::translate("Verdict", verdictTitleSource(code));
}

QString verdictExplanationText(VerdictCode code)
{
    return QCoreApplication::translate("Verdict", verdictExplanationSource(code));
}
