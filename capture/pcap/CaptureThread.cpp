// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaptureThread.h"

#include "CaptureFile.h"
#include "CaptureHelperProcess.h"
#include "CapturePermission.h"
#include "PcapHandle.h"
#include "PcapngWriter.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>

#include <poll.h>

namespace {

constexpr int kReadTimeoutMs = 200;
constexpr int kBatch = 256;
/** The helper reports "ok" once the interface is open; libpcap answers in well under this. */
constexpr qint64 kHelperStartTimeoutMs = 15'000;
/** After SIGTERM the helper ends within one read timeout; past this it is killed. */
constexpr qint64 kHelperStopTimeoutMs = 3'000;

bool readable(int fd, int timeoutMs)
{
    pollfd p{fd, POLLIN, 0};
    return ::poll(&p, 1, timeoutMs) > 0 && (p.revents & (POLLIN | POLLHUP | POLLERR)) != 0;
}

} // namespace

CaptureThread::CaptureThread(CaptureRequest request, QObject* parent)
    : QThread(parent), m_request(std::move(request))
{
    setObjectName(QStringLiteral("frag792-capture"));
    qRegisterMetaType<LiveStatistics>();
    qRegisterMetaType<CaptureError>();
    qRegisterMetaType<CaptureOutcome>();
}

CaptureThread::~CaptureThread()
{
    stop();
    wait();
}

void CaptureThread::stop()
{
    requestInterruption();
    QMutexLocker lock(&m_handleMutex);
    if (m_activeSource)
        m_activeSource->breakLoop();
    if (m_activeHelper)
        m_activeHelper->terminate();
}

void CaptureThread::setActiveHelper(CaptureHelperProcess* helper)
{
    QMutexLocker lock(&m_handleMutex);
    m_activeHelper = helper;
}

bool CaptureThread::openEvidence(PcapngWriter& writer, LinkType linkType, std::uint32_t snapLength,
                                 Outcome& outcome)
{
    if (m_request.writePath.isEmpty())
        return false;
    if (writer.open(m_request.writePath, linkType, snapLength, m_request.interfaceName))
        return true;
    // Keep analysing: the verdict matters more than the evidence file.
    outcome.error = CaptureError::WriteFailed;
    outcome.message = QStringLiteral("cannot write %1: %2").arg(m_request.writePath, writer.errorString());
    return false;
}

void CaptureThread::run()
{
    const bool live = m_request.kind == CaptureRequest::Kind::Live;
    Analyzer analyzer(m_request.analyzer);
    analyzer.setSource(live ? QStringLiteral("interface %1").arg(m_request.interfaceName) : m_request.path);
    Outcome outcome;
    if (live)
        runLive(analyzer, outcome);
    else
        runFile(analyzer, outcome);
    analyzer.finish();
    emit statisticsUpdated(analyzer.takeSnapshot());
    emit captureFinished(std::make_shared<const AnalysisResult>(analyzer.takeResult()),
                         CaptureOutcome(outcome.error, outcome.message, outcome.began));
}

PacketSource::PacketCallback CaptureThread::packetHandler(Analyzer& analyzer, PcapngWriter& writer,
                                                          Outcome& outcome) const
{
    return [this, &analyzer, &writer, &outcome](const PacketSource::Packet& p) {
        // Each record carries its own link type (a NetMon 2.1+ file holds several).
        analyzer.processPacket(p.timestampUs, p.linkType, p.data, p.originalLength);
        // A failing evidence file never stops the analysis: the verdict matters more.
        if (writer.isOpen() && !writer.writePacket(p.timestampUs, p.linkType, p.data, p.originalLength) &&
            outcome.error == CaptureError::None) {
            outcome.error = CaptureError::WriteFailed;
            outcome.message = QStringLiteral("writing %1 failed after %2 packets: %3")
                                  .arg(m_request.writePath)
                                  .arg(writer.packetsWritten())
                                  .arg(writer.errorString());
        }
    };
}

