// SPDX-License-Identifier: GPL-3.0-or-later
#include "TroubleshootWizard.h"

#include "DiagnosisSession.h"
#include "pages/CapturePage.h"
#include "pages/CausePage.h"
#include "pages/ElsewherePage.h"
#include "pages/EnvironmentPage.h"
#include "pages/ReportPage.h"
#include "pages/ResolutionPage.h"
#include "pages/SymptomPage.h"
#include "pages/VerifyPage.h"

#include <QMessageBox>

namespace {

/** The capture found what KB 838438 describes, or could not tell where fragments die. */
bool resolutionApplies(const DiagnosisSession& session)
{
    if (session.captureSkipped())
        return true;
    const auto& before = session.result(DiagnosisSession::Run::Before);
    if (!before)
        return true;
    return verdictResolutionApplies(before->verdict.code);
}

} // namespace

TroubleshootWizard::TroubleshootWizard(QWidget* parent)
    : QWizard(parent), m_session(new DiagnosisSession(this))
{
    setObjectName(QStringLiteral("troubleshootWizard"));
    setWindowTitle(tr("Error 792 troubleshooter (KB 838438)"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::HaveHelpButton, true);
    // Help at the right end, as in Windows wizards: QWizard chains it after Cancel, so Tab
    // order then follows reading order (at the left it is read first but reached last).
    setOption(QWizard::HelpButtonOnRight, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    // Resolution and verification are long pages; without this the window jumps in size.
    setOption(QWizard::IndependentPages, false);

    setPage(SymptomPage, new ::SymptomPage(m_session));
    setPage(ElsewherePage, new ::ElsewherePage(m_session));
    setPage(EnvironmentPage, new ::EnvironmentPage(m_session));
    setPage(CausePage, new ::CausePage(m_session));
    setPage(CapturePage, new ::CapturePage(m_session));
    setPage(ResolutionPage, new ::ResolutionPage(m_session));
    setPage(VerifyPage, new ::VerifyPage(m_session));
    setPage(ReportPage, new ::ReportPage(m_session));
    setStartId(SymptomPage);

    connect(this, &QWizard::helpRequested, this, &TroubleshootWizard::onHelpRequested);
}

TroubleshootWizard::~TroubleshootWizard() = default;

int TroubleshootWizard::nextId() const
{
    switch (currentId()) {
    case SymptomPage:
        return m_session->errorCode() == 792 ? EnvironmentPage : ElsewherePage;
    case ElsewherePage:
        return -1;
    case EnvironmentPage:
        // PPTP and SSTP never use IKE, so the KB cannot apply; say why and stop.
        return m_session->protocol() == VpnProtocol::L2tpIpsec ? CausePage : ElsewherePage;
    case CausePage:
        return CapturePage;
    case CapturePage:
        // Only a server that drops fragments (or a capture that cannot tell) leads to the console change;
        // every other verdict points away from the IP Fragments setting, straight to the report.
        return resolutionApplies(*m_session) ? ResolutionPage : ReportPage;
    case ResolutionPage:
        return VerifyPage;
    case VerifyPage:
        return ReportPage;
    case ReportPage:
    default:
        return -1;
    }
}

void TroubleshootWizard::openCaptureFile(const QString& path)
{
    auto* capture = qobject_cast<::CapturePage*>(page(CapturePage));
    capture->queueFile(path);
    if (currentId() == -1)
        restart();
    auto* symptom = qobject_cast<::SymptomPage*>(page(SymptomPage));
    symptom->selectError(792);
    // Walk forward while the answers allow; the first incomplete page (usually the
    // environment page) is where the technician takes over.
    while (currentId() != CapturePage && currentPage() && currentPage()->isComplete() && nextId() != -1) {
        const int before = currentId();
        next();
        if (currentId() == before)
            break;
    }
}

void TroubleshootWizard::onHelpRequested()
{
    QMessageBox::information(
        this, tr("About this troubleshooter"),
        tr("This wizard follows Microsoft KB 838438: L2TP/IPsec VPN clients of ISA Server 2004, ISA Server "
           "2006 or "
           "Forefront TMG Medium Business Edition fail with Error 792 when the firewall blocks IP "
           "fragments.\n\n"
           "Describe the symptom and the server, confirm the cause with a capture, make the change in the "
           "console "
           "(the wizard shows where to click), verify with a second capture and export a report."));
}
