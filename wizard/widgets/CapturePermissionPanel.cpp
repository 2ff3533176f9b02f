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
    : QFrame(parent), m_text(new QLabel(this)), m_command(new QLineEdit(this)),
      m_copy(new QPushButton(tr("&Copy command"), this))
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
    m_text->setObjectName(QStringLiteral("capturePermissionText"));
    m_text->setWordWrap(true);

    m_command->setObjectName(QStringLiteral("grantCommandEdit"));
    m_command->setAccessibleName(tr("Command that grants capture permission"));
    m_command->setReadOnly(true);
    m_copy->setObjectName(QStringLiteral("copyGrantCommandButton"));

    auto* row = new QHBoxLayout;
    row->addWidget(m_command, 1);
    row->addWidget(m_copy);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_text);
    layout->addLayout(row);

    connect(m_copy, &QPushButton::clicked, this, &CapturePermissionPanel::copyCommand);
    const QString helper = CapturePermission::captureHelperPath();
    showDecision(CapturePermission::helperAccess(helper), helper);
}

void CapturePermissionPanel::showDecision(const HelperAccess::Decision& decision, const QString& helper)
{
    using HelperAccess::Verdict;
    const QString openFile = tr("You can still open a capture file or a sample.");
    QString text;
    QString command;
    switch (decision.verdict) {
    case Verdict::JoinGroup:
        text = tr("Only members of the group %1 may capture packets. Add yourself to the group %1 "
                  "(an administrator runs the command below), then log out and log in again.")
                   .arg(decision.group);
        command = CapturePermission::joinGroupCommand(decision.group);
        break;
    case Verdict::LogInAgain:
        text = tr("You are a member of the group %1, but this session started before you joined it. "
                  "Log out and log in again, then start frag792.")
                   .arg(decision.group);
        break;
    case Verdict::HelperMissing:
        text = tr("The capture helper %1 is missing. Reinstall frag792.").arg(helper);
        break;
    case Verdict::NotExecutable:
        text = tr("This user may not run the capture helper %1. Ask an administrator to check its "
                  "owner and permissions.")
                   .arg(helper);
        break;
    case Verdict::GrantCapabilities:
    case Verdict::Permitted:
        // Only the capture helper gets the capabilities; the wizard itself stays unprivileged.
        text = tr("Capturing packets needs the CAP_NET_RAW and CAP_NET_ADMIN capabilities. Grant them "
                  "once to the capture helper (an administrator runs the command below), then start "
                  "frag792 again. The wizard itself never needs to run as an administrator.");
        command = CapturePermission::grantCommand(helper);
        break;
    }
    m_text->setText(text + QLatin1Char(' ') + openFile);
    m_command->setText(command);
    m_command->setCursorPosition(0);
    m_command->setVisible(!command.isEmpty());
    m_copy->setVisible(!command.isEmpty());
}

void CapturePermissionPanel::copyCommand()
{
    QApplication::clipboard()->setText(m_command->text());
}
