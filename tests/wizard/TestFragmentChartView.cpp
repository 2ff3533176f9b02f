// SPDX-License-Identifier: GPL-3.0-or-later
// The live chart keeps a bounded window and redraws on its timer, not per snapshot.
#include "ActivitySeries.h"
#include "widgets/FragmentChartView.h"

#include <QTest>

class TestFragmentChartView : public QObject
{
    Q_OBJECT

private slots:
    void liveWindowIsBounded();
    void redrawIsThrottled();
    void wholeCaptureIsMergedToTheWindow();
};

void TestFragmentChartView::liveWindowIsBounded()
{
    FragmentChartView chart;
    LiveStatistics s;
    for (int i = 0; i < 2000; ++i) {
        s.ipFragments += 3;
        s.datagramsReassembled += 1;
        s.retransmissions += i % 4 == 0 ? 1 : 0;
        s.newRetransmissionTimesUs = i % 4 == 0 ? QList<std::int64_t>{i * 250'000LL} : QList<std::int64_t>{};
        chart.addSnapshot(s, i * 0.25);
        if (i % 97 == 0) {
            chart.flush();
            for (int k = 0; k < FragmentChartView::SeriesCount; ++k)
                QVERIFY(chart.pointCount(FragmentChartView::Series(k)) <= FragmentChartView::kWindowPoints);
            QVERIFY(chart.markerCount() <= FragmentChartView::kMaxMarkers);
        }
    }
    chart.flush();
    QCOMPARE(chart.pointCount(FragmentChartView::IpFragments), FragmentChartView::kWindowPoints);
    QVERIFY(chart.markerCount() > 0);
    QVERIFY(chart.markerCount() <= FragmentChartView::kMaxMarkers);
}

void TestFragmentChartView::redrawIsThrottled()
{
    FragmentChartView chart;
    LiveStatistics s;
    s.ipFragments = 4;
    chart.addSnapshot(s, 0.25);
    s.ipFragments = 8;
    chart.addSnapshot(s, 0.5);
    QCOMPARE(chart.pointCount(FragmentChartView::IpFragments), 0); // not redrawn yet
    QTRY_COMPARE_WITH_TIMEOUT(chart.pointCount(FragmentChartView::IpFragments), 2,
                              FragmentChartView::kRedrawMs * 4);
}

void TestFragmentChartView::wholeCaptureIsMergedToTheWindow()
{
    ActivitySeries activity;
    activity.start(0);
    // Ten minutes of fragments, one per 100 ms; the series coarsens to its bucket limit.
    for (std::int64_t t = 0; t < 600'000'000; t += 100'000)
        activity.add(ActivitySeries::Kind::IpFragment, t);
    activity.add(ActivitySeries::Kind::Retransmission, 1'000'000);
    FragmentChartView chart;
    chart.showActivity(activity);
    QVERIFY(chart.pointCount(FragmentChartView::IpFragments) > 0);
    QVERIFY(chart.pointCount(FragmentChartView::IpFragments) <= FragmentChartView::kWindowPoints);
    QCOMPARE(chart.markerCount(), 1);
}

QTEST_MAIN(TestFragmentChartView)
#include "TestFragmentChartView.moc"
