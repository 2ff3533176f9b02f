// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class DiagnosisSession;
class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;

/** Page 2: product, VPN protocol, IKE authentication, server (and array) name. */
class EnvironmentPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentPage)

public:
    explicit EnvironmentPage(DiagnosisSession* session, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    /** Keeps the answers on Back (QWizardPage would reset the registered fields). */
    void cleanupPage() override;

private:
    void onProductChanged();
    void onProtocolChanged();
    void onAuthenticationChanged();
    void updateNotes();
    /** Sets the answers a capture already shows (--open FILE, a dropped file); once per result. */
    void prefillFromCapture();

    DiagnosisSession* m_session;
    QComboBox* m_product;
    QLabel* m_productNote;
    QButtonGroup* m_protocol;
    QLabel* m_protocolNote;
    QButtonGroup* m_authentication;
    QLabel* m_authenticationNote;
    QLineEdit* m_serverName;
    QLabel* m_arrayLabel;
    QLineEdit* m_arrayName;
    QLabel* m_captureNote;
    const void* m_prefilledFrom = nullptr; ///< the result the answers were last taken from
};
