// SPDX-License-Identifier: GPL-3.0-or-later
// The live chart keeps a bounded window and redraws on its timer, not per snapshot.
#include "ActivityFixtures.h"
#include "ActivitySeries.h"
#include "ChartClock.h"
#include "widgets/FragmentChartView.h"

#include <QAbstractAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QDateTime>
#include <QLegend>
#include <QLegendMarker>
#include <QSet>
#include <QTest>

class TestFragmentChartView : public QObject
{
    Q_OBJECT

private slots:
    void liveWindowIsBounded();
    void redrawIsThrottled();
    void wholeCaptureIsMergedToTheWindow();
    void oneLegendEntryPerSeries();
    void timeAxisIsLocalClock_data();
    void timeAxisIsLocalClock();
    void dropsAndRetransmissionsAreMarkedApart();

private:
    static ActivitySeries capture(std::int64_t startUs, double seconds);
    static void saveIfAsked(FragmentChartView& chart, const QString& name);
};

ActivitySeries TestFragmentChartView::capture(std::int64_t startUs, double seconds)
{
    return ActivityFixtures::bursts(startUs, seconds);
}

void TestFragmentChartView::saveIfAsked(FragmentChartView& chart, const QString& name)
{
    // FRAG792_CHART_IMAGES=dir writes what the test drew, to look at.
    const QString dir = qEnvironmentVariable("FRAG792_CHART_IMAGES");
    QTest::qWait(50); // the chart lays out its axes on the event loop
    if (!dir.isEmpty())
        chart.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

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

void TestFragmentChartView::oneLegendEntryPerSeries()
{
    FragmentChartView chart;
    chart.showActivity(capture(1'700'000'000'000'000, 10));
    QCOMPARE(chart.chart()->series().size(), int(FragmentChartView::SeriesCount));
    const QList<QLegendMarker*> markers = chart.chart()->legend()->markers();
    QCOMPARE(markers.size(), int(FragmentChartView::SeriesCount));
    QSet<QString> labels;
    QSet<QRgb> colours;
    for (QLegendMarker* marker : markers) {
        QVERIFY(!marker->label().isEmpty());
        labels.insert(marker->label());
        colours.insert(marker->brush().color().rgb());
    }
    // No two entries look alike: distinct words and distinct colours.
    QCOMPARE(labels.size(), markers.size());
    QCOMPARE(colours.size(), markers.size());
}

void TestFragmentChartView::timeAxisIsLocalClock_data()
{
    QTest::addColumn<double>("seconds");
    QTest::addColumn<bool>("withSeconds");
    QTest::newRow("10 seconds") << 10.0 << true;
    QTest::newRow("30 minutes") << 1800.0 << false;
}

void TestFragmentChartView::timeAxisIsLocalClock()
{
    QFETCH(double, seconds);
    QFETCH(bool, withSeconds);
    const std::int64_t start = 1'700'000'003'500'000; // not on a round second
    FragmentChartView chart;
    chart.resize(900, 420);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.showActivity(capture(start, seconds));
    auto* axis = qobject_cast<QCategoryAxis*>(chart.chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(axis);
    const QStringList labels = axis->categoriesLabels();
    QVERIFY2(labels.size() >= 3 && labels.size() <= 14, qPrintable(labels.join(QLatin1Char(' '))));
    const QLocale locale;
    for (const QString& label : labels) {
        // Each label is a clock time in the user's locale, at a round local time.
        const double at = axis->endValue(label);
        const std::int64_t us = start + std::int64_t(at * 1e6);
        QCOMPARE(label, ChartClock::tickLabel(locale, us, withSeconds));
        const QTime local = QDateTime::fromMSecsSinceEpoch(us / 1000).time();
        QCOMPARE(local.msec(), 0);
        if (!withSeconds)
            QCOMPARE(local.second(), 0);
    }
    QVERIFY(axis->titleText().contains(QDateTime::fromMSecsSinceEpoch(start / 1000).timeZoneAbbreviation()));
    QVERIFY(chart.chart()->localizeNumbers());
    saveIfAsked(chart, QStringLiteral("live-chart-%1s").arg(int(seconds)));
}

void TestFragmentChartView::dropsAndRetransmissionsAreMarkedApart()
{
    FragmentChartView chart;
    chart.showActivity(capture(1'700'000'000'000'000, 10));
    QCOMPARE(chart.pointCount(FragmentChartView::Retransmissions), 6); // bursts 4, 9, ..., 29
    QVERIFY(chart.pointCount(FragmentChartView::Incomplete) > 0);
    QVERIFY(chart.pointCount(FragmentChartView::Answers) > 0);
}

QTEST_MAIN(TestFragmentChartView)
#include "TestFragmentChartView.moc"
