// SPDX-License-Identifier: GPL-3.0-or-later
#include "FragmentChartView.h"

#include "ActivitySeries.h"

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

FragmentChartView::FragmentChartView(QWidget* parent)
    : QWidget(parent), m_chart(new QChart), m_view(new QChartView(m_chart, this)),
      m_counters(new QLabel(this)), m_markers(new QScatterSeries(m_chart)), m_axisX(new QValueAxis(m_chart)),
      m_axisY(new QValueAxis(m_chart))
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
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setAnimationOptions(QChart::NoAnimation);

    const QString names[SeriesCount] = {tr("IP fragments"), tr("Reassembled IKE messages"),
                                        tr("Incomplete datagrams"), tr("Retransmissions"), tr("Answers")};
    const QColor colours[SeriesCount] = {QColor(52, 120, 198), QColor(46, 160, 67), QColor(214, 124, 28),
                                         QColor(200, 40, 40), QColor(120, 80, 170)};
    m_axisX->setTitleText(tr("Seconds"));
    m_axisX->setLabelFormat(QStringLiteral("%.0f"));
    m_axisY->setTitleText(tr("Per second"));
    m_axisY->setLabelFormat(QStringLiteral("%g"));
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    for (int i = 0; i < SeriesCount; ++i) {
        m_series[i] = new QLineSeries(m_chart);
        m_series[i]->setName(names[i]);
        QPen pen(colours[i]);
        pen.setWidthF(2);
        m_series[i]->setPen(pen);
        m_chart->addSeries(m_series[i]);
        m_series[i]->attachAxis(m_axisX);
        m_series[i]->attachAxis(m_axisY);
    }
    m_markers->setName(tr("Retransmission times"));
    m_markers->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_markers->setMarkerSize(9);
    m_markers->setColor(colours[Retransmissions]);
    m_markers->setBorderColor(colours[Retransmissions].darker(150));
    m_chart->addSeries(m_markers);
    m_markers->attachAxis(m_axisX);
    m_markers->attachAxis(m_axisY);

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
    m_dirty = true;
    redraw();
    updateCounters();
}

void FragmentChartView::addSnapshot(const LiveStatistics& s, double seconds)
{
    const double dt = std::max(seconds - m_previousSeconds, 0.05);
    Sample sample;
    sample.seconds = seconds;
    sample.perSecond[IpFragments] =
        double(s.ipFragments - std::min(s.ipFragments, m_previous.ipFragments)) / dt;
    sample.perSecond[Reassembled] =
        double(s.datagramsReassembled - std::min(s.datagramsReassembled, m_previous.datagramsReassembled)) /
        dt;
    sample.perSecond[Incomplete] =
        double(s.datagramsIncomplete - std::min(s.datagramsIncomplete, m_previous.datagramsIncomplete)) / dt;
    sample.perSecond[Retransmissions] =
        double(s.retransmissions - std::min(s.retransmissions, m_previous.retransmissions)) / dt;
    sample.perSecond[Answers] = double(s.answered - std::min(s.answered, m_previous.answered)) / dt;
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
    const auto& buckets = activity.buckets();
    const double width = double(activity.bucketWidthUs()) / 1e6;
    // Merge neighbouring buckets until they fit the window.
    const std::size_t merge = std::max<std::size_t>(1, (buckets.size() + kWindowPoints - 1) / kWindowPoints);
    for (std::size_t i = 0; i < buckets.size(); i += merge) {
        Sample sample;
        sample.seconds = double(i) * width;
        std::array<double, SeriesCount> sum{};
        const std::size_t end = std::min(buckets.size(), i + merge);
        for (std::size_t j = i; j < end; ++j) {
            sum[IpFragments] += buckets[j].ipFragments;
            sum[Reassembled] += buckets[j].reassembled;
            sum[Incomplete] += buckets[j].incomplete;
            sum[Retransmissions] += buckets[j].retransmissions;
            sum[Answers] += buckets[j].answers;
        }
        const double span = width * double(end - i);
        for (int k = 0; k < SeriesCount; ++k)
            sample.perSecond[k] = sum[k] / span;
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
    return int(m_series[series]->count());
}

int FragmentChartView::markerCount() const
{
    return int(m_markers->count());
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
    double minX = m_samples.empty() ? 0 : m_samples.front().seconds;
    double maxX = m_samples.empty() ? 10 : m_samples.back().seconds;
    for (int k = 0; k < SeriesCount; ++k) {
        QList<QPointF> points;
        points.reserve(qsizetype(m_samples.size()));
        for (const Sample& s : m_samples) {
            points.append(QPointF(s.seconds, s.perSecond[k]));
            maxY = std::max(maxY, s.perSecond[k]);
        }
        m_series[k]->replace(points);
    }
    QList<QPointF> marks;
    for (double t : m_markerTimes) {
        marks.append(QPointF(t, 0));
        maxX = std::max(maxX, t);
    }
    maxX = std::max(maxX, m_windowEnd);
    m_markers->replace(marks);
    if (maxX - minX < 10)
        maxX = minX + 10;
    m_axisX->setRange(minX, maxX);
    m_axisY->setRange(0, std::ceil(maxY * 1.15));
    m_axisY->applyNiceNumbers();
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
