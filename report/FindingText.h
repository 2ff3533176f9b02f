// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Finding.h"
#include "Verdict.h"

#include <QString>
#include <QStringList>

/**
 * The engine's findings and verdict texts as the technician reads them: translated through the
 * installed translators (the English catalogue gives English plurals) and numbers and
 * durations formatted by the default QLocale ("16,3 s" in German). The wizard and the HTML/PDF
 * report call these; JSON and the CLI use the engine's English (findingEnglish) instead.
 */
QString findingText(const Finding& finding);
QStringList findingTexts(const Findings& findings);

/** The vantage point as a noun ("server") and as a place ("at the server"), translated. */
QString vantagePointText(VantagePoint point);
QString vantagePlaceText(VantagePoint point);

/** The verdict's title and explanation, translated. */
QString verdictTitleText(VerdictCode code);
QString verdictExplanationText(VerdictCode code);
