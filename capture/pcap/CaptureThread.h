// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AnalysisResult.h"
#include "CaptureOutcome.h"
#include "CaptureRequest.h"
#include "LiveStatistics.h"
#include "PacketSource.h"

#include <QMutex>
#include <QThread>

class CaptureHelperProcess;

class PcapngWriter;

/**
 * Runs one capture (live interface or file) and its analysis in a dedicated thread.
 *
 * Files are read in this process by whichever PacketSource openCaptureFile() picks. Live capture never opens
 * the interface here: frag792-capture-helper (the only program holding CAP_NET_RAW) captures and streams pcap
 * over a pipe, which this thread polls with a short timeout, so it notices stop() even on an idle interface.
 * stop() sends the helper SIGTERM; the stream then ends, everything already captured is still analysed, and
 * the helper's last status line brings the kernel drop counters. Progress goes out as value snapshots on a
 * timer (statisticsUpdated, every snapshotIntervalMs of wall time) and, for files, as a per-mille progress;
 * never one signal per packet. The destructor stops and waits, so an owner can simply delete it. Callers use
 * it through CaptureRun, which applies CaptureOutcome's policy to what it reports.
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
    /** Always emitted once at the end; @p result is never null (it may be empty, see @p outcome). */
    void captureFinished(SharedAnalysisResult result, CaptureOutcome outcome);

protected:
    void run() override;

private:
    struct Outcome
    {
        CaptureError error = CaptureError::None;
        QString message;
        bool began = false; ///< the source was open and reading had started
    };
    void runFile(Analyzer& analyzer, Outcome& outcome);
    void runLive(Analyzer& analyzer, Outcome& outcome);
    bool openEvidence(PcapngWriter& writer, LinkType linkType, std::uint32_t snapLength, Outcome& outcome);
    /** Feeds each packet to the analyzer and the evidence file (file and live alike). */
    PacketSource::PacketCallback packetHandler(Analyzer& analyzer, PcapngWriter& writer,
                                               Outcome& outcome) const;
    void setActiveHelper(CaptureHelperProcess* helper);

    CaptureRequest m_request;
    QMutex m_handleMutex;
    PacketSource* m_activeSource = nullptr;         // guarded by m_handleMutex; for stop()
    CaptureHelperProcess* m_activeHelper = nullptr; // guarded by m_handleMutex; for stop()
};
