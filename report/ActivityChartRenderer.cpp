// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityChartRenderer.h"

#include "ChartClock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace {

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

QString valueLabel(double value, double step)
{
    const int decimals = step >= 1 ? 0 : int(std::ceil(-std::log10(step)));
    return QLocale().toString(value, 'f', std::min(decimals, 3));
}

QPolygonF triangleDown(QPointF centre, double size)
{
    return QPolygonF({QPointF(centre.x() - size / 2, centre.y() - size / 2),
                      QPointF(centre.x() + size / 2, centre.y() - size / 2),
                      QPointF(centre.x(), centre.y() + size / 2)});
}

void drawCross(QPainter& p, QPointF centre, double size, const QColor& color)
{
    p.setPen(QPen(color, std::max(2.0, size / 4), Qt::SolidLine, Qt::RoundCap));
    p.drawLine(centre + QPointF(-size / 2, -size / 2), centre + QPointF(size / 2, size / 2));
    p.drawLine(centre + QPointF(-size / 2, size / 2), centre + QPointF(size / 2, -size / 2));
}

} // namespace

ActivityChartRenderer::ActivityChartRenderer(const AnalysisResult& result) : m_result(result) {}

QColor ActivityChartRenderer::color(Entry entry)
{
    switch (entry) {
    case Entry::FragmentBars:
        return QColor(0x2e, 0x6d, 0xb4);
    case Entry::AnswerDots:
        return QColor(0x8e, 0x44, 0xad);
    case Entry::RetransmissionMarks:
        return QColor(0xe6, 0x7e, 0x22);
    case Entry::IncompleteMarks:
        return QColor(0xc0, 0x39, 0x2b);
    }
    return kAxisColor;
}

QString ActivityChartRenderer::valueAxisTitle()
{
    return QCoreApplication::translate("Report", "Per second");
}

QStringList ActivityChartRenderer::legendTexts()
{
    return {QCoreApplication::translate("Report", "IP fragments per second"),
            QCoreApplication::translate("Report", "IKE answers per second"),
            QCoreApplication::translate("Report", "Retransmission"),
            QCoreApplication::translate("Report", "Incomplete datagram (fragments lost)")};
}

std::int64_t ActivityChartRenderer::originUs() const
{
    return m_result.packets > 0 ? m_result.firstTimestampUs : m_result.captureStartUs.value_or(0);
}

double ActivityChartRenderer::timeAxisSeconds() const
{
    const double widthS = double(m_result.activity.bucketWidthUs()) / 1e6;
    // A live capture watched until it was stopped, quiet minutes at the end included; with no
    // packet at all its window is all there is.
    const double watched = double(std::max<std::int64_t>(0, m_result.watchedUntilUs() - originUs())) / 1e6;
    return std::max({watched, double(m_result.activity.buckets().size()) * widthS, 1.0});
}

std::vector<ActivityChartRenderer::Tick> ActivityChartRenderer::timeTicks(double plotWidthPx,
                                                                          int fontPx) const
{
    std::vector<Tick> ticks;
    const std::int64_t origin = originUs();
    if (origin == 0) // nothing was captured: no clock to show
        return ticks;
    const QLocale locale;
    const double span = timeAxisSeconds();
    // Room for a label is about its own width and a gap; seconds labels are the widest.
    QFont font;
    font.setPixelSize(fontPx);
    const double labelPx =
        QFontMetricsF(font).horizontalAdvance(ChartClock::tickLabel(locale, origin, true)) + fontPx * 2.0;
    const double step = ChartClock::tickStepSeconds(span, std::max(2, int(plotWidthPx / labelPx)));
    const bool seconds = step < 60;
    // Ticks sit on round local clock times (every 5 minutes at :00, :05, ...), not on the first packet.
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(origin / 1000);
    const double localStart = double(origin) / 1e6 + start.offsetFromUtc();
    const double first = std::ceil(localStart / step) * step - localStart;
    for (double t = first; t <= span + 1e-9; t += step)
        ticks.push_back({t, ChartClock::tickLabel(locale, origin + std::int64_t(t * 1e6), seconds)});
    return ticks;
}

