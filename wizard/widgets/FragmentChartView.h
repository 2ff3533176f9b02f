// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LiveStatistics.h"

#include <QTimer>
#include <QWidget>

#include <array>
#include <deque>

class ActivitySeries;
class QAreaSeries;
class QCategoryAxis;
class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

/**
 * The live chart of fragment arrival, drawn to read at a glance: IP fragments per second as
 * histogram bars, IKE answers per second as dots, and, in two lanes above the bars, a triangle
 * at each retransmission and a diamond where datagrams stayed incomplete (fragments lost). One
 * legend entry per series; the time axis is local clock time in the user's locale (ChartClock,
 * shared with the report's chart). The counters sit underneath.
 *
 * Data go into a bounded sliding window (kWindowPoints samples, kMaxMarkers marks per lane); a
 * QTimer redraws at most every kRedrawMs with replace(), never one append per point, so a busy
 * capture costs the GUI the same as an idle one.
 */
class FragmentChartView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FragmentChartView)

public:
    /** What the chart draws; also the legend's order. */
    enum Series
    {
        IpFragments,
        Answers,
        Retransmissions,
        Incomplete,
        SeriesCount
    };
    static constexpr int kWindowPoints = 240; ///< one minute of 250 ms snapshots
    static constexpr int kMaxMarkers = 64;
    static constexpr int kRedrawMs = 500;

    explicit FragmentChartView(QWidget* parent = nullptr);
    ~FragmentChartView() override;

    /** Empties the chart for a new capture. */
    void reset();
    /** Live capture: one cumulative snapshot taken @p seconds after the capture started. */
    void addSnapshot(const LiveStatistics& statistics, double seconds);
    /** Offline file: only the counters move while reading; the curve comes from showActivity(). */
    void setCounters(const LiveStatistics& statistics);
    /** A whole capture's activity, merged down to the window size. */
    void showActivity(const ActivitySeries& activity);

    /** Samples or marks currently in @p series (after the last redraw); for tests. */
    int pointCount(Series series) const;
    int markerCount() const { return pointCount(Retransmissions); }
    QChart* chart() const { return m_chart; }
    /** Forces the pending redraw now. The report never grabs this view: it draws the whole capture itself. */
    void flush();

private:
    struct Sample
    {
        double seconds = 0; ///< start of the sample's interval
        double width = 0;   ///< length of the interval
        double fragmentsPerSecond = 0;
        double answersPerSecond = 0;
        bool incomplete = false;
    };

    void redraw();
    void updateTimeAxis(double minX, double maxX);
    void updateCounters();

    QChart* m_chart;
    QChartView* m_view;
    QLabel* m_counters;
    QLineSeries* m_fragmentTops;
    QAreaSeries* m_fragments;
    QScatterSeries* m_answers;
    QScatterSeries* m_retransmissions;
    QScatterSeries* m_incomplete;
    QCategoryAxis* m_axisX;
    QValueAxis* m_axisY;
    QValueAxis* m_laneAxis; ///< hidden 0..1 axis that keeps the mark lanes above the bars
    QTimer m_redrawTimer;
    bool m_dirty = false;

    std::deque<Sample> m_samples;
    std::deque<double> m_markerTimes;
    LiveStatistics m_previous;
    double m_previousSeconds = 0;
    double m_windowEnd = 0;      ///< end of the newest sample's interval, in seconds
    std::int64_t m_originUs = 0; ///< local clock of second 0 (capture start or first packet)
    LiveStatistics m_latest;
};
