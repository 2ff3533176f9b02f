// SPDX-License-Identifier: GPL-3.0-or-later
#include "VerifyPage.h"

#include "DiagnosisSession.h"
#include "ReportAdvice.h"
#include "widgets/CapturePanel.h"

#include <QLabel>
#include <QVBoxLayout>

VerifyPage::VerifyPage(DiagnosisSession* session, QWidget* parent)
    : QWizardPage(parent), m_session(session),
      m_panel(new CapturePanel(session, DiagnosisSession::Run::After, this)), m_outcome(new QLabel(this))
{
    setObjectName(QStringLiteral("verifyPage"));
    setTitle(tr("Verify the fix"));
    setSubTitle(
        tr("Disconnect the VPN client and connect again: sessions that existed before Apply keep the old "
           "policy. Capture while it connects, the same way as before."));

    m_outcome->setObjectName(QStringLiteral("verifyOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextFormat(Qt::RichText);
    m_outcome->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_panel, 1);
    layout->addWidget(m_outcome);

    connect(m_panel, &CapturePanel::runningChanged, this, &VerifyPage::completeChanged);
    connect(m_panel, &CapturePanel::captureDone, this, &VerifyPage::onCaptureDone);
}

bool VerifyPage::isComplete() const
{
    // Verification is recommended, not forced: the report says when it is missing.
    return !m_panel->isRunning();
}

void VerifyPage::onCaptureDone()
{
    const auto& result = m_session->result(DiagnosisSession::Run::After);
    m_outcome->setVisible(result != nullptr);
    if (result) {
        const VerdictCode code = result->verdict.code;
        const QString colour =
            verdictClosesCase(code) ? QStringLiteral("#1a7f37") : QStringLiteral("#b35900");
        m_outcome->setText(
            QStringLiteral("<b style=\"color:%1\">%2 %3</b>")
                .arg(colour, caseStatusText(code).toHtmlEscaped(),
                     verdictAdviceText(code, VerdictAdvice::AfterVerification, true).toHtmlEscaped()));
    }
    emit completeChanged();
}
