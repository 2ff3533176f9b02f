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
 * Draws a capture's ActivitySeries as a static chart: per time bucket the IP fragments,
 * reassembled datagrams, incomplete datagrams and IKE answers, plus a vertical marker at
 * every retransmission, with second-labelled axes and a legend. Plain QPainter on a
 * QImage so it runs offscreen and in the PDF path without Qt Charts or widgets. The one
 * chart of every report: it always draws the whole series, however long the capture ran.
 */
class ActivityChartRenderer
{
public:
    explicit ActivityChartRenderer(const AnalysisResult& result);

    /** A white image of @p size (at least 200x120) with the chart; never null for a valid size. */
    QImage render(QSize size) const;
    /**
     * Length of the time axis: from the first packet to the end of what the capture watched
     * (a live capture's stop, else the last packet), and never shorter than the series.
     */
    double timeAxisSeconds() const;

private:
    struct Series
    {
        QString name;
        QColor color;
        std::uint32_t ActivityBucket::*field;
    };

    void drawLegend(QPainter& p, const QRectF& area) const;
    void drawAxes(QPainter& p, const QRectF& plot, double xMax, double yMax, double yStep) const;
    void drawBars(QPainter& p, const QRectF& plot, double xMax, double yMax) const;
    void drawRetransmissions(QPainter& p, const QRectF& plot, double xMax) const;

    const AnalysisResult& m_result;
    std::vector<Series> m_series;
};

/** Convenience for ActivityChartRenderer(result).render(size). */
QImage renderActivityChart(const AnalysisResult& result, QSize size);
