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
     * Starts on a capture file (--open FILE): picks Error 792, walks forward as far as the
     * answers allow, and has the capture page analyse @p path as soon as it is reached.
     */
    void openCaptureFile(const QString& path);

private:
    void onHelpRequested();

    DiagnosisSession* m_session;
};
