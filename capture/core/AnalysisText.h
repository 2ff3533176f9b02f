// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AnalysisResult.h"

#include <QString>

/** The human-readable summary printed by `frag792 analyze` (plain text, 100 columns). */
QString analysisToText(const AnalysisResult& result);
