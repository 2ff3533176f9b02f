// SPDX-License-Identifier: GPL-3.0-or-later
#include "CausePage.h"

#include "DiagnosisSession.h"
#include "widgets/FragmentDiagram.h"

#include <QLabel>
#include <QVBoxLayout>

CausePage::CausePage(DiagnosisSession* session, QWidget* parent)
    : QWizardPage(parent), m_session(session), m_pskNote(new QLabel(this))
{
    setObjectName(QStringLiteral("causePage"));
    setTitle(tr("Why the connection times out"));
    setSubTitle(tr("KB 838438: the firewall on the VPN server is set to block IP fragments."));

    auto* text = new QLabel(this);
    text->setObjectName(QStringLiteral("causeText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setText(tr(
        "<p>Before L2TP can start, the client and the server authenticate each other with IKE. In the fifth "
        "and "
        "sixth Main Mode messages they exchange certificates. These messages are larger than one packet (the "
        "MTU, "
        "usually 1500 bytes), so IP splits them into fragments.</p>"
        "<p>Only the first fragment carries the UDP header with port 500 (or 4500). With <b>Block IP "
        "fragments</b> "
        "turned on, ISA Server or TMG drops every fragment, the IKE message never arrives, and after about a "
        "minute of retransmissions the client reports Error 792.</p>"));

    m_pskNote->setObjectName(QStringLiteral("causePskNote"));
    m_pskNote->setWordWrap(true);

    auto* kerberos = new QLabel(this);
    kerberos->setObjectName(QStringLiteral("kerberosNote"));
    kerberos->setWordWrap(true);
    kerberos->setTextFormat(Qt::RichText);
    kerberos->setText(
        tr("<b>Side effect worth knowing:</b> blocking IP fragments also breaks Kerberos over UDP, "
           "whose tickets are often fragmented; Microsoft recommends not blocking fragments where domain "
           "members authenticate through the firewall. Clearing the option fixes both."));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(new FragmentDiagram(this));
    layout->addWidget(m_pskNote);
    layout->addWidget(kerberos);
    layout->addStretch(1);
}

void CausePage::initializePage()
{
    const bool psk = m_session->authentication() == IkeAuthentication::PreSharedKey;
    m_pskNote->setVisible(psk);
    m_pskNote->setText(
        psk ? tr("You use a pre-shared key: messages 5 and 6 are small then, so this cause is unlikely. "
                 "A capture on the next page shows whether anything is fragmented at all.")
            : QString());
}
