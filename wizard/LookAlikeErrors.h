// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

/** One Windows VPN error a technician may confuse with 792, with Microsoft's wording. */
struct LookAlikeError
{
    int code = 0;
    QString symbol;     ///< ERROR_OAKLEY_TIMED_OUT, ... (never translated)
    QString message;    ///< Microsoft's message text, translated
    QString difference; ///< how to tell it from 792, translated
    QString pointsTo;   ///< where it points instead, translated (empty for 792)
};

/** 792 first, then the look-alikes in numeric order. Texts are translated at call time. */
QList<LookAlikeError> lookAlikeErrors();
/** The entry for @p code; an entry with code 0 when unknown. */
LookAlikeError lookAlikeError(int code);
