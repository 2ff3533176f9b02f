// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaptureThread.h"

#include "PcapHandle.h"
#include "PcapngWriter.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace {

constexpr int kReadTimeoutMs = 200;
constexpr int kBatch = 256;

} // namespace

CaptureThread::CaptureThread(CaptureRequest request, QObject* parent) : QThread(parent), m_request(std::move(request))
{
    setObjectName(QStringLiteral("frag792-capture"));
    qRegisterMetaType<LiveStatistics>();
    qRegisterMetaType<AnalysisResult>();
    qRegisterMetaType<CaptureError>();
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
    if (m_activeHandle)
        m_activeHandle->breakLoop();
}

bool CaptureThread::openSource(PcapHandle& handle, CaptureError& error, QString& message)
{
    const bool live = m_request.kind == CaptureRequest::Kind::Live;
    const bool opened = live ? handle.openLive(m_request.interfaceName, m_request.promiscuous, kReadTimeoutMs)
                             : handle.openFile(m_request.path);
    if (!opened) {
        error = handle.lastErrorCode();
        message = handle.lastError();
        return false;
    }
    QString filter = m_request.filter;
    if (filter.isEmpty() && live)
        filter = QString::fromLatin1(kDefaultCaptureFilter);
    if (!filter.isEmpty() && !handle.setFilter(filter)) {
        error = handle.lastErrorCode();
        message = handle.lastError();
        return false;
    }
    return true;
}

void CaptureThread::run()
{
    const bool live = m_request.kind == CaptureRequest::Kind::Live;
    Analyzer analyzer(m_request.analyzer);
    analyzer.setSource(live ? QStringLiteral("interface %1").arg(m_request.interfaceName) : m_request.path);
    CaptureError error = CaptureError::None;
    QString message;

    PcapHandle handle;
    if (!openSource(handle, error, message)) {
        analyzer.finish();
        emit captureFinished(analyzer.result(), error, message);
        return;
    }
    analyzer.setLinkType(handle.linkType());
    {
        QMutexLocker lock(&m_handleMutex);
        m_activeHandle = &handle;
    }
    // stop() may have come before the handle existed.
    if (isInterruptionRequested())
        handle.breakLoop();

    PcapngWriter writer;
    if (!m_request.writePath.isEmpty() &&
        !writer.open(m_request.writePath, handle.linkType(), handle.snapLength(), m_request.interfaceName)) {
        error = CaptureError::WriteFailed;
        message = QStringLiteral("cannot write %1: %2").arg(m_request.writePath, writer.errorString());
    }

    const qint64 fileSize = live || m_request.path == QLatin1String("-") ? -1 : QFileInfo(m_request.path).size();
    QElapsedTimer sinceStart;
    QElapsedTimer sinceSnapshot;
    sinceStart.start();
    sinceSnapshot.start();
    const PcapHandle::PacketCallback onPacket = [&](const PcapHandle::Packet& p) {
        analyzer.processPacket(p.timestampUs, p.data, p.originalLength);
        if (writer.isOpen() && !writer.writePacket(p.timestampUs, p.data, p.originalLength) && error == CaptureError::None) {
            // Keep analysing: the verdict matters more than the evidence file.
            error = CaptureError::WriteFailed;
            message = QStringLiteral("writing %1 failed after %2 packets: %3")
                          .arg(m_request.writePath)
                          .arg(writer.packetsWritten())
                          .arg(writer.errorString());
        }
    };

    while (!isInterruptionRequested()) {
        const auto status = handle.dispatch(kBatch, onPacket);
        if (status == PcapHandle::DispatchStatus::EndOfFile || status == PcapHandle::DispatchStatus::BrokenLoop)
            break;
        if (status == PcapHandle::DispatchStatus::Error) {
            error = handle.lastErrorCode();
            message = handle.lastError();
            analyzer.setStoppedEarly(live ? message
                                          : QStringLiteral("%1 after packet %2").arg(message).arg(analyzer.result().packets));
            break;
        }
        if (live && m_request.durationSeconds > 0 && sinceStart.elapsed() >= qint64(m_request.durationSeconds) * 1000)
            break;
        if (sinceSnapshot.elapsed() >= m_request.snapshotIntervalMs) {
            sinceSnapshot.restart();
            std::uint64_t received = 0;
            std::uint64_t dropped = 0;
            if (handle.statistics(received, dropped))
                analyzer.setKernelStatistics(received, dropped);
            emit statisticsUpdated(analyzer.takeSnapshot());
            if (fileSize > 0)
                emit fileProgress(int(qBound<qint64>(qint64(0), handle.fileOffset() * 1000 / fileSize, qint64(1000))));
        }
    }
    std::uint64_t received = 0;
    std::uint64_t dropped = 0;
    if (handle.statistics(received, dropped))
        analyzer.setKernelStatistics(received, dropped);
    {
        QMutexLocker lock(&m_handleMutex);
        m_activeHandle = nullptr;
    }
    writer.close();
    analyzer.finish();
    emit statisticsUpdated(analyzer.takeSnapshot());
    if (fileSize > 0)
        emit fileProgress(1000);
    emit captureFinished(analyzer.result(), error, message);
}
