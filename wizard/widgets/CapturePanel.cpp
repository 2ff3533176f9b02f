// SPDX-License-Identifier: GPL-3.0-or-later
#include "CapturePanel.h"

#include "CaptureGuide.h"

#include "CapturePermission.h"
#include "NetworkInterfaces.h"
#include "SampleCaptures.h"
#include "widgets/CapturePermissionPanel.h"
#include "widgets/FragmentChartView.h"
#include "widgets/TabOrder.h"
#include "widgets/VerdictView.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

constexpr int kNotSure = -1;

QString addressList(const std::vector<IpAddress>& addresses)
{
    QStringList text;
    for (const IpAddress& a : addresses)
        text << a.toString();
    return text.join(QStringLiteral(", "));
}

} // namespace

CapturePanel::CapturePanel(DiagnosisSession* session, DiagnosisSession::Run run, QWidget* parent)
    : QWidget(parent), m_session(session), m_run(run), m_capture(new CaptureRun(this)),
      m_permission(new CapturePermissionPanel(this)), m_liveControls(new QWidget(this)),
      m_interfaces(new QComboBox(this)), m_vantage(new QComboBox(this)),
      m_start(new QPushButton(tr("&Start capture"), this)), m_stop(new QPushButton(tr("S&top"), this)),
      m_openFile(new QPushButton(tr("Open capture &file…"), this)), m_samples(new QComboBox(this)),
      m_openSample(new QPushButton(tr("Open sa&mple"), this)), m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)), m_chart(new FragmentChartView(this)), m_verdict(new VerdictView(this))
{
    setObjectName(QStringLiteral("capturePanel"));
    m_interfaces->setObjectName(QStringLiteral("interfaceCombo"));
    m_interfaces->setAccessibleName(tr("Network interface to capture on"));
    m_interfaces->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_interfaces->setMinimumContentsLength(24);
    m_vantage->setObjectName(QStringLiteral("vantageCombo"));
    m_vantage->setAccessibleName(tr("Where this machine sits"));
    m_vantage->setAccessibleDescription(
        tr("Where the capture is taken decides which drops the verdict can see: on the VPN server, on a "
           "client, or on the path between them."));
    m_vantage->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_vantage->setMinimumContentsLength(24);
    m_vantage->addItem(tr("This machine is the VPN server"), int(VantagePoint::Server));
    m_vantage->addItem(tr("This machine is a VPN client"), int(VantagePoint::Client));
    m_vantage->addItem(tr("A mirror port or tap between them"), int(VantagePoint::Path));
    m_vantage->addItem(tr("Not sure: let frag792 decide from the packets"), kNotSure);
    m_vantage->setCurrentIndex(m_vantage->count() - 1);
    m_start->setObjectName(QStringLiteral("startCaptureButton"));
    m_stop->setObjectName(QStringLiteral("stopCaptureButton"));
    m_openFile->setObjectName(QStringLiteral("openFileButton"));
    m_samples->setObjectName(QStringLiteral("sampleCombo"));
    m_samples->setAccessibleName(tr("Bundled sample captures"));
    m_samples->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_samples->setMinimumContentsLength(20);
    m_openSample->setObjectName(QStringLiteral("openSampleButton"));
    m_progress->setObjectName(QStringLiteral("fileProgressBar"));
    m_progress->setAccessibleName(tr("Progress reading the capture file"));
    m_progress->setRange(0, 1000);
    m_progress->setVisible(false);
    m_status->setObjectName(QStringLiteral("captureStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);

    // Live capture: interface, vantage, start/stop.
    auto* liveBox = new QGroupBox(tr("Capture live on this machine"), this);
    auto* liveGrid = new QGridLayout(m_liveControls);
    liveGrid->setContentsMargins(0, 0, 0, 0);
    auto* ifaceLabel = new QLabel(tr("&Interface:"), m_liveControls);
    ifaceLabel->setBuddy(m_interfaces);
    liveGrid->addWidget(ifaceLabel, 0, 0);
    liveGrid->addWidget(m_interfaces, 0, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_stop);
    liveGrid->addLayout(buttons, 0, 2);
    liveGrid->setColumnStretch(1, 1);
    auto* liveLayout = new QVBoxLayout(liveBox);
    liveLayout->addWidget(m_permission);
    liveLayout->addWidget(m_liveControls);

    auto* vantageRow = new QHBoxLayout;
    auto* vantageLabel = new QLabel(tr("&Where the capture is taken:"), this);
    vantageLabel->setBuddy(m_vantage);
    vantageLabel->setWordWrap(true);
    vantageRow->addWidget(vantageLabel);
    vantageRow->addWidget(m_vantage, 1);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_openFile);
    fileRow->addSpacing(12);
    fileRow->addWidget(m_samples, 1);
    fileRow->addWidget(m_openSample);

    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("resultTabs"));
    tabs->addTab(m_chart, tr("Fragment &arrival"));
    tabs->addTab(m_verdict, tr("&Verdict and timeline"));
    tabs->setTabEnabled(1, false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(vantageRow);
    layout->addWidget(liveBox);
    layout->addLayout(fileRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(tabs, 1);
    // Members are created before the layout that places them: put Tab in reading order.
    chainTabStops({m_vantage, m_permission, m_interfaces, m_start, m_stop, m_openFile, m_samples,
                   m_openSample, tabs->findChild<QTabBar*>(), m_chart, m_verdict});

    connect(m_start, &QPushButton::clicked, this, &CapturePanel::startLive);
    connect(m_stop, &QPushButton::clicked, this, &CapturePanel::stopCapture);
    connect(m_openFile, &QPushButton::clicked, this, &CapturePanel::chooseFile);
    connect(m_openSample, &QPushButton::clicked, this, &CapturePanel::openSelectedSample);
    connect(m_capture, &CaptureRun::statisticsUpdated, this, &CapturePanel::onStatistics);
    connect(m_capture, &CaptureRun::fileProgress, this, &CapturePanel::onFileProgress);
    connect(m_capture, &CaptureRun::finished, this, &CapturePanel::onFinished);
    connect(this, &CapturePanel::captureDone, this, [tabs, this] {
        const bool haveResult = m_session->result(m_run) != nullptr;
        tabs->setTabEnabled(1, haveResult);
        if (haveResult)
            tabs->setCurrentIndex(1);
    });
    connect(this, &CapturePanel::runningChanged, this, [tabs](bool running) {
        if (running) {
            tabs->setTabEnabled(1, false);
            tabs->setCurrentIndex(0);
        }
    });

    populateInterfaces();
    populateSamples();
    // The permission panel explains the same decision (CapturePermission::helperAccess).
    setLiveCaptureAllowed(CapturePermission::processCanCapture());
}

CapturePanel::~CapturePanel()
{
    // Stops and waits for the capture before the widgets it reports to go away.
    delete m_capture;
}

void CapturePanel::setLiveCaptureAllowed(bool allowed)
{
    m_liveAllowed = allowed;
    m_permission->setVisible(!allowed);
    m_liveControls->setEnabled(allowed);
    updateControls();
}

void CapturePanel::populateInterfaces()
{
    QString error;
    const std::vector<NetworkInterface> interfaces = listNetworkInterfaces(&error);
    // The likely interface: the typed server address if it is ours, else the first one up with an address.
    const IpAddress server = IpAddress::fromString(m_session->serverName());
    int likely = -1;
    for (std::size_t i = 0; i < interfaces.size(); ++i) {
        const NetworkInterface& n = interfaces[i];
        if (server.isValid() &&
            std::find(n.addresses.begin(), n.addresses.end(), server) != n.addresses.end()) {
            likely = int(i);
            break;
        }
        if (likely < 0 && n.up && !n.loopback && !n.addresses.empty())
            likely = int(i);
    }
    m_interfaces->clear();
    for (std::size_t i = 0; i < interfaces.size(); ++i) {
        const NetworkInterface& n = interfaces[i];
        QString text = n.name;
        const QString addresses = addressList(n.addresses);
        if (!addresses.isEmpty())
            text += QStringLiteral(" — ") + addresses;
        else if (!n.description.isEmpty())
            text += QStringLiteral(" — ") + n.description;
        if (int(i) == likely)
            text += QLatin1Char(' ') + tr("(likely)");
        m_interfaces->addItem(text, n.name);
        m_interfaces->setItemData(m_interfaces->count() - 1, n.description, Qt::ToolTipRole);
    }
    if (likely >= 0)
        m_interfaces->setCurrentIndex(likely);
    if (interfaces.empty())
        m_interfaces->addItem(error.isEmpty() ? tr("No capturable interface found") : error, QString());
}

void CapturePanel::populateSamples()
{
    m_samples->clear();
    for (const SampleCapture& s : SampleCaptures::available())
        m_samples->addItem(s.title, s.location);
    m_samples->setEnabled(m_samples->count() > 0);
    m_openSample->setEnabled(m_samples->count() > 0);
}

std::optional<VantagePoint> CapturePanel::statedVantage() const
{
    const int stated = m_vantage->currentData().toInt();
    return stated == kNotSure ? std::nullopt : std::optional<VantagePoint>(VantagePoint(stated));
}

void CapturePanel::analyzeFile(const QString& path)
{
    if (isRunning())
        return;
    // No Linux reader understands an .etl: say how to convert it instead of failing on it.
    if (QFileInfo(path).suffix().compare(QLatin1String("etl"), Qt::CaseInsensitive) == 0) {
        m_status->setText(CaptureGuide::etlAdvice());
        return;
    }
    CaptureRun::Settings settings;
    settings.capture.kind = CaptureRequest::Kind::File;
    settings.capture.path = path;
    m_live = false;
    m_status->setText(tr("Reading %1…").arg(QFileInfo(path).fileName().toHtmlEscaped()));
    startCapture(settings);
}

void CapturePanel::startLive()
{
    if (isRunning() || !m_liveAllowed)
        return;
    const QString name = m_interfaces->currentData().toString();
    if (name.isEmpty())
        return;
    CaptureRun::Settings settings;
    settings.capture.kind = CaptureRequest::Kind::Live;
    settings.capture.interfaceName = name;
    m_live = true;
    m_status->setText(
        tr("Capturing on %1. Now connect the VPN client and wait for the error (about a minute), "
           "then click Stop.")
            .arg(name.toHtmlEscaped()));
    startCapture(settings);
}

void CapturePanel::startCapture(CaptureRun::Settings settings)
{
    m_evidencePath = m_session->newEvidencePath(m_run);
    settings.capture.writePath = m_evidencePath;
    settings.statedVantage = statedVantage();
    m_session->clearResult(m_run);
    m_chart->reset();
    m_verdict->clear();
    m_progress->setVisible(!m_live);
    m_progress->setValue(0);

    m_liveClock.start();
    m_capture->start(settings);
    updateControls();
    emit runningChanged(true);
}

void CapturePanel::stopCapture()
{
    m_capture->stop();
}

void CapturePanel::onStatistics(const LiveStatistics& statistics)
{
    if (m_live)
        m_chart->addSnapshot(statistics, double(m_liveClock.elapsed()) / 1000.0);
    else
        m_chart->setCounters(statistics);
}

void CapturePanel::onFileProgress(int permille)
{
    m_progress->setValue(permille);
}

void CapturePanel::onFinished(const SharedAnalysisResult& result, const CaptureOutcome& outcome)
{
    m_progress->setVisible(false);
    if (!m_live && result)
        m_chart->showActivity(result->activity);
    m_chart->flush();

    if (outcome.outcomeClass() == CaptureOutcome::Class::NotPermitted)
        setLiveCaptureAllowed(false);
    // CaptureRun hands over a result exactly when CaptureOutcome says it is worth showing.
    if (result) {
        const QString evidence = outcome.error() == CaptureError::WriteFailed ? QString() : m_evidencePath;
        m_session->setResult(m_run, result, evidence);
        showSessionVerdict();
        QString status =
            tr("Done: %n packet(s) analysed.", nullptr, int(qMin<quint64>(result->packets, INT_MAX)));
        if (outcome.error() != CaptureError::None)
            status += QLatin1Char(' ') + errorText(outcome);
        m_status->setText(status);
    } else {
        m_status->setText(errorText(outcome));
    }
    updateControls();
    emit runningChanged(false);
    emit captureDone();
}

void CapturePanel::showSessionVerdict()
{
    // The session's result, not the capture's alone: logs read beside it are part of the verdict.
    if (const SharedAnalysisResult result = m_session->result(m_run))
        m_verdict->setResult(*result);
}

QString CapturePanel::errorText(const CaptureOutcome& outcome) const
{
    QString text;
    switch (outcome.error()) {
    case CaptureError::None:
        // Only a run that never began ends without a code and without a result.
        if (outcome.hasUsableResult())
            return QString();
        text = tr("The capture failed.");
        break;
    case CaptureError::FileMissing:
        text = tr("The file does not exist.");
        break;
    case CaptureError::FileUnreadable:
        text = tr("The file cannot be read as a capture (pcap, pcapng or Network Monitor .cap).");
        break;
    case CaptureError::FileTruncated:
        text = outcome.began()
                   ? tr("The file ends in the middle of a packet; the packets before that were analysed.")
                   : tr("The file ends inside its header; there is nothing to analyse.");
        break;
    case CaptureError::UnsupportedLinkType:
        text = tr("The capture's link type is not supported.");
        break;
    case CaptureError::BadFilter:
        text = tr("The capture filter was rejected.");
        break;
    case CaptureError::PermissionDenied:
        text = tr("Capturing is not permitted: see the command above.");
        break;
    case CaptureError::NoSuchInterface:
        text = tr("The interface does not exist (any more).");
        break;
    case CaptureError::InterfaceWentDown:
        text = tr("The interface went down during the capture.");
        break;
    case CaptureError::WriteFailed:
        text = tr("The evidence file could not be written, so the report will not include it.");
        break;
    case CaptureError::ReaderUnavailable:
        text = tr("libpcap cannot read this file and frag792's reader of other formats (Network Monitor "
                  ".cap) is missing or from another build: reinstall frag792.");
        break;
    case CaptureError::Other:
        text = outcome.began() ? tr("The capture ended early; what arrived before that was analysed.")
                               : tr("The capture failed.");
        break;
    }
    return QStringLiteral("<b>%1</b> <small>(%2)</small>")
        .arg(text.toHtmlEscaped(), outcome.detail().toHtmlEscaped());
}

void CapturePanel::chooseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open a capture file"), QString(),
                                     tr("Captures (*.pcapng *.pcap *.cap *.etl);;All files (*)"));
    if (!path.isEmpty())
        analyzeFile(path);
}

void CapturePanel::openSelectedSample()
{
    const QList<SampleCapture> samples = SampleCaptures::available();
    const QString location = m_samples->currentData().toString();
    for (const SampleCapture& s : samples) {
        if (s.location != location)
            continue;
        const QString path = SampleCaptures::materialize(s, m_session->evidenceDirectory());
        if (path.isEmpty())
            m_status->setText(tr("The sample could not be unpacked."));
        else
            analyzeFile(path);
        return;
    }
}

void CapturePanel::updateControls()
{
    const bool running = isRunning();
    m_start->setEnabled(!running && m_liveAllowed && !m_interfaces->currentData().toString().isEmpty());
    m_stop->setEnabled(running);
    m_openFile->setEnabled(!running);
    m_openSample->setEnabled(!running && m_samples->count() > 0);
    m_vantage->setEnabled(!running);
    m_interfaces->setEnabled(!running);
}
