// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AnalysisResult.h"
#include "CaptureRequest.h"
#include "LiveStatistics.h"

#include <QMutex>
#include <QThread>

class PcapHandle;

/**
 * Runs one capture (live interface or file) and its analysis in a dedicated thread.
 *
 * The loop is pcap_dispatch() with a read timeout, so it notices stop() within the
 * timeout even on an idle interface; stop() also calls pcap_breakloop(). Progress goes
 * out as value snapshots on a timer (statisticsUpdated, every snapshotIntervalMs of wall
 * time) and, for files, as a per-mille progress; never one signal per packet. The
 * destructor stops and waits, so an owner can simply delete it.
 */
class CaptureThread : public QThread
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureThread)

public:
    explicit CaptureThread(CaptureRequest request, QObject* parent = nullptr);
    ~CaptureThread() override;

    /** Thread-safe: ends the capture soon; finished() still delivers what arrived. */
    void stop();

signals:
    void statisticsUpdated(const LiveStatistics& statistics);
    void fileProgress(int permille);
    /** Always emitted once at the end; @p error is None when all went well. */
    void captureFinished(const AnalysisResult& result, CaptureError error, const QString& errorMessage);

protected:
    void run() override;

private:
    bool openSource(PcapHandle& handle, CaptureError& error, QString& message);

    CaptureRequest m_request;
    QMutex m_handleMutex;
    PcapHandle* m_activeHandle = nullptr; // guarded by m_handleMutex; for stop()
};

Q_DECLARE_METATYPE(AnalysisResult)
