// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResolutionPage.h"

#include "DiagnosisSession.h"
#include "mimic/ConsoleMimic.h"
#include "widgets/TabOrder.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

ResolutionPage::ResolutionPage(DiagnosisSession* session, QWidget* parent)
    : QWizardPage(parent), m_session(session), m_intro(new QLabel(this)), m_mimic(new ConsoleMimic(this)),
      m_doneOnServer(new QCheckBox(tr("I have made this change on the real server &console"), this))
{
    setObjectName(QStringLiteral("resolutionPage"));
    setTitle(tr("Clear \"Block IP fragments\""));
    m_intro->setObjectName(QStringLiteral("resolutionIntro"));
    m_intro->setWordWrap(true);
    m_doneOnServer->setObjectName(QStringLiteral("changeMadeCheck"));
    m_doneOnServer->setAccessibleDescription(
        tr("Check this if you made the change on the server without practising here; Next then goes on "
           "to the verification."));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_mimic, 1);
    layout->addWidget(m_doneOnServer);

    connect(m_mimic, &ConsoleMimic::completed, this, &ResolutionPage::onCompleted);
    connect(m_doneOnServer, &QCheckBox::toggled, this, &ResolutionPage::completeChanged);
}

void ResolutionPage::initializePage()
{
    const ServerProduct product = m_session->product();
    setSubTitle(
        tr("Practise on this copy of the %1 console, then do the same on the server. The labels stay in "
           "English, as on the server, with a translation beside them.")
            .arg(serverProductName(product)));
    m_intro->setText(
        tr("Click where the highlight shows. The same clicks on the server's console turn off the "
           "option (KB 838438, Resolution)."));
    const QString key = serverProductKey(product) + QLatin1Char('/') + m_session->displayServerName() +
                        QLatin1Char('/') + m_session->displayArrayName();
    // Coming back from a later page keeps the technician's progress unless the server changed.
    if (key != m_scriptFor) {
        m_scriptFor = key;
        m_mimic->setScript(ConsoleScript::forProduct(product, m_session->displayServerName(),
                                                     m_session->displayArrayName()));
        // The console is built now, after the check box below it: put Tab back in reading order.
        chainTabStops({m_mimic, m_doneOnServer});
    }
}

bool ResolutionPage::isComplete() const
{
    return m_mimic->isCompleted() || m_doneOnServer->isChecked();
}

void ResolutionPage::onCompleted()
{
    emit completeChanged();
}
