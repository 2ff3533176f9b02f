// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityChartRenderer.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace {

const QColor kRetransmissionColor(0xe6, 0x7e, 0x22);
const QColor kAxisColor(0x44, 0x44, 0x44);
const QColor kGridColor(0xdd, 0xdd, 0xdd);

/** 1, 2 or 5 times a power of ten, so that about @p ticks steps cover @p range. */
double niceStep(double range, int ticks)
{
    if (range <= 0)
        return 1;
    const double raw = range / std::max(1, ticks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (raw <= m * magnitude)
            return m * magnitude;
    return 10 * magnitude;
}

QString tickLabel(double value, double step)
{
    const int decimals = step >= 1 ? 0 : int(std::ceil(-std::log10(step)));
    return QString::number(value, 'f', std::min(decimals, 3));
}

} // namespace

ActivityChartRenderer::ActivityChartRenderer(const AnalysisResult& result) : m_result(result)
{
    m_series = {
        {QCoreApplication::translate("Report", "IP fragments"), QColor(0x2e, 0x6d, 0xb4),
         &ActivityBucket::ipFragments},
        {QCoreApplication::translate("Report", "Reassembled datagrams"), QColor(0x3a, 0x9a, 0x4a),
         &ActivityBucket::reassembled},
        {QCoreApplication::translate("Report", "Incomplete datagrams"), QColor(0xc0, 0x39, 0x2b),
         &ActivityBucket::incomplete},
        {QCoreApplication::translate("Report", "IKE answers"), QColor(0x8e, 0x44, 0xad),
         &ActivityBucket::answers},
    };
}

double ActivityChartRenderer::timeAxisSeconds() const
{
    const double widthS = double(m_result.activity.bucketWidthUs()) / 1e6;
    // A live capture watched until it was stopped, quiet minutes at the end included; with no
    // packet at all its window is all there is.
    const std::int64_t origin =
        m_result.packets > 0 ? m_result.firstTimestampUs : m_result.captureStartUs.value_or(0);
    const double watched = double(std::max<std::int64_t>(0, m_result.watchedUntilUs() - origin)) / 1e6;
    return std::max({watched, double(m_result.activity.buckets().size()) * widthS, 1.0});
}

QImage ActivityChartRenderer::render(QSize size) const
{
    size = size.expandedTo(QSize(200, 120));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);

    // Text scales with the image so that a chart shrunk onto an A4 page stays readable.
    QFont font = p.font();
    const int fontPx = std::clamp(std::min(size.height() / 22, size.width() / 45), 9, 28);
    font.setPixelSize(fontPx);
    p.setFont(font);
    const QFontMetricsF fm(font);
    const double pad = fontPx * 0.6;

    const auto& buckets = m_result.activity.buckets();
    const double xMax = timeAxisSeconds();
    std::uint32_t peak = 0;
    for (const ActivityBucket& b : buckets)
        for (const Series& s : m_series)
            peak = std::max(peak, b.*s.field);
    // Counts are whole numbers: a 0.5 step would promise half a fragment.
    const double yStep = std::max(1.0, niceStep(std::max<double>(peak, 1), 4));
    const double yMax = std::max(yStep, std::ceil(std::max<double>(peak, 1) / yStep) * yStep);

    const QRectF legendArea(pad, pad, size.width() - 2 * pad, fm.height() * 1.4);
    drawLegend(p, legendArea);

    const double yLabelWidth = fm.horizontalAdvance(tickLabel(yMax, yStep)) + pad;
    const double left = pad + fm.height() + yLabelWidth; // room for the rotated axis title
    const double top = legendArea.bottom() + pad;
    const double bottom = size.height() - pad - 2.2 * fm.height();
    const double right = size.width() - pad * 1.5;
    const QRectF plot(QPointF(left, top), QPointF(right, bottom));
    if (plot.width() < 20 || plot.height() < 20)
        return image;

    drawAxes(p, plot, xMax, yMax, yStep);
    if (buckets.empty()) {
        p.setPen(kAxisColor);
        p.drawText(plot, Qt::AlignCenter,
                   QCoreApplication::translate("Report", "No fragment or IKE activity in this capture"));
        return image;
    }
    drawBars(p, plot, xMax, yMax);
    drawRetransmissions(p, plot, xMax);
    return image;
}

void ActivityChartRenderer::drawLegend(QPainter& p, const QRectF& area) const
{
    const QFontMetricsF fm(p.font());
    const double swatch = fm.height() * 0.7;
    double x = area.left();
    const double cy = area.center().y();
    auto entry = [&](const QString& text, auto&& drawSwatch) {
        drawSwatch(QRectF(x, cy - swatch / 2, swatch, swatch));
        x += swatch + swatch * 0.4;
        p.setPen(kAxisColor);
        p.drawText(QPointF(x, cy + fm.ascent() / 2 - fm.descent() / 2), text);
        x += fm.horizontalAdvance(text) + swatch * 1.4;
    };
    for (const Series& s : m_series)
        entry(s.name, [&](const QRectF& r) { p.fillRect(r, s.color); });
    entry(QCoreApplication::translate("Report", "Retransmissions"), [&](const QRectF& r) {
        p.setPen(QPen(kRetransmissionColor, std::max(2.0, swatch / 5), Qt::DashLine));
        p.drawLine(QPointF(r.center().x(), r.top() - swatch * 0.2),
                   QPointF(r.center().x(), r.bottom() + swatch * 0.2));
    });
}

