// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportInput.h"

#include <QImage>
#include <QString>

struct ReportHtmlOptions
{
    /**
     * Where the chart <img> points. Empty: an inline data:image/png;base64 URI, so the HTML
     * file stands alone. The PDF writer sets a resource name instead, because QTextDocument
     * does not load data: URIs itself.
     */
    QString chartSource;
};

/** Self-contained HTML (inline CSS, chart inline, no external resources); also the source of the PDF. */
QString reportHtml(const ReportInput& input);
QString reportHtml(const ReportInput& input, const ReportHtmlOptions& options);

/**
 * The chart the report shows, drawn from the diagnosis capture's whole ActivitySeries (a live
 * capture's report covers all of it, not the last minute a widget showed).
 */
QImage reportChart(const ReportInput& input);

/** The report's version string: the application's, else the version this library was built as. */
QString reportGeneratorVersion();
