// SPDX-License-Identifier: GPL-3.0-or-later
// The static activity chart: drawn offscreen, at the size asked, with the data visible.
#include "ActivityChartRenderer.h"
#include "ReportFixtures.h"

#include "ActivityFixtures.h"
#include "ChartClock.h"

#include <QDateTime>
#include <QSet>
#include <QTest>

using namespace ReportFixtures;

class TestActivityChartRenderer : public QObject
{
    Q_OBJECT

private slots:
    void sizeAsAsked();
    void fragmentsAreDrawn();
    void retransmissionsAreMarked();
    void emptyCaptureStillRenders();
    void manyBucketsStayReadable();
    void oneLegendEntryPerThingDrawn();
    void timeAxisIsLocalClock_data();
    void timeAxisIsLocalClock();
    void longLiveCaptureIsDrawnWhole();
    void quietTailOfALiveCaptureIsShown();

private:
    static int countColour(const QImage& image, QRgb colour);
    /** @p colour in the band of x (fractions of the width) above the plot's floor, below the legend. */
    static int countColourInColumns(const QImage& image, QRgb colour, double fromX, double toX);
    /** A live capture of @p watchedS seconds with bursts of fragments at @p burstsS seconds. */
    static AnalysisResult liveCapture(double watchedS, const std::vector<double>& burstsS);
    static int countNonWhite(const QImage& image);
};

// The series colours from the renderer: exact fills inside bars (antialiasing only touches edges).
constexpr QRgb kFragmentBlue = 0xff2e6db4;
constexpr QRgb kRetransmissionOrange = 0xffe67e22;

int TestActivityChartRenderer::countColour(const QImage& image, QRgb colour)
{
    const QImage img = image.convertToFormat(QImage::Format_ARGB32);
    int n = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x)
            n += img.pixel(x, y) == colour ? 1 : 0;
    return n;
}

int TestActivityChartRenderer::countColourInColumns(const QImage& image, QRgb colour, double fromX,
                                                    double toX)
{
    const QImage img = image.convertToFormat(QImage::Format_ARGB32);
    int n = 0;
    // Rows between the legend and half the height: a step line there is a burst, not the zero line.
    for (int y = int(img.height() * 0.15); y < int(img.height() * 0.5); ++y)
        for (int x = int(img.width() * fromX); x < int(img.width() * toX); ++x)
            n += img.pixel(x, y) == colour ? 1 : 0;
    return n;
}

AnalysisResult TestActivityChartRenderer::liveCapture(double watchedS, const std::vector<double>& burstsS)
{
    const std::int64_t start = 1'700'000'000'000'000;
    AnalysisResult r;
    r.source = QStringLiteral("interface eth0");
    r.captureStartUs = start;
    r.captureEndUs = start + std::int64_t(watchedS * 1e6);
    r.firstTimestampUs = start + 1'000'000;
    r.lastTimestampUs = r.firstTimestampUs;
    r.activity.start(r.firstTimestampUs);
    for (double s : burstsS)
        for (int i = 0; i < 40; ++i) {
            const std::int64_t t = r.firstTimestampUs + std::int64_t(s * 1e6) + i * 1000;
            r.activity.add(ActivitySeries::Kind::IpFragment, t);
            r.lastTimestampUs = std::max(r.lastTimestampUs, t);
            ++r.packets;
        }
    return r;
}

int TestActivityChartRenderer::countNonWhite(const QImage& image)
{
    return image.width() * image.height() - countColour(image, 0xffffffff);
}

void TestActivityChartRenderer::sizeAsAsked()
{
    const AnalysisResult r = blockedAtServer();
    for (const QSize size : {QSize(800, 300), QSize(1600, 620), QSize(333, 201)}) {
        const QImage chart = renderActivityChart(r, size);
        QVERIFY(!chart.isNull());
        QCOMPARE(chart.size(), size);
    }
}

void TestActivityChartRenderer::fragmentsAreDrawn()
{
    const AnalysisResult r = blockedAtServer();
    QVERIFY(r.ipv4Fragments > 0);
    const QImage chart = renderActivityChart(r, QSize(800, 300));
    QVERIFY(countNonWhite(chart) > 2000);
    // The legend swatch alone is a few dozen pixels; bars are far more.
    const QImage empty = renderActivityChart(AnalysisResult{}, QSize(800, 300));
    QVERIFY2(countColour(chart, kFragmentBlue) > countColour(empty, kFragmentBlue) + 500,
             qPrintable(QStringLiteral("%1 vs %2")
                            .arg(countColour(chart, kFragmentBlue))
                            .arg(countColour(empty, kFragmentBlue))));
}

void TestActivityChartRenderer::retransmissionsAreMarked()
{
    const AnalysisResult r = blockedAtServer();
    QVERIFY(!r.activity.retransmissionTimesUs().empty());
    const QImage chart = renderActivityChart(r, QSize(800, 300));
    const QImage empty = renderActivityChart(AnalysisResult{}, QSize(800, 300));
    QVERIFY(countColour(chart, kRetransmissionOrange) > countColour(empty, kRetransmissionOrange) + 50);
}

void TestActivityChartRenderer::emptyCaptureStillRenders()
{
    const QImage chart = renderActivityChart(AnalysisResult{}, QSize(640, 240));
    QCOMPARE(chart.size(), QSize(640, 240));
    QVERIFY(countNonWhite(chart) > 200); // axes, legend and the "no activity" note
}

