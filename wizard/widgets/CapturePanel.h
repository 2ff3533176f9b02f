// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DiagnosisSession.h"

#include "CaptureRun.h"

#include <QElapsedTimer>
#include <QWidget>

class CapturePermissionPanel;
class FragmentChartView;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class VerdictView;

/**
 * One capture run, live or from a file, shared by the capture and the verify pages: source
 * controls, the live chart, the file progress bar, and the verdict with its timeline. A
 * view of a CaptureRun (the command line runs the same one): what counts as a result and
 * what failed is CaptureOutcome's to say; the usable result goes into the DiagnosisSession
 * for the run this panel belongs to, shared, never copied.
 */
class CapturePanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CapturePanel)

public:
    CapturePanel(DiagnosisSession* session, DiagnosisSession::Run run, QWidget* parent = nullptr);
    ~CapturePanel() override;

    /** Reads @p path (pcap or pcapng) through the capture thread. */
    void analyzeFile(const QString& path);
    void startLive();
    void stopCapture();
    bool isRunning() const { return m_capture->isRunning(); }

    /** Hides the live controls behind the permission panel; the constructor asks the platform. */
    void setLiveCaptureAllowed(bool allowed);
    /** Shows the session's verdict for this run: the capture's, with any logs read beside it. */
    void showSessionVerdict();

    FragmentChartView* chart() const { return m_chart; }

signals:
    void runningChanged(bool running);
    /** The result is in the session (or the run failed: see the status text). */
    void captureDone();

private:
    void populateInterfaces();
    void populateSamples();
    void startCapture(CaptureRun::Settings settings);
    void onStatistics(const LiveStatistics& statistics);
    void onFileProgress(int permille);
    void onFinished(const SharedAnalysisResult& result, const CaptureOutcome& outcome);
    void chooseFile();
    void openSelectedSample();
    void updateControls();
    std::optional<VantagePoint> statedVantage() const;
    QString errorText(const CaptureOutcome& outcome) const;

    DiagnosisSession* m_session;
    DiagnosisSession::Run m_run;
    CaptureRun* m_capture;
    bool m_live = false;
    bool m_liveAllowed = true;
    QString m_evidencePath;
    QElapsedTimer m_liveClock;

    CapturePermissionPanel* m_permission;
    QWidget* m_liveControls;
    QComboBox* m_interfaces;
    QComboBox* m_vantage;
    QPushButton* m_start;
    QPushButton* m_stop;
    QPushButton* m_openFile;
    QComboBox* m_samples;
    QPushButton* m_openSample;
    QProgressBar* m_progress;
    QLabel* m_status;
    FragmentChartView* m_chart;
    VerdictView* m_verdict;
};
