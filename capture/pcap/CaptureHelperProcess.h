// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaptureRequest.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <cstdint>
#include <sys/types.h>

/**
 * One run of frag792-capture-helper, seen from the unprivileged side: spawns it with
 * exactly the interface and the filter, owns the two pipes (pcap stream on its stdout,
 * status lines on its stderr) and reaps it. frag792 itself never holds a capture
 * capability; see capture/helper/CaptureHelperProtocol.h for the protocol.
 *
 * Used from the capture thread; terminate() may be called from any thread while the
 * process has not been reaped (CaptureThread guards that with its mutex).
 */
class CaptureHelperProcess
{
public:
    CaptureHelperProcess() = default;
    ~CaptureHelperProcess();
    CaptureHelperProcess(const CaptureHelperProcess&) = delete;
    CaptureHelperProcess& operator=(const CaptureHelperProcess&) = delete;

    bool start(const QString& program, const QString& interfaceName, const QString& filter, bool promiscuous);

    int packetDescriptor() const { return m_packetFd; }
    int statusDescriptor() const { return m_statusFd; }

    /** Reads whatever status lines are available, waiting up to @p timeoutMs for the first. */
    void readStatus(int timeoutMs);
    bool statusClosed() const { return m_statusFd < 0; }
    bool ready() const { return m_ready; }
    bool failed() const { return m_failed; }
    CaptureError errorCode() const { return m_errorCode; }
    QString errorMessage() const { return m_errorMessage; }
    bool haveStatistics() const { return m_haveStatistics; }
    std::uint64_t received() const { return m_received; }
    std::uint64_t dropped() const { return m_dropped; }

    /** SIGTERM: the helper stops, reports final statistics and closes the stream. Idempotent. */
    void terminate();
    bool terminateRequested() const { return m_terminateRequested.load(); }
    void kill();
    /** Waits up to @p timeoutMs, then SIGKILLs; afterwards exitDescription() says how it ended. */
    void waitForExit(int timeoutMs);
    /** True when it exited 0 or by the SIGTERM we sent. */
    bool endedNormally() const { return m_endedNormally; }
    QString exitDescription() const { return m_exitDescription; }
    QString startError() const { return m_startError; }
    /** True when start() failed because exec was not permitted (EACCES, EPERM). */
    bool startRefused() const { return m_startRefused; }

    /**
     * One status line (without its newline), as readStatus() splits them; public because
     * whatever the pipe carries arrives here, and the unit test feeds it hostile lines.
     * Unknown lines are ignored; counters must be plain decimal numbers that fit 64 bits.
     */
    void parseLine(const QByteArray& line);

private:
    void closeStatus();

    std::atomic<pid_t> m_pid{-1};
    std::atomic<bool> m_terminateRequested{false};
    int m_packetFd = -1;
    int m_statusFd = -1;
    QByteArray m_statusBuffer;
    bool m_ready = false;
    bool m_failed = false;
    CaptureError m_errorCode = CaptureError::None;
    QString m_errorMessage;
    bool m_haveStatistics = false;
    std::uint64_t m_received = 0;
    std::uint64_t m_dropped = 0;
    bool m_endedNormally = false;
    QString m_exitDescription;
    QString m_startError;
    bool m_startRefused = false;
};
