// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceLogPanel.h"

#include "Corroborator.h"
#include "DiagnosisSession.h"
#include "EvidenceFile.h"
#include "EvidenceItem.h"
#include "FindingText.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

EvidenceLogPanel::EvidenceLogPanel(DiagnosisSession* session, Kind kind, QWidget* parent)
    : QWidget(parent), m_session(session), m_kind(kind), m_open(new QPushButton(this)),
      m_hint(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel reading"), this)), m_status(new QLabel(this)),
      m_items(new QListWidget(this)), m_poll(new QTimer(this))
{
    const bool eventLog = kind == Kind::EventLog;
    setObjectName(eventLog ? QStringLiteral("eventLogPanel") : QStringLiteral("firewallLogPanel"));
    m_open->setObjectName(QStringLiteral("openLogButton"));
    m_open->setText(eventLog ? tr("Open the client's event &log...")
                             : tr("Open an ISA/TMG &firewall log..."));
    m_open->setAccessibleName(eventLog ? tr("Open the client's event log")
                                       : tr("Open an ISA/TMG firewall log"));
    m_hint->setObjectName(QStringLiteral("logHint"));
    m_hint->setWordWrap(true);
    m_hint->setText(
        eventLog
            ? tr("Optional: an exported event log (.evtx, Event Viewer XML, wevtutil text or CSV) "
                 "shows the error RasClient 20227 recorded and how far Main Mode got.")
            : tr("Optional, beside or instead of a capture: a W3C firewall log file, or the log viewer's "
                 "copy or export. Logs kept in MSDE or SQL are databases: in ISA/TMG Management open "
                 "Monitoring > Logging, filter, then select the rows and copy them (Ctrl+C) into a text "
                 "file, or export them."));
    m_progress->setObjectName(QStringLiteral("logProgress"));
    m_progress->setAccessibleName(tr("Log reading progress"));
    m_progress->setRange(0, 1000);
    m_progress->setVisible(false);
    m_cancel->setObjectName(QStringLiteral("cancelLogButton"));
    m_cancel->setAccessibleName(tr("Cancel reading the log"));
    m_cancel->setVisible(false);
    m_status->setObjectName(QStringLiteral("logStatus"));
    m_status->setWordWrap(true);
    m_items->setObjectName(QStringLiteral("logItems"));
    m_items->setAccessibleName(tr("What the log shows"));
    m_items->setWordWrap(true);
    m_items->setVisible(false);
    // A few lines, then a scroll bar: on the capture page the verdict above lists the same items
    // and needs the room more.
    m_items->setMaximumHeight(fontMetrics().lineSpacing() * 6 + 2 * m_items->frameWidth());
    m_items->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);

    auto* row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_open, 0, Qt::AlignLeft);
    layout->addWidget(m_hint);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(m_items);

    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &EvidenceLogPanel::updateProgress);
    connect(m_open, &QPushButton::clicked, this, &EvidenceLogPanel::chooseFile);
    connect(m_cancel, &QPushButton::clicked, this, &EvidenceLogPanel::cancel);
}

EvidenceLogPanel::~EvidenceLogPanel()
{
    if (m_thread) {
        m_cancelFlag = true;
        m_thread->wait();
    }
}

void EvidenceLogPanel::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, m_kind == Kind::EventLog ? tr("Open an event log") : tr("Open a firewall log"), QString(),
        tr("Logs (*.evtx *.evt *.xml *.txt *.csv *.log *.w3c *.tsv);;All files (*)"));
    if (!path.isEmpty())
        readFile(path);
}

void EvidenceLogPanel::readFile(const QString& path)
{
    if (m_thread)
        return;
    m_cancelFlag = false;
    m_bytesRead = 0;
    m_bytesTotal = 0;
    m_result = std::make_unique<EvidenceResult>();
    // The thread writes only m_result (read after it finished) and the atomics.
    m_thread = QThread::create([this, path] {
        EvidenceReadOptions options;
        options.cancel = &m_cancelFlag;
        options.progress = [this](std::int64_t read, std::int64_t total) {
            m_bytesRead = read;
            m_bytesTotal = total;
        };
        *m_result = readEvidenceFile(path, options);
    });
    connect(m_thread, &QThread::finished, this, &EvidenceLogPanel::onThreadFinished);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_cancel->setEnabled(true);
    m_open->setEnabled(false);
    m_status->setText(tr("Reading %1...").arg(path));
    m_thread->start(QThread::LowPriority);
    m_poll->start();
    emit readingChanged(true);
}

void EvidenceLogPanel::cancel()
{
    m_cancelFlag = true;
    m_cancel->setEnabled(false);
}

void EvidenceLogPanel::updateProgress()
{
    const std::int64_t total = m_bytesTotal;
    if (total > 0)
        m_progress->setValue(int(std::min<std::int64_t>(1000, m_bytesRead * 1000 / total)));
}

void EvidenceLogPanel::onThreadFinished()
{
    m_poll->stop();
    updateProgress();
    m_thread->deleteLater();
    m_thread = nullptr;
    m_cancel->setVisible(false);
    m_open->setEnabled(true);
    EvidenceResult log = std::move(*m_result);
    m_result.reset();
    showItems(log);
    // A log that could not be read (or whose reader module is missing) is not evidence of anything.
    if (log.format != EvidenceFormat::Unknown && log.unreadable.of(UnreadableReason::OpenFailed) == 0)
        m_session->addLog(std::move(log));
    emit readingChanged(false);
    emit logRead();
}

void EvidenceLogPanel::showItems(const EvidenceResult& log)
{
    if (log.unreadable.of(UnreadableReason::OpenFailed) > 0) {
        m_progress->setVisible(false);
        m_items->setVisible(false);
        m_status->setText(tr("Could not read %1: %2").arg(log.source, log.stoppedEarly));
        return;
    }
    if (log.format == EvidenceFormat::Unknown) {
        m_progress->setVisible(false);
        m_items->setVisible(false);
        m_status->setText(tr("Not a log frag792 can read (Windows event log, WFP net events, oakley.log or "
                             "ISA/TMG firewall log): %1")
                              .arg(log.source));
        return;
    }
    // The same Corroborator as `frag792 analyze --evidence`, on this log alone, gives the same texts.
    AnalysisResult alone;
    Corroborator::apply({log}, alone);
    m_items->clear();
    int foundError = 0;
    if (alone.corroboration) {
        for (const CorroborationItem& item : alone.corroboration->items) {
            m_items->addItem(findingText(item.detail));
            if (!foundError && item.kind == evidenceKindKey(EvidenceKind::RasConnectionFailed) &&
                item.errorCode)
                foundError = int(*item.errorCode);
        }
        for (const Finding& note : alone.corroboration->notes)
            m_items->addItem(findingText(note));
    }
    m_items->setVisible(m_items->count() > 0);
    m_hint->setVisible(false); // read: what the log says takes the hint's room
    QString status = log.cancelled
                         ? tr("Reading cancelled after %1 of %2 bytes; what was read so far is kept.")
                               .arg(log.bytesRead)
                               .arg(log.bytesTotal)
                         : tr("Read %1.").arg(log.source);
    status += QLatin1Char(' ') + tr("%n item(s) recognised.", nullptr, int(log.recordsRecognised));
    if (!log.cancelled && !log.stoppedEarly.isEmpty())
        status += QLatin1Char(' ') + tr("Reading stopped early: %1").arg(log.stoppedEarly);
    m_status->setText(status);
    m_progress->setVisible(log.cancelled);
    if (foundError)
        emit errorCodeFound(foundError);
}
