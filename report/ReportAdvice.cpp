// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportAdvice.h"

#include <QCoreApplication>

QString verdictAdviceText(VerdictCode code, VerdictAdvice advice, bool translated)
{
    const char* source = verdictAdviceSource(code, advice);
    return translated ? QCoreApplication::translate(kVerdictAdviceContext, source)
                      : QString::fromUtf8(source);
}

QString caseStatusText(VerdictCode after)
{
    return verdictClosesCase(after) ? QCoreApplication::translate("Report", "Case closed.")
                                    : QCoreApplication::translate("Report", "Not resolved yet.");
}
