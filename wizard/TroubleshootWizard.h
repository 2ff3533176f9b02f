// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizard>

class DiagnosisSession;

/**
 * The Error 792 troubleshooting wizard (KB 838438). Page ids are the PageId enum; all
 * branching lives in nextId() so the flow can be read in one place. Pages share one
 * DiagnosisSession, owned here.
 */
class TroubleshootWizard : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TroubleshootWizard)

public:
    enum PageId
    {
        SymptomPage,
        ElsewherePage,
        EnvironmentPage,
        CausePage,
        CapturePage,
        ResolutionPage,
        VerifyPage,
        ReportPage
    };
    Q_ENUM(PageId)

    explicit TroubleshootWizard(QWidget* parent = nullptr);
    ~TroubleshootWizard() override;

    DiagnosisSession* session() const { return m_session; }
    int nextId() const override;

    /**
     * Starts on a capture file (--open FILE, or a file dropped on the window): picks Error 792
     * and restarts on the capture page, which analyses @p path at once and shows its verdict.
     * The environment questions follow, pre-filled where the capture answers them. False while
     * a capture is running (the running one is not thrown away).
     */
    bool openCaptureFile(const QString& path);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    /** A Windows event log or firewall log (by content) goes to its page's log reader. */
    bool openLogFile(const QString& path);

private:
    void onHelpRequested();
    bool captureRunning() const;

    DiagnosisSession* m_session;
};