QStringList ActivityChartRenderer::timeTickLabels(double plotWidthPx, int fontPx) const
{
    QStringList labels;
    for (const Tick& t : timeTicks(plotWidthPx, fontPx))
        labels << t.label;
    return labels;
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
    const double widthS = double(m_result.activity.bucketWidthUs()) / 1e6;
    const double xMax = timeAxisSeconds();
    double peak = 0;
    for (const ActivityBucket& b : buckets)
        peak = std::max({peak, b.ipFragments / widthS, b.answers / widthS});
    const double yStep = niceStep(std::max(peak, 1.0), 4);
    const double yMax = std::max(yStep, std::ceil(std::max(peak, 1.0) / yStep) * yStep);

    const double legendBottom = drawLegend(p, QRectF(pad, pad, size.width() - 2 * pad, size.height()));
    const double yLabelWidth = fm.horizontalAdvance(valueLabel(yMax, yStep)) + pad;
    const double left = pad + fm.height() + yLabelWidth; // room for the rotated axis title
    const double lanesTop = legendBottom + pad;
    const double laneHeight = fm.height() * 1.1;
    const double bottom = size.height() - pad - 2.2 * fm.height();
    const double right = size.width() - pad * 1.5;
    const QRectF lanes(QPointF(left, lanesTop), QPointF(right, lanesTop + 2 * laneHeight));
    const QRectF plot(QPointF(left, lanes.bottom() + pad * 0.5), QPointF(right, bottom));
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
    drawAnswers(p, plot, xMax, yMax);
    drawLanes(p, lanes, plot, xMax);
    return image;
}

double ActivityChartRenderer::drawLegend(QPainter& p, const QRectF& area) const
{
    const QFontMetricsF fm(p.font());
    const double swatch = fm.height() * 0.7;
    const double rowHeight = fm.height() * 1.3;
    double x = area.left();
    double cy = area.top() + rowHeight / 2;
    const QStringList texts = legendTexts();
    for (int i = 0; i < texts.size(); ++i) {
        const auto entry = Entry(i);
        const double width = swatch * 1.4 + fm.horizontalAdvance(texts[i]);
        // Long translations wrap to a second row rather than running off the image.
        if (x > area.left() && x + width > area.right()) {
            x = area.left();
            cy += rowHeight;
        }
        const QRectF r(x, cy - swatch / 2, swatch, swatch);
        const QColor c = color(entry);
        switch (entry) {
        case Entry::FragmentBars:
            p.fillRect(r, c);
            break;
        case Entry::AnswerDots:
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            p.drawEllipse(r.center(), swatch / 3, swatch / 3);
            break;
        case Entry::RetransmissionMarks:
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            p.drawPolygon(triangleDown(r.center(), swatch));
            break;
        case Entry::IncompleteMarks:
            drawCross(p, r.center(), swatch * 0.8, c);
            break;
        }
        p.setPen(kAxisColor);
        p.drawText(QPointF(x + swatch * 1.4, cy + fm.ascent() / 2 - fm.descent() / 2), texts[i]);
        x += width + swatch * 1.6;
    }
    return cy + rowHeight / 2;
}

void ActivityChartRenderer::drawAxes(QPainter& p, const QRectF& plot, double xMax, double yMax,
                                     double yStep) const
{
    const QFontMetricsF fm(p.font());
    const int fontPx = p.font().pixelSize();
    const double tick = fontPx * 0.35;
    // Horizontal grid and y labels (per second).
    for (double v = 0; v <= yMax + yStep / 2; v += yStep) {
        const double y = plot.bottom() - v / yMax * plot.height();
        p.setPen(QPen(kGridColor, 1));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(kAxisColor);
        const QString label = valueLabel(v, yStep);
        p.drawText(
            QPointF(plot.left() - tick - fm.horizontalAdvance(label), y + fm.ascent() / 2 - fm.descent() / 2),
            label);
    }
    // X ticks on local clock time.
    p.setPen(QPen(kAxisColor, 1));
    for (const Tick& t : timeTicks(plot.width(), fontPx)) {
        const double x = plot.left() + t.seconds / xMax * plot.width();
        p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + tick));
        const double w = fm.horizontalAdvance(t.label);
        const double textX = std::clamp(x - w / 2, plot.left() - fontPx * 2.0, plot.right() - w + fontPx);
        p.drawText(QPointF(textX, plot.bottom() + tick + fm.ascent()), t.label);
    }
    p.setPen(QPen(kAxisColor, 1.5));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());

    const std::int64_t origin = originUs();
    const QString xTitle = origin != 0 ? ChartClock::axisTitle(QLocale(), origin)
                                       : QCoreApplication::translate("Report", "Local time");
    p.drawText(QRectF(plot.left(), plot.bottom() + tick + fm.height(), plot.width(), fm.height() * 1.2),
               Qt::AlignHCenter | Qt::AlignTop, xTitle);
    p.save();
    p.translate(fontPx * 0.6, plot.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-plot.height() / 2, 0, plot.height(), fm.height()), Qt::AlignCenter, valueAxisTitle());
    p.restore();
}

