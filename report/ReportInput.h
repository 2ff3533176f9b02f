// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AnalysisResult.h"
#include "CaseModel.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

/**
 * Everything the wizard or the command line knows about one case. The captures' results are
 * shared, never copied: a result is megabytes and the wizard already holds it.
 */
struct ReportInput
{
    SharedAnalysisResult before; ///< the diagnosis capture; null: none was analysed (reported as empty)
    SharedAnalysisResult after;  ///< the verification capture after the fix; null: none yet
    ServerProduct product = ServerProduct::Unspecified;
    QString serverName; ///< used in the console path ("ISA Server Management > SERVERNAME > ...")
    QString arrayName;  ///< ISA Server 2006 Enterprise: the array that holds the setting
    QString caseTitle, technician, notes;
    QString errorCode = QStringLiteral("792");
    QString vpnProtocol = QStringLiteral("L2TP/IPsec");
    std::optional<IkeAuthentication> authentication; ///< unset: not given
    /** Replace IP addresses, the server name and redactNames with stable labels (client-1, server-1, host-3).
     */
    bool redact = false;
    /** More names to hide when redacting: certificate subjects, host names the user typed. */
    QStringList redactNames;
    /** When set, the report states this as its generation time (tests and reproducible output). */
    QDateTime generatedAt;

    /** *before, or an empty result when there is none. */
    const AnalysisResult& beforeResult() const;
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
