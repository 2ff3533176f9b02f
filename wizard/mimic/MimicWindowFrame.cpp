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

void MimicWindowFrame::setTitle(const QString& title)
{
    m_title->setText(title);
    m_title->setAccessibleName(title);
}
