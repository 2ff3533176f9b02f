// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class ConsoleMimic;
class DiagnosisSession;
class QCheckBox;
class QLabel;

/** Page 5: clear "Block IP fragments" by clicking through a mimic of the product's console. */
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
    QLabel* m_intro;
    ConsoleMimic* m_mimic;
    QCheckBox* m_doneOnServer;
    QString m_scriptFor; // product, server and array the mimic was built for
};
