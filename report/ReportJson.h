// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportInput.h"

#include <QIODevice>
#include <QJsonObject>

/**
 * The engine's document for input.before (as `--format json` writes it) plus a "report"
 * object: product, server_name, case, environment, resolution_steps[], verification and
 * after (the engine's document for the verification capture, or null). English throughout.
 *
 * Written in one streaming pass, never built as a tree. With input.redact every string value
 * passes the report's Redactor on its way out, the engine's fields included; only the
 * technician (the report's author, not a secret of the network) is written as given.
 */
bool writeReportJson(const ReportInput& input, QIODevice& out);

/** writeReportJson() parsed back, for tests and callers that want a QJsonObject. */
QJsonObject reportJson(const ReportInput& input);
