// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class ConsoleMimic;
class DiagnosisSession;
class QCheckBox;
class QLabel;
class QTabWidget;
class QTextBrowser;

/**
 * Page 5: clear "Block IP fragments" by clicking through a mimic of the product's console. A
 * second tab answers the firewall owner's question first: is it safe, and what if we can't.
 */
class ResolutionPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResolutionPage)

public:
    explicit ResolutionPage(DiagnosisSession* session, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void onCompleted();

    DiagnosisSession* m_session;
    QTabWidget* m_tabs;
    QLabel* m_intro;
    QTextBrowser* m_security;
    ConsoleMimic* m_mimic;
    QCheckBox* m_doneOnServer;
    QString m_scriptFor; // product, server and array the mimic was built for
};
