// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class DiagnosisSession;
class QLabel;

/** Page 3: the cause in plain words and a diagram, with the Kerberos side effect. */
class CausePage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CausePage)

public:
    explicit CausePage(DiagnosisSession* session, QWidget* parent = nullptr);

    void initializePage() override;

private:
    DiagnosisSession* m_session;
    QLabel* m_pskNote;
};
