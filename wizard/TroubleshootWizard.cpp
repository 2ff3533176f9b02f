// SPDX-License-Identifier: GPL-3.0-or-later
#include "TroubleshootWizard.h"

#include "EvidenceFormat.h"
#include "widgets/EvidenceLogPanel.h"

#include "DiagnosisSession.h"
#include "pages/CapturePage.h"
#include "pages/CausePage.h"
#include "pages/ElsewherePage.h"
#include "pages/EnvironmentPage.h"
#include "pages/ReportPage.h"
#include "pages/ResolutionPage.h"
#include "pages/SymptomPage.h"
#include "pages/VerifyPage.h"
#include "widgets/CapturePanel.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QUrl>

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

/** The one local file a drag carries, or empty: several files or a web address are not a capture to open. */
QString droppedFile(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().front().isLocalFile())
        return {};
    const QString path = mime->urls().front().toLocalFile();
    return QFileInfo(path).isFile() ? path : QString();
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
    setAcceptDrops(true);

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
        if (m_session->protocol() != VpnProtocol::L2tpIpsec)
            return ElsewherePage;
        // From a file the verdict came first: the cause is explained there, the capture is done.
        if (m_session->startedFromFile())
            return resolutionApplies(*m_session) ? ResolutionPage : ReportPage;
        return CausePage;
    case CausePage:
        return CapturePage;
    case CapturePage:
        if (m_session->startedFromFile())
            return EnvironmentPage;
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

bool TroubleshootWizard::openCaptureFile(const QString& path)
{
    if (captureRunning())
        return false;
    if (openLogFile(path))
        return true;
    auto* symptom = qobject_cast<::SymptomPage*>(page(SymptomPage));
    symptom->selectError(792);
    m_session->setStartedFromFile(true);
    auto* capture = qobject_cast<::CapturePage*>(page(CapturePage));
    capture->queueFile(path);
    setStartId(CapturePage);
    restart();
    return true;
}

bool TroubleshootWizard::openLogFile(const QString& path)
{
    // By content, as `frag792 analyze --evidence` does: a capture file is never taken for a log.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const EvidenceFormat format = sniffEvidenceFormat(file.read(65536)).format;
    if (format == EvidenceFormat::Unknown)
        return false;
    const bool firewall =
        format == EvidenceFormat::FirewallW3c || format == EvidenceFormat::FirewallViewerExport;
    if (firewall) {
        auto* symptom = qobject_cast<::SymptomPage*>(page(SymptomPage));
        symptom->selectError(792);
        setStartId(CapturePage);
        restart();
        qobject_cast<::CapturePage*>(page(CapturePage))->firewallLogPanel()->readFile(path);
    } else {
        setStartId(SymptomPage);
        restart();
        qobject_cast<::SymptomPage*>(page(SymptomPage))->eventLogPanel()->readFile(path);
    }
    return true;
}

bool TroubleshootWizard::captureRunning() const
{
    return qobject_cast<::CapturePage*>(page(CapturePage))->panel()->isRunning() ||
           qobject_cast<::CapturePage*>(page(CapturePage))->firewallLogPanel()->isReading() ||
           qobject_cast<::SymptomPage*>(page(SymptomPage))->eventLogPanel()->isReading() ||
           qobject_cast<::VerifyPage*>(page(VerifyPage))->panel()->isRunning();
}

void TroubleshootWizard::dragEnterEvent(QDragEnterEvent* event)
{
    if (!droppedFile(event->mimeData()).isEmpty() && !captureRunning())
        event->acceptProposedAction();
}

void TroubleshootWizard::dropEvent(QDropEvent* event)
{
    const QString path = droppedFile(event->mimeData());
    if (!path.isEmpty() && openCaptureFile(path))
        event->acceptProposedAction();
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
