// SPDX-License-Identifier: GPL-3.0-or-later
#include "ElsewherePage.h"

#include "DiagnosisSession.h"
#include "LookAlikeErrors.h"

#include <QLabel>
#include <QVBoxLayout>

ElsewherePage::ElsewherePage(DiagnosisSession* session, QWidget* parent)
    : QWizardPage(parent), m_session(session), m_body(new QLabel(this))
{
    setObjectName(QStringLiteral("elsewherePage"));
    setFinalPage(true);
    m_body->setObjectName(QStringLiteral("elsewhereBody"));
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_body->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_body);
    layout->addStretch(1);
}

void ElsewherePage::initializePage()
{
    if (m_session->errorCode() != 792) {
        const LookAlikeError e = lookAlikeError(m_session->errorCode());
        setTitle(tr("Error %1 is not the problem KB 838438 solves").arg(e.code));
        setSubTitle(
            tr("Blocked IP fragments make the client time out with 792; this error means something else."));
        m_body->setText(
            tr("<p><b>Microsoft's message:</b> %1</p>"
               "<p><b>How it differs from 792:</b> %2</p>"
               "<p><b>Where to look instead:</b> %3</p>"
               "<p>If the client later reports Error 792, start this wizard again.</p>")
                .arg(e.message.toHtmlEscaped(), e.difference.toHtmlEscaped(), e.pointsTo.toHtmlEscaped()));
        return;
    }
    const bool pptp = m_session->protocol() == VpnProtocol::Pptp;
    setTitle(tr("KB 838438 does not apply to %1").arg(vpnProtocolName(m_session->protocol())));
    setSubTitle(tr("Error 792 comes from an IKE negotiation, and only L2TP/IPsec uses IKE."));
    if (pptp) {
        m_body->setText(
            tr("<p>PPTP carries its control channel over TCP port 1723 and its data in GRE (IP protocol "
               "47). There is no IKE negotiation and no certificate exchange, so blocked IP fragments "
               "cannot cause a security-negotiation timeout.</p>"
               "<p>Check the connection's VPN type on the client: if it is set to \"Automatic\" Windows "
               "may have tried L2TP/IPsec first. Set it to L2TP/IPsec explicitly and run this wizard again "
               "if the client then reports 792.</p>"));
    } else {
        m_body->setText(
            tr("<p>SSTP carries PPP inside HTTPS (TCP port 443). TCP segments its own data, so nothing is "
               "IP-fragmented and there is no IKE negotiation to time out.</p>"
               "<p>Check the connection's VPN type on the client: if it is set to \"Automatic\" Windows "
               "may have tried L2TP/IPsec first. Set it to L2TP/IPsec explicitly and run this wizard again "
               "if the client then reports 792.</p>"));
    }
}
