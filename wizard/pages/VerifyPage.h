// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class CapturePanel;
class DiagnosisSession;
class QLabel;

/** Page 6: capture again after the change; negotiation-completed closes the case. */
class VerifyPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerifyPage)

public:
    explicit VerifyPage(DiagnosisSession* session, QWidget* parent = nullptr);

    bool isComplete() const override;

    CapturePanel* panel() const { return m_panel; }

private:
    void onCaptureDone();

    DiagnosisSession* m_session;
    CapturePanel* m_panel;
    QLabel* m_outcome;
};
