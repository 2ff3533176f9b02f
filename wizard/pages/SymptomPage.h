// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class DiagnosisSession;
class EvidenceLogPanel;
class QLabel;
class QListWidget;

/** Page 1: which error the client shows. 792 goes on; a look-alike ends on ElsewherePage. */
class SymptomPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SymptomPage)

public:
    explicit SymptomPage(DiagnosisSession* session, QWidget* parent = nullptr);

    bool isComplete() const override;
    void selectError(int code);

public:
    EvidenceLogPanel* eventLogPanel() const { return m_eventLog; }

private:
    void onSelectionChanged();

    DiagnosisSession* m_session;
    QListWidget* m_errorList;
    QLabel* m_details;
    EvidenceLogPanel* m_eventLog;
};
