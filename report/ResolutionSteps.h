// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportInput.h"

#include <QString>
#include <QStringList>

#include <vector>

/**
 * The KB 838438 steps for @p product in English, console labels exactly as the English
 * console shows them (JSON and logs stay English). An empty @p serverName becomes the KB's
 * "ServerName" placeholder, an empty @p arrayName (ISA 2006 Enterprise) "ArrayName". Unspecified: every
 * product's steps, each prefixed with the product name, so a reader who does not know the product still finds
 * theirs.
 */
QStringList resolutionSteps(ServerProduct product, const QString& serverName, const QString& arrayName = {});

/**
 * The same steps through the "Report" translation context, as HTML: sentences escaped,
 * console labels and the server name in <b>. Labels stay English because the console the
 * technician clicks through is the one Microsoft localised, not us.
 */
QStringList resolutionStepsHtml(ServerProduct product, const QString& serverName,
                                const QString& arrayName = {});

/**
 * "ISA Server Management > SERVER > Configuration > General > Define IP Preferences > IP Fragments";
 * ISA Server 2006 Enterprise goes through "Arrays > ARRAY" instead of the server. Empty names
 * become the KB's placeholders.
 */
QString consolePath(ServerProduct product, const QString& serverName, const QString& arrayName = {});

/** The products a report gives steps for: @p chosen, or every one when Unspecified. */
std::vector<ServerProduct> reportedProducts(ServerProduct chosen);

/** What applies to every product after the change (reconnect, Kerberos); English or translated. */
QStringList resolutionNotes(bool translated);

/** A product-specific remark (e.g. TMG 2010 does not block fragments by default); may be empty. */
QString productRemark(ServerProduct product, bool translated);
