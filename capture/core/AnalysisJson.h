// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AnalysisResult.h"

#include <QIODevice>
#include <QJsonObject>

class JsonWriter;

/**
 * The `--format json` contract (documented in README.md). Field names are stable;
 * new fields may be added, none renamed or removed. Texts are English.
 *
 * writeAnalysisJson() is the one definition of the document: it streams it to @p out
 * (indented, in a readable key order) without building a tree, so a capture with
 * thousands of IKE SAs costs little. analysisToJson() parses that same output for code
 * that wants a QJsonObject (tests, the fuzzer).
 */
bool writeAnalysisJson(const AnalysisResult& result, QIODevice& out);
/**
 * The same document's members into an object the caller has opened, so that another
 * document (the report) streams it as its own top level; @p source and @p version stand for
 * `source` (the report may shorten it) and `frag792_version`.
 */
void writeAnalysisMembers(JsonWriter& writer, const AnalysisResult& result, const QString& source,
                          const QString& version);
QJsonObject analysisToJson(const AnalysisResult& result);
