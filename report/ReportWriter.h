// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportInput.h"

#include <QString>

/**
 * Writes the report to @p path atomically (QSaveFile): readers see the old file or the
 * complete new one, never half of it. Refuses to replace an existing file unless
 * options.overwrite. HTML and PDF need a QGuiApplication (the chart and the PDF draw text);
 * JSON does not. Returns false with a one-line @p error.
 */
bool writeReport(const QString& path, ReportFormat format, const ReportInput& input,
                 const ReportWriteOptions& options, QString* error);