void TestActivityChartRenderer::manyBucketsStayReadable()
{
    AnalysisResult r;
    r.firstTimestampUs = 0;
    r.lastTimestampUs = 3'000'000'000; // 50 minutes: coarsened buckets
    r.activity.start(0);
    for (std::int64_t t = 0; t < r.lastTimestampUs; t += 7'000'000)
        r.activity.add(ActivitySeries::Kind::IpFragment, t);
    QVERIFY(r.activity.buckets().size() > 100);
    const QImage chart = renderActivityChart(r, QSize(600, 240));
    QVERIFY(countColour(chart, kFragmentBlue) > 100);
}

void TestActivityChartRenderer::longLiveCaptureIsDrawnWhole()
{
    // Ten minutes live, with bursts at the start, in the middle and just before the stop: the
    // report draws all ten minutes, not the last one a live widget would still show.
    const AnalysisResult r = liveCapture(600, {0, 300, 595});
    const ActivityChartRenderer renderer(r);
    QVERIFY2(renderer.timeAxisSeconds() >= 599 && renderer.timeAxisSeconds() <= 601,
             qPrintable(QString::number(renderer.timeAxisSeconds())));
    const QImage chart = renderer.render(QSize(900, 360));
    QVERIFY(countColourInColumns(chart, kFragmentBlue, 0.0, 0.2) > 0);  // minute 0
    QVERIFY(countColourInColumns(chart, kFragmentBlue, 0.45, 0.6) > 0); // minute 5
    QVERIFY(countColourInColumns(chart, kFragmentBlue, 0.9, 1.0) > 0);  // minute 10
    // Nothing in between: each burst is drawn where it happened.
    QCOMPARE(countColourInColumns(chart, kFragmentBlue, 0.25, 0.4), 0);
    QCOMPARE(countColourInColumns(chart, kFragmentBlue, 0.65, 0.85), 0);
}

void TestActivityChartRenderer::quietTailOfALiveCaptureIsShown()
{
    // The last packet came at 2 minutes, the capture was stopped at 10: the axis runs to 10.
    const AnalysisResult r = liveCapture(600, {0, 120});
    QVERIFY(ActivityChartRenderer(r).timeAxisSeconds() >= 599);
    const QImage chart = renderActivityChart(r, QSize(900, 360));
    QVERIFY(countColourInColumns(chart, kFragmentBlue, 0.2, 0.35) > 0); // 120 s of 600, past the y labels
    QCOMPARE(countColourInColumns(chart, kFragmentBlue, 0.45, 1.0), 0);
    // A file (no capture window) ends at its last packet.
    AnalysisResult file = r;
    file.captureStartUs.reset();
    file.captureEndUs.reset();
    QVERIFY(ActivityChartRenderer(file).timeAxisSeconds() < 125);
}

void TestActivityChartRenderer::oneLegendEntryPerThingDrawn()
{
    const AnalysisResult r = blockedAtServer();
    const ActivityChartRenderer renderer(r);
    const QStringList legend = renderer.legendTexts();
    QCOMPARE(legend.size(), 4);
    QCOMPARE(QSet<QString>(legend.begin(), legend.end()).size(), legend.size());
    QSet<QRgb> colours;
    for (auto e :
         {ActivityChartRenderer::Entry::FragmentBars, ActivityChartRenderer::Entry::AnswerDots,
          ActivityChartRenderer::Entry::RetransmissionMarks, ActivityChartRenderer::Entry::IncompleteMarks})
        colours.insert(ActivityChartRenderer::color(e).rgb());
    QCOMPARE(colours.size(), 4);
    // Retransmissions are drawn once, as marks: their colour is not also a bar's.
    QCOMPARE(ActivityChartRenderer::color(ActivityChartRenderer::Entry::RetransmissionMarks).rgb(),
             kRetransmissionOrange);
}

void TestActivityChartRenderer::timeAxisIsLocalClock_data()
{
    QTest::addColumn<double>("seconds");
    QTest::addColumn<bool>("withSeconds");
    QTest::newRow("10 seconds") << 10.0 << true;
    QTest::newRow("30 minutes") << 1800.0 << false;
}

void TestActivityChartRenderer::timeAxisIsLocalClock()
{
    QFETCH(double, seconds);
    QFETCH(bool, withSeconds);
    AnalysisResult r;
    r.firstTimestampUs = 1'700'000'003'500'000; // not on a round second
    r.lastTimestampUs = r.firstTimestampUs + std::int64_t(seconds * 1e6);
    r.packets = 1;
    r.activity = ActivityFixtures::bursts(r.firstTimestampUs, seconds);
    const ActivityChartRenderer renderer(r);
    const QStringList labels = renderer.timeTickLabels(1400, 24);
    QVERIFY2(labels.size() >= 3 && labels.size() <= 14, qPrintable(labels.join(QLatin1Char(' '))));
    const QLocale locale;
    const QString format = ChartClock::timeFormat(locale, withSeconds);
    for (const QString& label : labels) {
        const QTime t = locale.toTime(label, format);
        QVERIFY2(t.isValid(), qPrintable(label));
        if (!withSeconds)
            QCOMPARE(t.second(), 0);
    }
    // Ticks sit on round clock times, not on the first packet (at ...:03.5).
    QVERIFY(labels.front() != ChartClock::tickLabel(locale, r.firstTimestampUs, withSeconds));
    const QImage image = renderer.render(QSize(1600, 620));
    const QString dir = qEnvironmentVariable("FRAG792_CHART_IMAGES");
    if (!dir.isEmpty())
        image.save(QStringLiteral("%1/report-chart-%2s.png").arg(dir).arg(int(seconds)));
    QVERIFY(countColour(image, kFragmentBlue) > 1000);
}

QTEST_MAIN(TestActivityChartRenderer)
#include "TestActivityChartRenderer.moc"
