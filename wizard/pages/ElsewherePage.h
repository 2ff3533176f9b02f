// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class DiagnosisSession;
class QLabel;

/**
 * The end of the road for this KB: a look-alike error, or a VPN protocol (PPTP, SSTP)
 * that never uses IKE. Says where the problem points instead.
 */
class ElsewherePage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElsewherePage)

public:
    explicit ElsewherePage(DiagnosisSession* session, QWidget* parent = nullptr);

    void initializePage() override;

private:
    DiagnosisSession* m_session;
    QLabel* m_body;
};