void ActivityChartRenderer::drawBars(QPainter& p, const QRectF& plot, double xMax, double yMax) const
{
    const auto& buckets = m_result.activity.buckets();
    const double widthS = double(m_result.activity.bucketWidthUs()) / 1e6;
    const double bucketPx = widthS / xMax * plot.width();
    // Wide buckets get a gap so single bars stand apart; narrow ones touch, as a histogram.
    const double gap = bucketPx >= 6 ? bucketPx * 0.15 : 0;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false); // exact fills, no seams between touching bars
    for (std::size_t i = 0; i < buckets.size(); ++i) {
        const double perSecond = buckets[i].ipFragments / widthS;
        if (perSecond <= 0)
            continue;
        const double x0 = plot.left() + double(i) * bucketPx + gap / 2;
        const double top = plot.bottom() - perSecond / yMax * plot.height();
        p.fillRect(QRectF(QPointF(x0, top), QPointF(x0 + std::max(1.0, bucketPx - gap), plot.bottom())),
                   color(Entry::FragmentBars));
    }
    p.restore();
}

void ActivityChartRenderer::drawAnswers(QPainter& p, const QRectF& plot, double xMax, double yMax) const
{
    const auto& buckets = m_result.activity.buckets();
    const double widthS = double(m_result.activity.bucketWidthUs()) / 1e6;
    const double bucketPx = widthS / xMax * plot.width();
    const double radius = std::clamp(bucketPx / 3, p.font().pixelSize() / 5.0, p.font().pixelSize() / 3.0);
    p.setPen(QPen(Qt::white, 1));
    p.setBrush(color(Entry::AnswerDots));
    for (std::size_t i = 0; i < buckets.size(); ++i) {
        if (buckets[i].answers == 0)
            continue;
        const double x = plot.left() + (double(i) + 0.5) * bucketPx;
        const double y = plot.bottom() - buckets[i].answers / widthS / yMax * plot.height();
        p.drawEllipse(QPointF(x, y), radius, radius);
    }
}

void ActivityChartRenderer::drawLanes(QPainter& p, const QRectF& lanes, const QRectF& plot, double xMax) const
{
    const double laneHeight = lanes.height() / 2;
    const double mark = laneHeight * 0.7;
    const auto& buckets = m_result.activity.buckets();
    const double widthS = double(m_result.activity.bucketWidthUs()) / 1e6;
    const auto xOf = [&](double seconds) {
        return plot.left() + seconds / xMax * plot.width();
    };

    // A faint guide from each retransmission down through the bars ties it to its time.
    QColor guide = color(Entry::RetransmissionMarks);
    guide.setAlpha(70);
    p.setPen(QPen(guide, 1, Qt::DotLine));
    for (std::int64_t us : m_result.activity.retransmissionTimesUs())
        p.drawLine(QPointF(xOf(double(us) / 1e6), lanes.top() + laneHeight),
                   QPointF(xOf(double(us) / 1e6), plot.bottom()));
    p.setPen(Qt::NoPen);
    p.setBrush(color(Entry::RetransmissionMarks));
    for (std::int64_t us : m_result.activity.retransmissionTimesUs())
        p.drawPolygon(triangleDown(QPointF(xOf(double(us) / 1e6), lanes.top() + laneHeight / 2), mark));

    for (std::size_t i = 0; i < buckets.size(); ++i)
        if (buckets[i].incomplete > 0)
            drawCross(p, QPointF(xOf((double(i) + 0.5) * widthS), lanes.top() + laneHeight * 1.5), mark * 0.8,
                      color(Entry::IncompleteMarks));
}

QImage renderActivityChart(const AnalysisResult& result, QSize size)
{
    return ActivityChartRenderer(result).render(size);
}
