// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportPdf.h"

#include "ReportHtml.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace {

constexpr int kDpi = 300;
constexpr double kMarginSideMm = 18;
constexpr double kMarginTopMm = 16;
constexpr double kMarginBottomMm = 22; // leaves room for the footer line
const char* const kChartResource = "frag792-chart.png";

double mm(double millimetres)
{
    return millimetres * kDpi / 25.4;
}

void drawFooter(QPainter& p, const QRectF& page, const QRectF& content, int pageNumber, int pageCount,
                const QString& left)
{
    p.save();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(7.5);
    p.setFont(font);
    p.setPen(QColor(0x66, 0x66, 0x66));
    const QRectF line(content.left(), page.bottom() - mm(kMarginBottomMm) + mm(6), content.width(), mm(6));
    p.drawLine(QPointF(line.left(), line.top() - mm(1.5)), QPointF(line.right(), line.top() - mm(1.5)));
    p.drawText(line, Qt::AlignLeft | Qt::AlignTop, left);
    p.drawText(line, Qt::AlignRight | Qt::AlignTop,
               QCoreApplication::translate("Report", "Page %1 of %2").arg(pageNumber).arg(pageCount));
    p.restore();
}

} // namespace

bool writeReportPdf(QIODevice* device, const ReportInput& input, QString* error)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        if (error)
            *error = QCoreApplication::translate(
                "Report", "PDF reports need a QGuiApplication (fonts); none is running");
        return false;
    }
    QPdfWriter writer(device);
    writer.setResolution(kDpi);
    writer.setPageSize(QPageSize(QPageSize::A4));
    // Margins are drawn by hand below so that the footer can sit inside the bottom margin.
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(QCoreApplication::translate("Report", "Error %1 diagnostic report").arg(input.errorCode));
    writer.setCreator(QStringLiteral("frag792 %1").arg(reportGeneratorVersion()));

    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = QCoreApplication::translate("Report", "cannot start the PDF writer");
        return false;
    }
    const QRectF page = writer.pageLayout().fullRectPixels(kDpi);
    const QRectF content(mm(kMarginSideMm), mm(kMarginTopMm), page.width() - 2 * mm(kMarginSideMm),
                         page.height() - mm(kMarginTopMm) - mm(kMarginBottomMm));

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    QFont base(QStringLiteral("DejaVu Sans"));
    base.setPointSizeF(9.5);
    doc.setDefaultFont(base);
    doc.setDocumentMargin(0);
    doc.addResource(QTextDocument::ImageResource, QUrl(QString::fromLatin1(kChartResource)),
                    reportChart(input));
    ReportHtmlOptions options;
    options.chartSource = QString::fromLatin1(kChartResource);
    doc.setHtml(reportHtml(input, options));
    doc.setPageSize(content.size());

    const int pages = doc.pageCount();
    const QString footerLeft =
        input.caseTitle.isEmpty() || input.redact
            ? QCoreApplication::translate("Report", "frag792 report, error %1").arg(input.errorCode)
            : QCoreApplication::translate("Report", "frag792 report: %1").arg(input.caseTitle);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.save();
        painter.translate(content.left(), content.top() - i * content.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, i * content.height(), content.width(), content.height());
        painter.setClipRect(context.clip);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
        drawFooter(painter, page, content, i + 1, pages, footerLeft);
    }
    if (!painter.end()) {
        if (error)
            *error = QCoreApplication::translate("Report", "cannot finish the PDF");
        return false;
    }
    return true;
}
