// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportInput.h"

#include <QString>

class QIODevice;

/**
 * Lays reportHtml() out on A4 pages (QTextDocument + QPdfWriter) with margins and a
 * "page X of N" footer, the chart embedded. Needs a QGuiApplication (fonts). Returns false
 * with a one-line @p error when the pages could not be drawn.
 */
bool writeReportPdf(QIODevice* device, const ReportInput& input, QString* error);
