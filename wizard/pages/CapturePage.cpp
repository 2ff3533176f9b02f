// SPDX-License-Identifier: GPL-3.0-or-later
#include "CapturePage.h"

#include "DiagnosisSession.h"
#include "ReportAdvice.h"
#include "widgets/CaptureGuide.h"
#include "widgets/CapturePanel.h"
#include "widgets/EvidenceLogPanel.h"
#include "widgets/TabOrder.h"

#include <QCheckBox>
#include <QLabel>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

CapturePage::CapturePage(DiagnosisSession* session, QWidget* parent)
    : QWizardPage(parent), m_session(session), m_showGuide(new QToolButton(this)),
      m_guide(new CaptureGuide(this)),
      m_panel(new CapturePanel(session, DiagnosisSession::Run::Before, this)), m_advice(new QLabel(this)),
      m_skip(new QCheckBox(tr("S&kip the capture: I already know \"Block IP fragments\" is on"), this)),
      m_firewallLog(new EvidenceLogPanel(session, EvidenceLogPanel::Kind::FirewallLog, this))
{
    setObjectName(QStringLiteral("capturePage"));
    setTitle(tr("Confirm the cause with a capture"));
    setSubTitle(
        tr("Capture while a client tries to connect (best on the VPN server), or open a capture file. "
           "frag792 looks for fragmented IKE messages that are never answered."));

    m_advice->setObjectName(QStringLiteral("captureAdvice"));
    m_advice->setWordWrap(true);
    m_advice->setTextFormat(Qt::RichText);
    m_advice->setVisible(false);
    m_skip->setObjectName(QStringLiteral("skipCaptureCheck"));
    m_skip->setAccessibleDescription(
        tr("Goes on to the console change without a capture; the report then says that no capture was "
           "analysed."));

    // frag792 rarely runs on the ISA/TMG server itself: say how to capture there, folded away.
    m_guide->setVisible(false);
    m_showGuide->setObjectName(QStringLiteral("showCaptureGuide"));
    m_showGuide->setText(tr("How to capture on the server or a Windows client"));
    m_showGuide->setCheckable(true);
    m_showGuide->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_showGuide->setArrowType(Qt::RightArrow);
    m_showGuide->setAutoRaise(true);
    connect(m_showGuide, &QToolButton::toggled, this, [this](bool on) {
        m_guide->setVisible(on);
        m_showGuide->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_showGuide);
    layout->addWidget(m_guide);
    layout->addWidget(m_panel, 1);
    layout->addWidget(m_firewallLog);
    layout->addWidget(m_advice);
    layout->addWidget(m_skip);
    chainTabStops({m_showGuide, m_guide, m_panel, m_firewallLog, m_skip});

    connect(m_panel, &CapturePanel::runningChanged, this, &CapturePage::completeChanged);
    connect(m_panel, &CapturePanel::captureDone, this, &CapturePage::onCaptureDone);
    connect(m_skip, &QCheckBox::toggled, m_session, &DiagnosisSession::setCaptureSkipped);
    connect(m_skip, &QCheckBox::toggled, this, &CapturePage::completeChanged);
    connect(m_firewallLog, &EvidenceLogPanel::readingChanged, this, &CapturePage::completeChanged);
    // A log alone gives a verdict too (as `frag792 analyze --evidence` without a capture).
    connect(m_firewallLog, &EvidenceLogPanel::logRead, this, &CapturePage::onCaptureDone);
}

void CapturePage::queueFile(const QString& path)
{
    m_queuedFile = path;
}

void CapturePage::initializePage()
{
    m_guide->setProduct(m_session->product());
    if (!m_queuedFile.isEmpty()) {
        const QString file = std::exchange(m_queuedFile, QString());
        // After the page is shown, so the progress bar is visible from the first permille.
        QTimer::singleShot(0, m_panel, [this, file] { m_panel->analyzeFile(file); });
    }
}

bool CapturePage::isComplete() const
{
    if (m_panel->isRunning() || m_firewallLog->isReading())
        return false;
    return m_session->captureSkipped() || m_session->result(DiagnosisSession::Run::Before) != nullptr;
}

bool CapturePage::validatePage()
{
    return !m_panel->isRunning() && !m_firewallLog->isReading();
}

void CapturePage::onCaptureDone()
{
    const auto& result = m_session->result(DiagnosisSession::Run::Before);
    m_advice->setVisible(result != nullptr);
    m_panel->showSessionVerdict(); // a firewall log read after the capture joins its verdict
    if (result) {
        const VerdictCode code = result->verdict.code;
        // Where Next leads follows the same rule as the wizard's page order.
        QString next;
        if (m_session->startedFromFile())
            next = tr("Click Next to confirm what the capture shows about the server.");
        else if (verdictResolutionApplies(code))
            next = tr("Click Next to clear \"Block IP fragments\" in the management console.");
        else
            next = tr("Click Next for the report.");
        m_advice->setText(
            QStringLiteral("<b>%1 %2</b>")
                .arg(verdictAdviceText(code, VerdictAdvice::AfterDiagnosis, true).toHtmlEscaped(),
                     next.toHtmlEscaped()));
        if (m_skip->isChecked())
            m_skip->setChecked(false);
    }
    emit completeChanged();
}