void ActivityChartRenderer::drawAxes(QPainter& p, const QRectF& plot, double xMax, double yMax,
                                     double yStep) const
{
    const QFontMetricsF fm(p.font());
    const int fontPx = p.font().pixelSize();
    const double tick = fontPx * 0.35;
    // Horizontal grid and y labels (counts per bucket).
    for (double v = 0; v <= yMax + yStep / 2; v += yStep) {
        const double y = plot.bottom() - v / yMax * plot.height();
        p.setPen(QPen(kGridColor, 1));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(kAxisColor);
        const QString label = tickLabel(v, yStep);
        p.drawText(
            QPointF(plot.left() - tick - fm.horizontalAdvance(label), y + fm.ascent() / 2 - fm.descent() / 2),
            label);
    }
    // X ticks in seconds since the capture started.
    const double xStep = niceStep(xMax, std::max(2, int(plot.width() / (fontPx * 6))));
    p.setPen(QPen(kAxisColor, 1));
    for (double v = 0; v <= xMax + xStep / 1000; v += xStep) {
        const double x = plot.left() + v / xMax * plot.width();
        p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + tick));
        const QString label = tickLabel(v, xStep);
        const double w = fm.horizontalAdvance(label);
        p.drawText(
            QPointF(std::min(x - w / 2, plot.right() - w + fontPx), plot.bottom() + tick + fm.ascent()),
            label);
    }
    p.setPen(QPen(kAxisColor, 1.5));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());

    const QString xTitle =
        QCoreApplication::translate("Report", "Seconds since the capture started (bucket width %1 s)")
            .arg(double(m_result.activity.bucketWidthUs()) / 1e6);
    p.drawText(QRectF(plot.left(), plot.bottom() + tick + fm.height(), plot.width(), fm.height() * 1.2),
               Qt::AlignHCenter | Qt::AlignTop, xTitle);
    p.save();
    p.translate(fontPx * 0.6, plot.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-plot.height() / 2, 0, plot.height(), fm.height()), Qt::AlignCenter,
               QCoreApplication::translate("Report", "Count per bucket"));
    p.restore();
}

void ActivityChartRenderer::drawBars(QPainter& p, const QRectF& plot, double xMax, double yMax) const
{
    const auto& buckets = m_result.activity.buckets();
    const double widthS = double(m_result.activity.bucketWidthUs()) / 1e6;
    const double bucketPx = widthS / xMax * plot.width();
    const auto yOf = [&](double v) {
        return plot.bottom() - v / yMax * plot.height();
    };
    const auto n = double(m_series.size());

    if (bucketPx >= n * 3) {
        // Few buckets: grouped bars read best, one group per bucket.
        const double groupPx = bucketPx * 0.8;
        const double barPx = groupPx / n;
        for (std::size_t i = 0; i < buckets.size(); ++i) {
            const double x0 = plot.left() + double(i) * bucketPx + (bucketPx - groupPx) / 2;
            for (std::size_t s = 0; s < m_series.size(); ++s) {
                const std::uint32_t v = buckets[i].*m_series[s].field;
                if (v == 0)
                    continue;
                const QRectF bar(QPointF(x0 + double(s) * barPx, yOf(v)),
                                 QPointF(x0 + double(s + 1) * barPx - 1, plot.bottom()));
                p.fillRect(bar, m_series[s].color);
            }
        }
        return;
    }
    // Many buckets: bars would be sub-pixel, so each series becomes a step line.
    for (const Series& s : m_series) {
        QPainterPath path(QPointF(plot.left(), plot.bottom()));
        bool any = false;
        for (std::size_t i = 0; i < buckets.size(); ++i) {
            const double y = yOf(buckets[i].*s.field);
            any = any || buckets[i].*s.field > 0;
            path.lineTo(plot.left() + double(i) * bucketPx, y);
            path.lineTo(plot.left() + double(i + 1) * bucketPx, y);
        }
        if (any) {
            p.setPen(QPen(s.color, std::max(1.5, p.font().pixelSize() / 7.0)));
            p.setBrush(Qt::NoBrush);
            p.drawPath(path);
        }
    }
}

void ActivityChartRenderer::drawRetransmissions(QPainter& p, const QRectF& plot, double xMax) const
{
    p.setPen(QPen(kRetransmissionColor, std::max(1.5, p.font().pixelSize() / 8.0), Qt::DashLine));
    for (std::int64_t us : m_result.activity.retransmissionTimesUs()) {
        const double x = plot.left() + double(us) / 1e6 / xMax * plot.width();
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
}

QImage renderActivityChart(const AnalysisResult& result, QSize size)
{
    return ActivityChartRenderer(result).render(size);
}
