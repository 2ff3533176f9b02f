// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AnalysisResult.h"

#include <QIODevice>
#include <QJsonObject>

/**
 * The `--format json` contract (documented in README.md). Field names are stable;
 * new fields may be added, none renamed or removed. Texts are English.
 *
 * writeAnalysisJson() is the one definition of the document: it streams it to @p out
 * (indented, in a readable key order) without building a tree, so a capture with
 * thousands of IKE SAs costs little. analysisToJson() parses that same output for the
 * report code that wants a QJsonObject.
 */
bool writeAnalysisJson(const AnalysisResult& result, QIODevice& out);
QJsonObject analysisToJson(const AnalysisResult& result);
