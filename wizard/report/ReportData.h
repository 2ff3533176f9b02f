// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AnalysisResult.h"

#include <QDateTime>
#include <QImage>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

/** The firewall product whose console the resolution steps walk through. */
enum class Product
{
    Unspecified, ///< the report lists the path for every product
    Isa2004,
    Isa2006,
    TmgMbe,
    Tmg2010
};

/** "isa2004", "isa2006", "tmg-mbe", "tmg2010"; Unspecified for anything else (including ""). */
Product productFromKey(const QString& key);
/** The stable key (CLI and JSON); an empty string for Unspecified. */
QString productKey(Product product);
/** The product's full English name, e.g. "ISA Server 2006"; untranslated because it is a product name. */
QString productName(Product product);
/** The four concrete products, in the order the report lists them. */
const std::array<Product, 4>& allProducts();

/** Everything the wizard or the command line knows about one case. */
struct ReportInput
{
    AnalysisResult before;               ///< the diagnosis capture
    std::optional<AnalysisResult> after; ///< the verification capture after the fix, if any
    Product product = Product::Unspecified;
    QString serverName; ///< used in the console path ("ISA Server Management > SERVERNAME > ...")
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
