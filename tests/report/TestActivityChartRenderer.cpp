// SPDX-License-Identifier: GPL-3.0-or-later
// The static activity chart: drawn offscreen, at the size asked, with the data visible.
#include "ActivityChartRenderer.h"
#include "ReportFixtures.h"

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
    void manyBucketsUseLines();

private:
    static int countColour(const QImage& image, QRgb colour);
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

void TestActivityChartRenderer::manyBucketsUseLines()
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

QTEST_MAIN(TestActivityChartRenderer)
#include "TestActivityChartRenderer.moc"