void CaptureThread::runFile(Analyzer& analyzer, Outcome& outcome)
{
    const OpenedCaptureFile opened = openCaptureFile(m_request.path);
    if (!opened.source) {
        outcome.error = opened.error;
        outcome.message = opened.message;
        return;
    }
    PacketSource& source = *opened.source;
    if (!m_request.filter.isEmpty() && !source.setFilter(m_request.filter)) {
        outcome.error = source.lastErrorCode();
        outcome.message = source.lastError();
        return;
    }
    outcome.began = true;
    analyzer.setLinkType(source.linkType());
    analyzer.setSourceFormat(source.formatName(), source.timestampZone() == PacketSource::TimestampZone::Utc);
    {
        QMutexLocker lock(&m_handleMutex);
        m_activeSource = &source;
    }
    // stop() may have come before the source existed.
    if (isInterruptionRequested())
        source.breakLoop();

    PcapngWriter writer;
    openEvidence(writer, source.linkType(), source.snapLength(), outcome);
    const qint64 fileSize = m_request.path == QLatin1String("-") ? -1 : QFileInfo(m_request.path).size();
    QElapsedTimer sinceSnapshot;
    sinceSnapshot.start();
    const PacketSource::PacketCallback onPacket = packetHandler(analyzer, writer, outcome);
    while (!isInterruptionRequested()) {
        const auto status = source.dispatch(kBatch, onPacket);
        if (status == PacketSource::DispatchStatus::EndOfFile ||
            status == PacketSource::DispatchStatus::BrokenLoop)
            break;
        if (status == PacketSource::DispatchStatus::Error) {
            outcome.error = source.lastErrorCode();
            const QString where =
                QStringLiteral("%1 after packet %2").arg(source.lastError()).arg(analyzer.result().packets);
            outcome.message = QStringLiteral("%1: %2").arg(m_request.path, where);
            analyzer.setStoppedEarly(where);
            break;
        }
        if (sinceSnapshot.elapsed() >= m_request.snapshotIntervalMs) {
            sinceSnapshot.restart();
            emit statisticsUpdated(analyzer.takeSnapshot());
            if (fileSize > 0)
                emit fileProgress(
                    int(qBound<qint64>(qint64(0), source.fileOffset() * 1000 / fileSize, qint64(1000))));
        }
    }
    {
        QMutexLocker lock(&m_handleMutex);
        m_activeSource = nullptr;
    }
    analyzer.setRecordsRefused(source.refusedRecords());
    writer.close();
    if (fileSize > 0)
        emit fileProgress(1000);
}

