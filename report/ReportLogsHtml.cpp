// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportLogsHtml.h"

#include "FindingText.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <climits>

QString ReportLogsHtml::body(const AnalysisResult& r, const std::function<QString(const QString&)>& escape)
{
    QString html;
    const Corroboration& c = *r.corroboration;
    if (r.verdictFromLogs)
        html += QStringLiteral("<p><b>%1</b></p>\n")
                    .arg(tr("No capture: the verdict comes from these logs alone.").toHtmlEscaped());
    if (!c.notes.empty()) {
        html += QStringLiteral("<ul>\n");
        for (const Finding& note : c.notes)
            html += QStringLiteral("<li>%1</li>\n").arg(escape(findingText(note)));
        html += QStringLiteral("</ul>\n");
    }
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" "
                           "border=\"1\"><tr><th>%1</th><th>%2</th><th>%3</th></tr>\n")
                .arg(tr("Time").toHtmlEscaped(), tr("Strength").toHtmlEscaped(),
                     tr("What the log says").toHtmlEscaped());
    for (const CorroborationItem& item : c.items) {
        const QString when = itemTime(item, r);
        html +=
            QStringLiteral(
                "<tr><td>%1</td><td><code>%2</code></td><td>%3 <span class=\"muted\">(%4)</span></td></tr>\n")
                .arg(when.toHtmlEscaped(), item.strength.toHtmlEscaped(), escape(findingText(item.detail)),
                     escape(item.source));
    }
    html += QStringLiteral("</table>\n");
    if (c.itemsDropped > 0)
        html += QStringLiteral("<p class=\"muted\">%1</p>\n")
                    .arg(tr("%n more log items not shown.", nullptr,
                            int(std::min<std::uint64_t>(c.itemsDropped, INT_MAX)))
                             .toHtmlEscaped());
    return html;
}

QString ReportLogsHtml::itemTime(const CorroborationItem& item, const AnalysisResult& r)
{
    const QString utc = item.timeUtcMs
                            ? QDateTime::fromMSecsSinceEpoch(*item.timeUtcMs, Qt::UTC).toString(Qt::ISODate)
                            : QString();
    switch (placeItem(item, r.packets, r.firstTimestampUs, r.lastTimestampUs)) {
    case ItemPlacement::TimeUnknown:
        break;
    case ItemPlacement::LocalTime:
        return tr("%1 (local time, zone unknown)")
            .arg(QDateTime::fromMSecsSinceEpoch(*item.localTimeMs, Qt::UTC)
                     .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    case ItemPlacement::NoCapture:
        return utc;
    case ItemPlacement::InCapture:
        // In the reader's locale ("1,5 s" in German), like the findings beside it.
        return QLocale().toString(double(*item.timeUtcMs * 1000 - r.firstTimestampUs) / 1e6, 'f', 1) +
               QStringLiteral(" s");
    case ItemPlacement::BeforeCapture:
        return tr("%1, before the capture").arg(utc);
    case ItemPlacement::AfterCapture:
        return tr("%1, after the capture").arg(utc);
    }
    return tr("zone unknown");
}
