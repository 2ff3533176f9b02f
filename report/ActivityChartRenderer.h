// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AnalysisResult.h"

#include <QColor>
#include <QImage>
#include <QRectF>
#include <QSize>
#include <QString>

class QPainter;

/**
 * Draws a capture's ActivitySeries as a static chart that reads at a glance: IP fragments per
 * second as bars, IKE answers per second as dots, and two lanes above the bars that mark each
 * retransmission (orange triangle) and each incomplete datagram, fragments that never all
 * arrived (red cross). The time axis is local clock time in the user's locale. Plain QPainter
 * on a QImage so it runs offscreen and in the PDF path without Qt Charts or widgets. The one
 * chart of every report: it always draws the whole series, however long the capture ran.
 */
class ActivityChartRenderer
{
public:
    /** What the legend lists, in order: one entry per thing drawn. */
    enum class Entry
    {
        FragmentBars,
        AnswerDots,
        RetransmissionMarks,
        IncompleteMarks
    };

    explicit ActivityChartRenderer(const AnalysisResult& result);

    /** A white image of @p size (at least 200x120) with the chart; never null for a valid size. */
    QImage render(QSize size) const;
    /**
     * Length of the time axis: from the first packet to the end of what the capture watched
     * (a live capture's stop, else the last packet), and never shorter than the series.
     */
    double timeAxisSeconds() const;
    /** The legend's entries, translated, in Entry order (the live chart shows the same words). */
    static QStringList legendTexts();
    /** The value axis title, translated. */
    static QString valueAxisTitle();
    /** The time-axis tick labels for a plot @p plotWidthPx wide at @p fontPx; for tests. */
    QStringList timeTickLabels(double plotWidthPx, int fontPx) const;

    static QColor color(Entry entry);

private:
    struct Tick
    {
        double seconds; ///< from the axis origin
        QString label;
    };
    std::vector<Tick> timeTicks(double plotWidthPx, int fontPx) const;
    std::int64_t originUs() const;

    double drawLegend(QPainter& p, const QRectF& area) const;
    void drawAxes(QPainter& p, const QRectF& plot, double xMax, double yMax, double yStep) const;
    void drawBars(QPainter& p, const QRectF& plot, double xMax, double yMax) const;
    void drawAnswers(QPainter& p, const QRectF& plot, double xMax, double yMax) const;
    void drawLanes(QPainter& p, const QRectF& lanes, const QRectF& plot, double xMax) const;

    const AnalysisResult& m_result;
};

/** Convenience for ActivityChartRenderer(result).render(size). */
QImage renderActivityChart(const AnalysisResult& result, QSize size);
