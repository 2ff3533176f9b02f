// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EvidenceResult.h"

#include <QWidget>

#include <atomic>
#include <memory>

class DiagnosisSession;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QThread;
class QTimer;

/**
 * Opens a Windows event log or an ISA/TMG firewall log (format by content), reads it off the GUI
 * thread with a progress bar and a Cancel button, lists what was recognised and hands the log
 * to the DiagnosisSession, whose Corroborator puts it beside the capture (as `--evidence` does).
 */
class EvidenceLogPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Kind
    {
        EventLog,
        FirewallLog
    };

    EvidenceLogPanel(DiagnosisSession* session, Kind kind, QWidget* parent = nullptr);
    ~EvidenceLogPanel() override;

    bool isReading() const { return m_thread != nullptr; }

public slots:
    void readFile(const QString& path);
    void cancel();

signals:
    void readingChanged(bool reading);
    /** A RasClient 20227 in the log named this error code. */
    void errorCodeFound(int code);
    void logRead();

private:
    void chooseFile();
    void updateProgress();
    void onThreadFinished();
    void showItems(const EvidenceResult& log);

    DiagnosisSession* m_session;
    Kind m_kind;
    QPushButton* m_open;
    QLabel* m_hint;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QLabel* m_status;
    QListWidget* m_items;
    QTimer* m_poll;
    QThread* m_thread = nullptr;
    // Shared with the reading thread, which may outlive neither: the destructor cancels and waits.
    std::atomic<bool> m_cancelFlag{false};
    std::atomic<std::int64_t> m_bytesRead{0};
    std::atomic<std::int64_t> m_bytesTotal{0};
    std::unique_ptr<EvidenceResult> m_result;
};
