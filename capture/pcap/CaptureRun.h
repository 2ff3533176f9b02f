// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AnalysisResult.h"
#include "CaptureOutcome.h"
#include "CaptureRequest.h"
#include "IpAddress.h"
#include "LiveStatistics.h"
#include "Vantage.h"

#include <QObject>
#include <QPointer>

#include <optional>

class CaptureThread;

/**
 * One capture, live or from a file, as the command line and the wizard both run it: builds
 * the request from what the user chose (the vantage hints included), owns the CaptureThread,
 * and judges the end by CaptureOutcome's one policy. finished() hands over the result only
 * when that policy says it is worth showing, so no caller can show an empty analysis of a
 * capture that never began. Lives in the thread that created it (the GUI or the CLI's).
 */
class CaptureRun : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureRun)

public:
    /** What the user asked for: the command line's options and the capture page's controls. */
    struct Settings
    {
        /** Source, filter, duration, evidence path; its analyzer.vantage is filled in by request(). */
        CaptureRequest capture;
        std::optional<VantagePoint> statedVantage;
        /** The VPN server's address when the user gave it: the capture is then the server's own. */
        std::optional<IpAddress> serverAddress;
    };

    /**
     * settings.capture with the vantage hints: a stated vantage as it is; the capturing
     * host's addresses are the given server address, else (live) the interface's own, else
     * none (a file: inferred from TTLs).
     */
    static CaptureRequest request(const Settings& settings);

    explicit CaptureRun(QObject* parent = nullptr);
    /** Stops a running capture and waits for its thread. */
    ~CaptureRun() override;

    /** False, and nothing happens, while a run is going. */
    bool start(const Settings& settings);
    /** Ends the run soon (a live capture stops, a file read breaks off); finished() still comes. */
    void stop();
    bool isRunning() const { return !m_thread.isNull(); }

    /** After finished(): the result when outcome().hasUsableResult(), else null. */
    SharedAnalysisResult result() const { return m_result; }
    CaptureOutcome outcome() const { return m_outcome; }

signals:
    /** Value snapshots on a timer, never one per packet. */
    void statisticsUpdated(const LiveStatistics& statistics);
    /** Files: per mille of the file read. */
    void fileProgress(int permille);
    /** Once per start(); @p result is null unless @p outcome has a usable result. */
    void finished(const SharedAnalysisResult& result, const CaptureOutcome& outcome);

private:
    void onThreadFinished(const SharedAnalysisResult& result, const CaptureOutcome& outcome);

    QPointer<CaptureThread> m_thread;
    SharedAnalysisResult m_result;
    CaptureOutcome m_outcome;
};
