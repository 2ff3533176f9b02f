// SPDX-License-Identifier: GPL-3.0-or-later
#include "FragmentChartView.h"

#include "ActivityChartRenderer.h"
#include "ActivitySeries.h"
#include "ChartClock.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

using Entry = ActivityChartRenderer::Entry;

// Lanes on the hidden 0..1 axis: the bars use the lower part, marks sit above them.
constexpr double kBarsShare = 0.78;
constexpr double kRetransmissionLane = 0.94;
constexpr double kIncompleteLane = 0.86;

QScatterSeries* markSeries(QChart* chart, QScatterSeries::MarkerShape shape, const QColor& color, double size)
{
    auto* series = new QScatterSeries(chart);
    series->setMarkerShape(shape);
    series->setMarkerSize(size);
    series->setColor(color);
    series->setBorderColor(color.darker(140));
    return series;
}

} // namespace

FragmentChartView::FragmentChartView(QWidget* parent)
    : QWidget(parent), m_chart(new QChart), m_view(new QChartView(m_chart, this)),
      m_counters(new QLabel(this)), m_fragmentTops(new QLineSeries(m_chart)),
      m_fragments(new QAreaSeries(m_fragmentTops)),
      m_answers(markSeries(m_chart, QScatterSeries::MarkerShapeCircle,
                           ActivityChartRenderer::color(Entry::AnswerDots), 8)),
      m_retransmissions(markSeries(m_chart, QScatterSeries::MarkerShapeTriangle,
                                   ActivityChartRenderer::color(Entry::RetransmissionMarks), 12)),
      m_incomplete(markSeries(m_chart, QScatterSeries::MarkerShapeRotatedRectangle,
                              ActivityChartRenderer::color(Entry::IncompleteMarks), 11)),
      m_axisX(new QCategoryAxis(m_chart)), m_axisY(new QValueAxis(m_chart)),
      m_laneAxis(new QValueAxis(m_chart))
{
    setObjectName(QStringLiteral("fragmentChart"));
    m_view->setObjectName(QStringLiteral("fragmentChartView"));
    m_view->setAccessibleName(tr("Chart of IP fragments and IKE messages over time"));
    m_view->setAccessibleDescription(tr("Per second during the capture: IP fragments, reassembled IKE "
                                        "messages, incomplete datagrams, retransmissions and answers. The "
                                        "counts below the chart and the verdict tab say the same in words."));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(fontMetrics().lineSpacing() * 14);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    // Axis numbers in the user's locale ("1,5" in German), not printf's C locale.
    m_chart->setLocalizeNumbers(true);
    m_chart->setLocale(QLocale());

    // The same legend words as the report's chart: one home for what each mark means.
    const QStringList legend = ActivityChartRenderer::legendTexts();
    m_fragments->setName(legend.value(int(Entry::FragmentBars)));
    m_fragments->setColor(ActivityChartRenderer::color(Entry::FragmentBars));
    m_fragments->setBorderColor(ActivityChartRenderer::color(Entry::FragmentBars).darker(120));
    m_answers->setName(legend.value(int(Entry::AnswerDots)));
    m_retransmissions->setName(legend.value(int(Entry::RetransmissionMarks)));
    m_incomplete->setName(legend.value(int(Entry::IncompleteMarks)));

    m_axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_axisY->setTitleText(ActivityChartRenderer::valueAxisTitle());
    m_axisY->setLabelFormat(QStringLiteral("%.3g"));
    m_laneAxis->setRange(0, 1);
    m_laneAxis->setVisible(false);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    m_chart->addAxis(m_laneAxis, Qt::AlignRight);
    m_chart->addSeries(m_fragments);
    m_fragments->attachAxis(m_axisX);
    m_fragments->attachAxis(m_axisY);
    m_chart->addSeries(m_answers);
    m_answers->attachAxis(m_axisX);
    m_answers->attachAxis(m_axisY);
    for (QScatterSeries* lane : {m_retransmissions, m_incomplete}) {
        m_chart->addSeries(lane);
        lane->attachAxis(m_axisX);
        lane->attachAxis(m_laneAxis);
    }

    // Marks show their own shape in the legend; the bars a filled square.
    for (QLegendMarker* marker : m_chart->legend()->markers())
        marker->setShape(marker->series() == m_fragments ? QLegend::MarkerShapeRectangle
                                                         : QLegend::MarkerShapeFromSeries);

    m_counters->setObjectName(QStringLiteral("chartCounters"));
    m_counters->setWordWrap(true);
    m_counters->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_counters);

    m_redrawTimer.setInterval(kRedrawMs);
    connect(&m_redrawTimer, &QTimer::timeout, this, &FragmentChartView::redraw);
    reset();
}

