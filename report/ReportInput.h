// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AnalysisResult.h"
#include "CaseModel.h"

#include <QDateTime>
#include <QImage>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

/** Everything the wizard or the command line knows about one case. */
struct ReportInput
{
    AnalysisResult before;               ///< the diagnosis capture
    std::optional<AnalysisResult> after; ///< the verification capture after the fix, if any
    ServerProduct product = ServerProduct::Unspecified;
    QString serverName; ///< used in the console path ("ISA Server Management > SERVERNAME > ...")
    QString arrayName;  ///< ISA Server 2006 Enterprise: the array that holds the setting
    QString caseTitle, technician, notes;
    QString errorCode = QStringLiteral("792");
    QString vpnProtocol = QStringLiteral("L2TP/IPsec");
    QString authentication;
    /** Replace IP addresses, the server name and redactNames with stable labels (client-1, server-1, host-3).
     */
    bool redact = false;
    /** More names to hide when redacting: certificate subjects, host names the user typed. */
    QStringList redactNames;
    QImage chart; ///< optional; when null the report renders its own chart from before.activity
    /** When set, the report states this as its generation time (tests and reproducible output). */
    QDateTime generatedAt;
};

enum class ReportFormat
{
    Html,
    Pdf,
    Json
};

/** By extension (.html/.htm, .pdf, .json; case-insensitive); nullopt for anything else. */
std::optional<ReportFormat> reportFormatFromPath(const QString& path);

struct ReportWriteOptions
{
    bool overwrite = false;
};

// The wizard was promised every report function through this one header; each group
// still lives in its own header, which includes this one for the types above.
#include "ActivityChartRenderer.h"
#include "ReportHtml.h"
#include "ReportJson.h"
#include "ReportWriter.h"
#include "ResolutionSteps.h"
