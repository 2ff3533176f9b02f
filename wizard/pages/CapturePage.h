// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class CaptureGuide;
class CapturePanel;
class DiagnosisSession;
class EvidenceLogPanel;
class QCheckBox;
class QLabel;
class QToolButton;

/** Page 4: confirm the cause with a live capture, a capture file or a sample. */
class CapturePage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CapturePage)

public:
    explicit CapturePage(DiagnosisSession* session, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    CapturePanel* panel() const { return m_panel; }
    CaptureGuide* guide() const { return m_guide; }
    EvidenceLogPanel* firewallLogPanel() const { return m_firewallLog; }
    /** Analyse @p path as soon as the page is shown (--open FILE). */
    void queueFile(const QString& path);

private:
    void onCaptureDone();

    DiagnosisSession* m_session;
    // Created in reading order, so that Tab follows it: the guide sits above the panel.
    QToolButton* m_showGuide;
    CaptureGuide* m_guide;
    CapturePanel* m_panel;
    QLabel* m_advice;
    QCheckBox* m_skip;
    EvidenceLogPanel* m_firewallLog;
    QString m_queuedFile;
};
