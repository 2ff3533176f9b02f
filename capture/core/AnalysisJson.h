// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AnalysisResult.h"

#include <QJsonObject>

/**
 * The `--format json` contract (documented in README.md). Field names are stable;
 * new fields may be added, none renamed or removed. Texts are English.
 */
QJsonObject analysisToJson(const AnalysisResult& result);
