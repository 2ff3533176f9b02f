// SPDX-License-Identifier: GPL-3.0-or-later
#include "VerdictView.h"

#include "AnalysisResult.h"
#include "FindingText.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace {

QLabel* wrapped(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

VerdictView::VerdictView(QWidget* parent)
    : QWidget(parent), m_title(wrapped(QStringLiteral("verdictTitle"), this)),
      m_explanation(wrapped(QStringLiteral("verdictExplanation"), this)),
      m_conflict(wrapped(QStringLiteral("vantageConflict"), this)),
      m_evidence(wrapped(QStringLiteral("verdictEvidence"), this)), m_timeline(new QTableWidget(this))
{
    setObjectName(QStringLiteral("verdictView"));
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_title->setFont(big);
    // A warning box in fixed colours, readable on light and dark palettes alike.
    m_conflict->setStyleSheet(
        QStringLiteral("QLabel { background-color: #fff4d6; color: #3d2c00; "
                       "border: 1px solid #d9a400; border-radius: 3px; padding: 6px; }"));

    m_timeline->setObjectName(QStringLiteral("timelineTable"));
    m_timeline->setAccessibleName(tr("IKE timeline"));
    m_timeline->setAccessibleDescription(
        tr("One row per IKE message of the session the verdict is about: time since its first message, "
           "direction, message, size, the IP fragments that carried it, and whether it was answered."));
    // Tab leaves the table instead of walking its cells; the arrow keys move between rows.
    m_timeline->setTabKeyNavigation(false);
    m_timeline->setColumnCount(6);
    m_timeline->setHorizontalHeaderLabels({tr("Time (s)"), tr("Direction"), tr("Message"), tr("Size (bytes)"),
                                           tr("IP fragments"), tr("Answered")});
    m_timeline->verticalHeader()->setVisible(false);
    m_timeline->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timeline->horizontalHeader()->setStretchLastSection(true);
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->setMinimumHeight(fontMetrics().lineSpacing() * 8);

    // The words scroll on their own when there are many (logs read beside the capture add
    // their items): the timeline keeps its rows instead of being squeezed to a header.
    auto* text = new QWidget;
    auto* textLayout = new QVBoxLayout(text);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->addWidget(m_conflict);
    textLayout->addWidget(m_explanation);
    textLayout->addWidget(m_evidence);
    textLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("verdictTextArea"));
    scroll->setWidget(text);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFocusPolicy(Qt::NoFocus); // the labels take focus themselves; the area follows them

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(scroll, 3);
    layout->addWidget(m_timeline, 2);
    clear();
}

void VerdictView::clear()
{
    m_title->clear();
    m_explanation->clear();
    m_conflict->clear();
    m_conflict->setVisible(false);
    m_evidence->clear();
    m_timeline->setRowCount(0);
    setVisible(false);
}

QString VerdictView::logsSummary(const AnalysisResult& result) const
{
    if (!result.corroboration)
        return {};
    // The first items beside the verdict; the log panel and the report list them all.
    constexpr std::size_t kItemsShown = 6;
    const Corroboration& c = *result.corroboration;
    QString html = QStringLiteral("<b>%1</b><ul style=\"margin-left:12px\">").arg(tr("Windows logs:"));
    for (const Finding& note : c.notes)
        html += QStringLiteral("<li>%1</li>").arg(findingText(note).toHtmlEscaped());
    for (std::size_t i = 0; i < c.items.size() && i < kItemsShown; ++i)
        html += QStringLiteral("<li>%1</li>").arg(findingText(c.items[i].detail).toHtmlEscaped());
    const std::uint64_t more =
        c.items.size() > kItemsShown ? c.items.size() - kItemsShown + c.itemsDropped : c.itemsDropped;
    if (more > 0)
        html += QStringLiteral("<li><i>%1</i></li>")
                    .arg(tr("%n more log item(s) in the report.", nullptr,
                            int(std::min<std::uint64_t>(more, INT_MAX)))
                             .toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

void VerdictView::setResult(const AnalysisResult& result)
{
    const Verdict& verdict = result.verdict;
    m_title->setText(verdictTitleText(verdict.code).toHtmlEscaped());
    m_explanation->setText(verdictExplanationText(verdict.code).toHtmlEscaped());
    m_conflict->setVisible(verdict.vantage.conflict.has_value());
    if (verdict.vantage.conflict)
        m_conflict->setText(QStringLiteral("<b>⚠ %1</b> %2")
                                .arg(tr("Capture point in doubt:").toHtmlEscaped(),
                                     findingText(*verdict.vantage.conflict).toHtmlEscaped()));

    // The engine records findings as codes; they are put into words here, in the wizard's language.
    QString evidence = QStringLiteral("<b>%1</b><ul style=\"margin-left:12px\">").arg(tr("Evidence:"));
    for (const Finding& finding : verdict.evidence)
        evidence += QStringLiteral("<li>%1</li>").arg(findingText(finding).toHtmlEscaped());
    if (!result.stoppedEarly.isEmpty())
        evidence += QStringLiteral("<li>%1</li>")
                        .arg(tr("Reading stopped early: %1").arg(result.stoppedEarly.toHtmlEscaped()));
    evidence += QStringLiteral("</ul>");
    evidence += logsSummary(result);
    m_evidence->setText(evidence);

    m_timeline->setRowCount(0);
    const int index = verdict.sessionIndex >= 0 ? verdict.sessionIndex : 0;
    if (index < int(result.sessions.size())) {
        const IkeSession& session = result.sessions[std::size_t(index)];
        const QLocale locale;
        const auto cell = [](const QString& text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter) {
            auto* item = new QTableWidgetItem(text);
            item->setTextAlignment(align);
            return item;
        };
        const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
        for (const SessionMessage& m : session.messages) {
            const int row = m_timeline->rowCount();
            m_timeline->insertRow(row);
            const double seconds = double(m.origin.timestampUs - session.firstSeenUs) / 1e6;
            m_timeline->setItem(row, 0, cell(locale.toString(seconds, 'f', 3), right));
            m_timeline->setItem(row, 1,
                                cell(m.fromInitiator ? tr("client → server") : tr("server → client")));
            QString name = messageRoleName(m.role, m.exchange);
            if (m.isRetransmission())
                name = tr("%1 (retransmission)").arg(name);
            m_timeline->setItem(row, 2, cell(name));
            m_timeline->setItem(row, 3, cell(locale.toString(m.ikeLength), right));
            m_timeline->setItem(row, 4, cell(locale.toString(m.origin.fragmentCount), right));
            QString answered = QStringLiteral("—");
            if (m.answered)
                answered = *m.answered ? tr("yes") : tr("no");
            auto* answeredItem = cell(answered);
            if (m.answered && !*m.answered)
                answeredItem->setForeground(QColor(190, 30, 30));
            m_timeline->setItem(row, 5, answeredItem);
        }
    }
    setVisible(true);
}
