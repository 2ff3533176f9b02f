// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportData.h"

#include <QString>
#include <QStringList>

/**
 * The KB 838438 steps for @p product in English, console labels exactly as the English
 * console shows them (JSON and logs stay English). An empty @p serverName becomes the KB's
 * "ServerName" placeholder. Unspecified: every product's steps, each prefixed with the
 * product name, so a reader who does not know the product still finds theirs.
 */
QStringList resolutionSteps(Product product, const QString& serverName);

/**
 * The same steps through the "Report" translation context, as HTML: sentences escaped,
 * console labels and the server name in <b>. Labels stay English because the console the
 * technician clicks through is the one Microsoft localised, not us.
 */
QStringList resolutionStepsHtml(Product product, const QString& serverName);

/** "ISA Server Management > SERVER > Configuration > General > Define IP Preferences > IP Fragments". */
QString consolePath(Product product, const QString& serverName);

/** What applies to every product after the change (reconnect, Kerberos); English or translated. */
QStringList resolutionNotes(bool translated);

/** A product-specific remark (e.g. TMG 2010 does not block fragments by default); may be empty. */
QString productRemark(Product product, bool translated);
