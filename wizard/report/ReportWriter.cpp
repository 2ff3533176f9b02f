// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportWriter.h"

#include "ReportHtml.h"
#include "ReportJson.h"
#include "ReportPdf.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QSaveFile>

namespace {

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

bool writeReport(const QString& path, ReportFormat format, const ReportInput& input,
                 const ReportWriteOptions& options, QString* error)
{
    if (path.isEmpty())
        return fail(error, QCoreApplication::translate("Report", "no report file name given"));
    const QFileInfo info(path);
    if (info.isDir())
        return fail(error, QCoreApplication::translate("Report", "%1 is a directory").arg(path));
    // Checked before writing, so a refusal costs nothing; a file created in the moment
    // between this check and the final rename would still be replaced (QSaveFile has no
    // "rename unless exists").
    if (info.exists() && !options.overwrite)
        return fail(error,
                    QCoreApplication::translate("Report", "%1 already exists; not replacing it").arg(path));
    // Without one, drawing the chart's text would abort the process inside QtGui.
    if (format != ReportFormat::Json && !qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return fail(error, QCoreApplication::translate(
                               "Report", "HTML and PDF reports need a QGuiApplication; none is running"));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(
            error,
            QCoreApplication::translate("Report", "cannot write %1: %2").arg(path, file.errorString()));

    QString renderError;
    bool rendered = true;
    switch (format) {
    case ReportFormat::Html:
        rendered = file.write(reportHtml(input).toUtf8()) >= 0;
        break;
    case ReportFormat::Json:
        rendered = file.write(QJsonDocument(reportJson(input)).toJson(QJsonDocument::Indented)) >= 0;
        break;
    case ReportFormat::Pdf:
        rendered = writeReportPdf(&file, input, &renderError);
        break;
    }
    if (!rendered) {
        file.cancelWriting();
        return fail(error, QCoreApplication::translate("Report", "cannot write %1: %2")
                               .arg(path, renderError.isEmpty() ? file.errorString() : renderError));
    }
    if (!file.commit())
        return fail(
            error,
            QCoreApplication::translate("Report", "cannot write %1: %2").arg(path, file.errorString()));
    return true;
}
