// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportWriter.h"

#include "AtomicFileWriter.h"
#include "ReportHtml.h"
#include "ReportJson.h"
#include "ReportPdf.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>

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
    // Without one, drawing the chart's text would abort the process inside QtGui.
    if (format != ReportFormat::Json && !qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return fail(error, QCoreApplication::translate(
                               "Report", "HTML and PDF reports need a QGuiApplication; none is running"));

    AtomicFileWriter file(path, options.overwrite ? AtomicFileWriter::Mode::Replace
                                                  : AtomicFileWriter::Mode::KeepExisting);
    auto refused = [&] {
        return fail(
            error,
            file.targetExists()
                ? QCoreApplication::translate("Report", "%1 already exists; not replacing it").arg(path)
                : QCoreApplication::translate("Report", "cannot write %1: %2").arg(path, file.errorString()));
    };
    if (!file.open())
        return refused();

    QString renderError;
    bool rendered = true;
    QIODevice* out = file.device();
    switch (format) {
    case ReportFormat::Html:
        rendered = out->write(reportHtml(input).toUtf8()) >= 0;
        break;
    case ReportFormat::Json:
        rendered = writeReportJson(input, *out);
        break;
    case ReportFormat::Pdf:
        rendered = writeReportPdf(out, input, &renderError);
        break;
    }
    if (!rendered) {
        const QString why = renderError.isEmpty() ? out->errorString() : renderError;
        file.cancel();
        return fail(error, QCoreApplication::translate("Report", "cannot write %1: %2").arg(path, why));
    }
    if (!file.commit())
        return refused();
    return true;
}
