// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Verdict.h"

#include <QCoreApplication>
#include <QString>

/** What the technician should do next for a verdict, translated. */
class VerdictAdvice
{
    Q_DECLARE_TR_FUNCTIONS(VerdictAdvice)

public:
    /** After the first capture: what the verdict means for KB 838438 and where the wizard goes. */
    static QString afterDiagnosis(VerdictCode code);
    /** After the verification capture: the case is closed, or what to try next. */
    static QString afterVerification(VerdictCode code);

private:
    /** Shared by both runs: a verdict that points away from the server's fragment setting. */
    static QString elsewhere(VerdictCode code);
};
