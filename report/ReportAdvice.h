// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Verdict.h"

#include <QString>

/**
 * The verdict table's advice (Verdict.cpp holds every sentence and rule), rendered for a
 * reader: @p translated picks the installed translation (wizard, HTML/PDF) or the English
 * source (JSON). The wizard and both report formats call these, so they say the same thing.
 */
QString verdictAdviceText(VerdictCode code, VerdictAdvice advice, bool translated);

/** "Case closed." or "Not resolved yet.": the verification capture's verdict in a word, translated. */
QString caseStatusText(VerdictCode after);
