// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResolutionPage.h"

#include "DiagnosisSession.h"
#include "SecurityAnswers.h"
#include "mimic/ConsoleMimic.h"
#include "widgets/TabOrder.h"

#include <QCheckBox>
#include <QLabel>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

ResolutionPage::ResolutionPage(DiagnosisSession* session, QWidget* parent)
    : QWizardPage(parent), m_session(session), m_tabs(new QTabWidget(this)), m_intro(new QLabel(this)),
      m_security(new QTextBrowser(this)), m_mimic(new ConsoleMimic(this)),
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

    m_intro->setTextFormat(Qt::RichText);
    m_security->setObjectName(QStringLiteral("securityAnswers"));
    m_security->setAccessibleName(SecurityAnswers::title(true));
    m_security->setOpenExternalLinks(true);
    m_security->setHtml(SecurityAnswers::html(3, true));
    m_tabs->setObjectName(QStringLiteral("resolutionTabs"));

    auto* change = new QWidget(m_tabs);
    auto* changeLayout = new QVBoxLayout(change);
    changeLayout->addWidget(m_intro);
    changeLayout->addWidget(m_mimic, 1);
    m_tabs->addTab(change, tr("&Make the change"));
    m_tabs->addTab(m_security, tr("Is it &safe? Alternatives"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_doneOnServer);

    // The intro's link opens the answer tab: the owner's question comes before the clicks.
    connect(m_intro, &QLabel::linkActivated, this, [this] { m_tabs->setCurrentWidget(m_security); });

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
           "option (KB 838438, Resolution).")
            .toHtmlEscaped() +
        QStringLiteral(" <a href=\"#security\">%1</a>")
            .arg(tr("Before you change it: is it safe, and what if you can't?").toHtmlEscaped()));
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
