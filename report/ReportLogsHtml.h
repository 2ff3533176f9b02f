// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AnalysisResult.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

/** The report's "Windows logs" section (heading excluded): the logs read beside the analysis. */
class ReportLogsHtml
{
    Q_DECLARE_TR_FUNCTIONS(Report)

public:
    /** @p escape redacts and HTML-escapes a text that may name hosts or addresses. */
    static QString body(const AnalysisResult& result, const std::function<QString(const QString&)>& escape);

    /**
     * When an item happened, in words: seconds into the capture inside it, the UTC date and time
     * and the side it falls on outside it (placeItem() decides), the exporting machine's clock
     * when the zone is unknown.
     */
    static QString itemTime(const CorroborationItem& item, const AnalysisResult& result);
};
