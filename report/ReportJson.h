// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportInput.h"

#include <QJsonObject>

/**
 * analysisToJson(input.before) plus a "report" object: product, server_name, case,
 * environment, resolution_steps[], verification and after (analysisToJson(after) or null).
 * English throughout, like the engine's JSON; with input.redact every string is redacted,
 * the engine's fields included.
 */
QJsonObject reportJson(const ReportInput& input);
