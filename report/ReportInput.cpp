// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportInput.h"

#include <QFileInfo>

const AnalysisResult& ReportInput::beforeResult() const
{
    static const AnalysisResult none;
    return before ? *before : none;
}

std::optional<ReportFormat> reportFormatFromPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return ReportFormat::Html;
    if (suffix == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    if (suffix == QLatin1String("json"))
        return ReportFormat::Json;
    return std::nullopt;
}
