// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AnalysisResult.h"

#include <QIODevice>
#include <QString>

/**
 * The human-readable summary printed by `frag792 analyze` (plain text, 100 columns), written
 * line by line to @p out as it is made. False when a write failed.
 */
bool writeAnalysisText(const AnalysisResult& result, QIODevice& out);
/** The same summary as one string (tests, fuzzing): small captures only. */
QString analysisToText(const AnalysisResult& result);