FragmentChartView::~FragmentChartView() = default;

void FragmentChartView::reset()
{
    m_windowEnd = 0;
    m_samples.clear();
    m_markerTimes.clear();
    m_previous = LiveStatistics();
    m_latest = LiveStatistics();
    m_previousSeconds = 0;
    m_originUs = 0;
    m_dirty = true;
    redraw();
    updateCounters();
}

void FragmentChartView::addSnapshot(const LiveStatistics& s, double seconds)
{
    if (m_originUs == 0)
        m_originUs = QDateTime::currentMSecsSinceEpoch() * 1000 - std::int64_t(seconds * 1e6);
    const double dt = std::max(seconds - m_previousSeconds, 0.05);
    const auto delta = [](std::uint64_t now, std::uint64_t before) {
        return double(now - std::min(now, before));
    };
    Sample sample;
    sample.seconds = seconds - dt;
    sample.width = dt;
    sample.fragmentsPerSecond = delta(s.ipFragments, m_previous.ipFragments) / dt;
    sample.answersPerSecond = delta(s.answered, m_previous.answered) / dt;
    sample.incomplete = s.datagramsIncomplete > m_previous.datagramsIncomplete;
    m_samples.push_back(sample);
    while (m_samples.size() > std::size_t(kWindowPoints))
        m_samples.pop_front();

    // The snapshot says when, in capture time, each retransmission happened; on the wall-clock
    // axis it happened during the last interval, which is as precise as a 250 ms chart can show.
    for (qsizetype i = 0; i < s.newRetransmissionTimesUs.size(); ++i)
        m_markerTimes.push_back(seconds);
    while (!m_markerTimes.empty() && (m_markerTimes.size() > std::size_t(kMaxMarkers) ||
                                      m_markerTimes.front() < m_samples.front().seconds))
        m_markerTimes.pop_front();

    m_windowEnd = seconds;
    m_previous = s;
    m_previousSeconds = seconds;
    m_latest = s;
    m_dirty = true;
    if (!m_redrawTimer.isActive())
        m_redrawTimer.start();
    updateCounters();
}

void FragmentChartView::setCounters(const LiveStatistics& statistics)
{
    m_latest = statistics;
    updateCounters();
}

void FragmentChartView::showActivity(const ActivitySeries& activity)
{
    m_samples.clear();
    m_markerTimes.clear();
    m_originUs = activity.startUs();
    const auto& buckets = activity.buckets();
    const double width = double(activity.bucketWidthUs()) / 1e6;
    // Merge neighbouring buckets until they fit the window.
    const std::size_t merge = std::max<std::size_t>(1, (buckets.size() + kWindowPoints - 1) / kWindowPoints);
    for (std::size_t i = 0; i < buckets.size(); i += merge) {
        const std::size_t end = std::min(buckets.size(), i + merge);
        Sample sample;
        sample.seconds = double(i) * width;
        sample.width = width * double(end - i);
        double fragments = 0;
        double answers = 0;
        for (std::size_t j = i; j < end; ++j) {
            fragments += buckets[j].ipFragments;
            answers += buckets[j].answers;
            sample.incomplete = sample.incomplete || buckets[j].incomplete > 0;
        }
        sample.fragmentsPerSecond = fragments / sample.width;
        sample.answersPerSecond = answers / sample.width;
        m_samples.push_back(sample);
    }
    m_windowEnd = buckets.empty() ? 0 : double(buckets.size()) * width;
    for (std::int64_t us : activity.retransmissionTimesUs()) {
        if (m_markerTimes.size() >= std::size_t(kMaxMarkers))
            break;
        m_markerTimes.push_back(double(us) / 1e6);
    }
    m_dirty = true;
    redraw();
}

int FragmentChartView::pointCount(Series series) const
{
    switch (series) {
    case IpFragments:
        return int(m_fragmentTops->count() / 4); // four corners per bar
    case Answers:
        return int(m_answers->count());
    case Retransmissions:
        return int(m_retransmissions->count());
    case Incomplete:
        return int(m_incomplete->count());
    case SeriesCount:
        break;
    }
    return 0;
}

void FragmentChartView::flush()
{
    redraw();
}

