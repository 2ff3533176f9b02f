// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Verdict.h"

#include <QString>

/**
 * The report's judgement sentences, shared by HTML and JSON so both say the same thing.
 * @p translated picks the "Report" translation (HTML/PDF) or the English source (JSON).
 */

/** How the resolution steps relate to this diagnosis: the fix, or only a reference. */
QString resolutionIntro(VerdictCode before, bool translated);

/** True when the verification capture shows the negotiation completing. */
bool verificationClosesCase(VerdictCode after);

/** What the verification capture means and, unless it closes the case, what to try next. */
QString verificationAdvice(VerdictCode after, bool translated);
