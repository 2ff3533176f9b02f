// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AnalysisResult.h"

#include <QIODevice>
#include <QJsonObject>

/**
 * The `--format json` contract (documented in README.md). Field names are stable;
 * new fields may be added, none renamed or removed. Texts are English.
 */
QJsonObject analysisToJson(const AnalysisResult& result);

/**
 * Writes the same document as analysisToJson() (indented) to @p out, one session at a
 * time, so a capture with thousands of IKE SAs never holds their whole JSON tree in
 * memory at once. Returns false when @p out fails.
 */
bool writeAnalysisJson(const AnalysisResult& result, QIODevice& out);