void FragmentChartView::redraw()
{
    if (!m_dirty) {
        m_redrawTimer.stop();
        return;
    }
    m_dirty = false;
    double maxY = 1;
    const double minX = m_samples.empty() ? 0 : m_samples.front().seconds;
    double maxX = m_samples.empty() ? 10 : m_samples.back().seconds + m_samples.back().width;
    QList<QPointF> tops;
    QList<QPointF> answers;
    QList<QPointF> incomplete;
    tops.reserve(qsizetype(m_samples.size()) * 4);
    for (const Sample& s : m_samples) {
        // A bar is four corners on the area's upper edge; a gap of 15 % keeps bars apart.
        const double gap = s.width * 0.15;
        tops << QPointF(s.seconds + gap / 2, 0) << QPointF(s.seconds + gap / 2, s.fragmentsPerSecond)
             << QPointF(s.seconds + s.width - gap / 2, s.fragmentsPerSecond)
             << QPointF(s.seconds + s.width - gap / 2, 0);
        if (s.answersPerSecond > 0)
            answers << QPointF(s.seconds + s.width / 2, s.answersPerSecond);
        if (s.incomplete)
            incomplete << QPointF(s.seconds + s.width / 2, kIncompleteLane);
        maxY = std::max({maxY, s.fragmentsPerSecond, s.answersPerSecond});
    }
    m_fragmentTops->replace(tops);
    m_answers->replace(answers);
    m_incomplete->replace(incomplete);
    QList<QPointF> marks;
    for (double t : m_markerTimes) {
        marks.append(QPointF(t, kRetransmissionLane));
        maxX = std::max(maxX, t);
    }
    maxX = std::max(maxX, m_windowEnd);
    m_retransmissions->replace(marks);
    if (maxX - minX < 10)
        maxX = minX + 10;
    updateTimeAxis(minX, maxX);
    // The bars fill the lower kBarsShare of the plot; the lanes above stay clear for the marks.
    // Round steps (1, 2 or 5 times a power of ten), so the grid reads 0, 10, 20, 30, not 13.3.
    const double top = maxY / kBarsShare;
    const double magnitude = std::pow(10.0, std::floor(std::log10(top / 4)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        step = m * magnitude;
        if (top / step <= 4)
            break;
    }
    const int ticks = int(std::ceil(top / step - 1e-9));
    m_axisY->setRange(0, ticks * step);
    m_axisY->setTickCount(ticks + 1);
}

void FragmentChartView::updateTimeAxis(double minX, double maxX)
{
    for (const QString& label : m_axisX->categoriesLabels())
        m_axisX->remove(label);
    m_axisX->setRange(minX, maxX);
    const std::int64_t origin = m_originUs != 0
                                    ? m_originUs
                                    : QDateTime::currentMSecsSinceEpoch() * 1000; // before the first snapshot
    const QLocale locale;
    m_axisX->setTitleText(ChartClock::axisTitle(locale, origin));
    const double labelPx = fontMetrics().horizontalAdvance(ChartClock::tickLabel(locale, origin, true)) +
                           fontMetrics().height() * 2;
    const double plotPx = std::max(200.0, m_chart->plotArea().width());
    const double step = ChartClock::tickStepSeconds(maxX - minX, std::max(2, int(plotPx / labelPx)));
    // Ticks on round local clock times, as in the report.
    const double localOrigin =
        double(origin) / 1e6 + QDateTime::fromMSecsSinceEpoch(origin / 1000).offsetFromUtc();
    for (double t = std::ceil((localOrigin + minX) / step) * step - localOrigin; t <= maxX + 1e-9; t += step)
        m_axisX->append(ChartClock::tickLabel(locale, origin + std::int64_t(t * 1e6), step < 60), t);
}

void FragmentChartView::updateCounters()
{
    const QLocale locale;
    const LiveStatistics& s = m_latest;
    m_counters->setText(
        tr("Packets: %1 · IP fragments: %2 · reassembled: %3 · incomplete: %4 · IKE messages: %5 · "
           "retransmissions: %6 · answers: %7 · kernel drops: %8")
            .arg(locale.toString(qulonglong(s.packets)), locale.toString(qulonglong(s.ipFragments)),
                 locale.toString(qulonglong(s.datagramsReassembled)),
                 locale.toString(qulonglong(s.datagramsIncomplete)),
                 locale.toString(qulonglong(s.ikeMessages)), locale.toString(qulonglong(s.retransmissions)),
                 locale.toString(qulonglong(s.answered)), locale.toString(qulonglong(s.kernelDrops))));
}
