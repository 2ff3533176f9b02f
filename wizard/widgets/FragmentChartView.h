// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LiveStatistics.h"

#include <QTimer>
#include <QWidget>

#include <array>
#include <deque>

class ActivitySeries;
class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

/**
 * The live chart of fragment arrival: IP fragments, reassembled IKE messages, incomplete
 * datagrams, retransmissions and answers per second, retransmission times marked, and the
 * counters underneath.
 *
 * Data go into a bounded sliding window (kWindowPoints samples per series, kMaxMarkers
 * retransmission marks); a QTimer redraws at most every kRedrawMs with replace(), never
 * one append per point, so a busy capture costs the GUI the same as an idle one.
 */
class FragmentChartView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FragmentChartView)

public:
    enum Series
    {
        IpFragments,
        Reassembled,
        Incomplete,
        Retransmissions,
        Answers,
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

    /** Points currently in the chart's series (after the last redraw); for tests. */
    int pointCount(Series series) const;
    int markerCount() const;
    /** Forces the pending redraw now. The report never grabs this view: it draws the whole capture itself. */
    void flush();

private:
    struct Sample
    {
        double seconds = 0;
        std::array<double, SeriesCount> perSecond{};
    };

    void redraw();
    void updateCounters();

    QChart* m_chart;
    QChartView* m_view;
    QLabel* m_counters;
    std::array<QLineSeries*, SeriesCount> m_series{};
    QScatterSeries* m_markers;
    QValueAxis* m_axisX;
    QValueAxis* m_axisY;
    QTimer m_redrawTimer;
    bool m_dirty = false;

    std::deque<Sample> m_samples;
    std::deque<double> m_markerTimes;
    LiveStatistics m_previous;
    double m_previousSeconds = 0;
    double m_windowEnd = 0; ///< end of the newest sample's interval, in seconds
    LiveStatistics m_latest;
};
