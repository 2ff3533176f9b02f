// SPDX-License-Identifier: GPL-3.0-or-later
#include "MimicWindowFrame.h"

#include <QLabel>
#include <QVBoxLayout>

MimicWindowFrame::MimicWindowFrame(const QString& title, QWidget* parent)
    : QFrame(parent), m_title(new QLabel(this)), m_content(new QVBoxLayout)
{
    setFrameShape(QFrame::Box);
    setLineWidth(1);
    setAutoFillBackground(true);
    m_title->setObjectName(QStringLiteral("mimicCaption"));
    m_title->setWordWrap(true);
    m_title->setAutoFillBackground(true);
    // Windows Server 2003 caption colours: readable on any palette because both are fixed.
    QPalette captionPalette = m_title->palette();
    captionPalette.setColor(QPalette::Window, QColor(10, 36, 106));
    captionPalette.setColor(QPalette::WindowText, Qt::white);
    m_title->setPalette(captionPalette);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setContentsMargins(6, 3, 6, 3);
    setTitle(title);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(0);
    layout->addWidget(m_title);
    m_content->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(m_content, 1);
}

bool MimicWindowFrame::focusNextPrevChild(bool next)
{
    if (!m_modal || !isVisible())
        return QFrame::focusNextPrevChild(next);
    // The window's focus chain, restricted to this frame, in chain order.
    QList<QWidget*> stops;
    for (QWidget* w = nextInFocusChain(); w != this; w = w->nextInFocusChain())
        if (isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !w->focusProxy() &&
            w->isEnabled() && w->isVisibleTo(this))
            stops << w;
    if (stops.isEmpty())
        return QFrame::focusNextPrevChild(next);
    QWidget* current = focusWidget();
    qsizetype at = stops.indexOf(current);
    if (at < 0)
        at = next ? stops.size() - 1 : 0;
    const qsizetype to = (at + (next ? 1 : stops.size() - 1)) % stops.size();
    stops[to]->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    return true;
}

void MimicWindowFrame::setTitle(const QString& title)
{
    m_title->setText(title);
    m_title->setAccessibleName(title);
}
