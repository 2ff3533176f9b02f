// SPDX-License-Identifier: GPL-3.0-or-later
#include "CapturePermissionPanel.h"

#include "CapturePermission.h"

#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

CapturePermissionPanel::CapturePermissionPanel(QWidget* parent)
    : QFrame(parent), m_command(new QLineEdit(this))
{
    setObjectName(QStringLiteral("capturePermissionPanel"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, QColor(255, 244, 206));
    pal.setColor(QPalette::WindowText, QColor(60, 45, 0));
    setPalette(pal);

    auto* heading = new QLabel(tr("<b>Live capture is not permitted for this program yet.</b>"), this);
    heading->setWordWrap(true);
    auto* text = new QLabel(
        tr("Capturing packets needs the CAP_NET_RAW and CAP_NET_ADMIN capabilities. Grant them "
           "once to this executable (an administrator runs the command below), then start "
           "frag792 again. The wizard itself never needs to run as an administrator. You can still "
           "open a capture file or a sample."),
        this);
    text->setWordWrap(true);

    m_command->setObjectName(QStringLiteral("grantCommandEdit"));
    m_command->setAccessibleName(tr("Command that grants capture permission"));
    m_command->setReadOnly(true);
    // Only the capture helper gets the capabilities; the wizard itself stays unprivileged.
    m_command->setText(CapturePermission::grantCommand(CapturePermission::captureHelperPath()));
    m_command->setCursorPosition(0);
    auto* copy = new QPushButton(tr("&Copy command"), this);
    copy->setObjectName(QStringLiteral("copyGrantCommandButton"));

    auto* row = new QHBoxLayout;
    row->addWidget(m_command, 1);
    row->addWidget(copy);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addLayout(row);

    connect(copy, &QPushButton::clicked, this, &CapturePermissionPanel::copyCommand);
}

void CapturePermissionPanel::copyCommand()
{
    QApplication::clipboard()->setText(m_command->text());
}