void CaptureThread::runLive(Analyzer& analyzer, Outcome& outcome)
{
    const QString program = CapturePermission::captureHelperPath();
    const QString filter =
        m_request.filter.isEmpty() ? QString::fromLatin1(kDefaultCaptureFilter) : m_request.filter;
    CaptureHelperProcess helper;
    if (!helper.start(program, m_request.interfaceName, filter, m_request.promiscuous)) {
        // Refused by the kernel (the packaged helper is for its group only): a permission
        // problem with a fix, not a failure.
        outcome.error = helper.startRefused() ? CaptureError::PermissionDenied : CaptureError::Other;
        outcome.message =
            QStringLiteral("cannot start the capture helper %1: %2").arg(program, helper.startError());
        return;
    }
    setActiveHelper(&helper);
    // stop() may have come before the helper existed.
    if (isInterruptionRequested())
        helper.terminate();

    // The helper answers "ok" once the interface is open (or "error ..." and exits).
    QElapsedTimer sinceStart;
    sinceStart.start();
    while (!helper.ready() && !helper.failed() && !helper.statusClosed() &&
           sinceStart.elapsed() < kHelperStartTimeoutMs)
        helper.readStatus(kReadTimeoutMs);

    PcapHandle handle;
    const bool streaming =
        helper.ready() && handle.openStream(helper.packetDescriptor(), m_request.interfaceName);
    bool streamBroken = false;
    outcome.began = streaming;
    if (streaming) {
        // The capture watched the interface from now until the helper stopped, packets or not.
        const std::int64_t windowStartUs = QDateTime::currentMSecsSinceEpoch() * 1000;
        analyzer.setLinkType(handle.linkType());
        PcapngWriter writer;
        openEvidence(writer, handle.linkType(), handle.snapLength(), outcome);
        QElapsedTimer sinceSnapshot;
        QElapsedTimer sinceTerminate;
        sinceStart.restart();
        sinceSnapshot.start();
        const PacketSource::PacketCallback onPacket = packetHandler(analyzer, writer, outcome);
        bool ended = false;
        while (!ended) {
            pollfd fds[2] = {{helper.packetDescriptor(), POLLIN, 0}, {helper.statusDescriptor(), POLLIN, 0}};
            ::poll(fds, helper.statusClosed() ? 1 : 2, kReadTimeoutMs);
            helper.readStatus(0);
            // Dispatch only what has arrived (in the read buffer, or per poll()), one packet at
            // a time, so this thread never waits inside libpcap and notices stop() in time.
            for (int i = 0;
                 i < kBatch && (handle.hasBufferedInput() || readable(helper.packetDescriptor(), 0)); ++i) {
                const auto status = handle.dispatch(1, onPacket);
                if (status == PacketSource::DispatchStatus::EndOfFile) {
                    ended = true;
                    break;
                }
                if (status == PacketSource::DispatchStatus::Error) {
                    // A record cut short: the helper died mid-write. Its exit says why.
                    streamBroken = true;
                    ended = true;
                    break;
                }
            }
            const bool timeUp = m_request.durationSeconds > 0 &&
                                sinceStart.elapsed() >= qint64(m_request.durationSeconds) * 1000;
            if ((isInterruptionRequested() || timeUp) && !helper.terminateRequested()) {
                helper.terminate(); // keep reading: what is already in the pipe is still analysed
                sinceTerminate.start();
            }
            if (helper.terminateRequested() && sinceTerminate.isValid() &&
                sinceTerminate.elapsed() > kHelperStopTimeoutMs)
                helper.kill();
            if (sinceSnapshot.elapsed() >= m_request.snapshotIntervalMs) {
                sinceSnapshot.restart();
                if (helper.haveStatistics())
                    analyzer.setKernelStatistics(helper.received(), helper.dropped());
                emit statisticsUpdated(analyzer.takeSnapshot());
            }
        }
        writer.close();
        analyzer.setCaptureWindow(windowStartUs, QDateTime::currentMSecsSinceEpoch() * 1000);
    }
    if (!streaming)
        helper.terminate();
    setActiveHelper(nullptr);
    helper.waitForExit(kHelperStopTimeoutMs);
    while (!helper.statusClosed())
        helper.readStatus(kReadTimeoutMs);
    if (helper.haveStatistics())
        analyzer.setKernelStatistics(helper.received(), helper.dropped());

    // The first cause wins: the helper's own words, then how it ended, then our stream.
    QString why;
    CaptureError code = CaptureError::None;
    if (helper.failed()) {
        code = helper.errorCode();
        why = helper.errorMessage();
    } else if (!helper.ready()) {
        code = CaptureError::Other;
        why = sinceStart.elapsed() >= kHelperStartTimeoutMs
                  ? QStringLiteral("the capture helper did not start capturing on %1 in time")
                        .arg(m_request.interfaceName)
                  : QStringLiteral("%1 before capturing on %2")
                        .arg(helper.exitDescription(), m_request.interfaceName);
    } else if (!streaming) {
        code = handle.lastErrorCode();
        why = handle.lastError();
    } else if (!helper.endedNormally()) {
        code = CaptureError::Other;
        why = QStringLiteral("capture on %1 ended early: %2")
                  .arg(m_request.interfaceName, helper.exitDescription());
    } else if (streamBroken) {
        code = CaptureError::Other;
        why =
            QStringLiteral("capture on %1 ended early: %2").arg(m_request.interfaceName, handle.lastError());
    }
    if (code == CaptureError::None)
        return;
    if (helper.ready())
        analyzer.setStoppedEarly(
            QStringLiteral("%1 after packet %2").arg(why).arg(analyzer.result().packets));
    // A capture fault outranks a failed evidence file, whose message is kept after it.
    outcome.message = outcome.message.isEmpty() ? why : QStringLiteral("%1; %2").arg(why, outcome.message);
    outcome.error = code;
}
