// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnvironmentPage.h"

#include "CaptureHints.h"
#include "DiagnosisSession.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QLabel* noteLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}

QRadioButton* radio(const QString& text, const QString& objectName, QButtonGroup* group, int id,
                    QWidget* parent)
{
    auto* button = new QRadioButton(text, parent);
    button->setObjectName(objectName);
    group->addButton(button, id);
    return button;
}

} // namespace

EnvironmentPage::EnvironmentPage(DiagnosisSession* session, QWidget* parent)
    : QWizardPage(parent), m_session(session), m_product(new QComboBox(this)),
      m_productNote(noteLabel(QStringLiteral("productNote"), this)), m_protocol(new QButtonGroup(this)),
      m_protocolNote(noteLabel(QStringLiteral("protocolNote"), this)),
      m_authentication(new QButtonGroup(this)),
      m_authenticationNote(noteLabel(QStringLiteral("authenticationNote"), this)),
      m_serverName(new QLineEdit(this)), m_arrayLabel(new QLabel(this)), m_arrayName(new QLineEdit(this)),
      m_captureNote(noteLabel(QStringLiteral("captureHintNote"), this))
{
    setObjectName(QStringLiteral("environmentPage"));
    setTitle(tr("Describe the VPN server"));
    setSubTitle(tr("The answers decide whether KB 838438 applies and which console the resolution shows."));

    m_product->setObjectName(QStringLiteral("productCombo"));
    m_product->setAccessibleName(tr("Firewall product on the VPN server"));
    m_product->addItem(tr("Choose the product…"), int(ServerProduct::Unspecified));
    for (ServerProduct p : allServerProducts())
        m_product->addItem(serverProductName(p), int(p));

    m_serverName->setObjectName(QStringLiteral("serverNameEdit"));
    m_serverName->setAccessibleName(tr("Server name"));
    m_serverName->setPlaceholderText(tr("e.g. ISA01 (as shown in the console tree)"));
    m_serverName->setClearButtonEnabled(true);
    // Qt's clear button is an icon without text: name it for screen readers.
    for (QToolButton* clear : m_serverName->findChildren<QToolButton*>())
        clear->setAccessibleName(tr("Clear the server name"));
    m_arrayName->setObjectName(QStringLiteral("arrayNameEdit"));
    m_arrayName->setAccessibleName(tr("Array name"));
    m_arrayName->setPlaceholderText(tr("e.g. Main Array"));
    m_arrayLabel->setText(tr("&Array name:"));
    m_arrayLabel->setBuddy(m_arrayName);
    registerField(QStringLiteral("serverName"), m_serverName);
    registerField(QStringLiteral("arrayName"), m_arrayName);

    auto* serverBox = new QGroupBox(tr("Server"), this);
    auto* form = new QFormLayout(serverBox);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto* productLabel = new QLabel(tr("&Product:"), serverBox);
    productLabel->setBuddy(m_product);
    form->addRow(productLabel, m_product);
    form->addRow(m_productNote);
    auto* serverLabel = new QLabel(tr("&Server name:"), serverBox);
    serverLabel->setBuddy(m_serverName);
    form->addRow(serverLabel, m_serverName);
    form->addRow(m_arrayLabel, m_arrayName);

    auto* protocolBox = new QGroupBox(tr("VPN protocol the client uses"), this);
    auto* protocolLayout = new QVBoxLayout(protocolBox);
    auto* protocolRow = new QHBoxLayout;
    protocolRow->addWidget(radio(tr("L2TP/IPsec"), QStringLiteral("protocolL2tp"), m_protocol,
                                 int(VpnProtocol::L2tpIpsec), protocolBox));
    protocolRow->addWidget(
        radio(tr("PPTP"), QStringLiteral("protocolPptp"), m_protocol, int(VpnProtocol::Pptp), protocolBox));
    protocolRow->addWidget(
        radio(tr("SSTP"), QStringLiteral("protocolSstp"), m_protocol, int(VpnProtocol::Sstp), protocolBox));
    protocolRow->addStretch(1);
    protocolLayout->addLayout(protocolRow);
    protocolLayout->addWidget(m_protocolNote);

    auto* authBox = new QGroupBox(tr("IPsec authentication"), this);
    auto* authLayout = new QVBoxLayout(authBox);
    auto* authRow = new QHBoxLayout;
    authRow->addWidget(radio(tr("Certificates"), QStringLiteral("authCertificates"), m_authentication,
                             int(IkeAuthentication::Certificates), authBox));
    authRow->addWidget(radio(tr("Pre-shared key"), QStringLiteral("authPsk"), m_authentication,
                             int(IkeAuthentication::PreSharedKey), authBox));
    authRow->addStretch(1);
    authLayout->addLayout(authRow);
    authLayout->addWidget(m_authenticationNote);

    m_captureNote->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_captureNote);
    layout->addWidget(serverBox);
    layout->addWidget(protocolBox);
    layout->addWidget(authBox);
    layout->addStretch(1);

    m_protocol->button(int(m_session->protocol()))->setChecked(true);
    m_authentication->button(int(m_session->authentication()))->setChecked(true);
    m_arrayLabel->setVisible(false);
    m_arrayName->setVisible(false);

    connect(m_product, &QComboBox::currentIndexChanged, this, &EnvironmentPage::onProductChanged);
    connect(m_protocol, &QButtonGroup::idToggled, this, &EnvironmentPage::onProtocolChanged);
    connect(m_authentication, &QButtonGroup::idToggled, this, &EnvironmentPage::onAuthenticationChanged);
    connect(m_serverName, &QLineEdit::textChanged, m_session, &DiagnosisSession::setServerName);
    connect(m_arrayName, &QLineEdit::textChanged, m_session, &DiagnosisSession::setArrayName);
    updateNotes();
}

void EnvironmentPage::initializePage()
{
    prefillFromCapture();
}

void EnvironmentPage::prefillFromCapture()
{
    const SharedAnalysisResult result = m_session->result(DiagnosisSession::Run::Before);
    if (!result || result.get() == m_prefilledFrom)
        return;
    m_prefilledFrom = result.get();
    const CaptureHints hints = CaptureHints::fromResult(*result);
    QStringList shown;
    if (hints.protocol) {
        m_protocol->button(int(*hints.protocol))->setChecked(true);
        shown << tr("The capture shows IKE version 1, so the client uses L2TP/IPsec.");
    }
    if (hints.authentication == IkeAuthentication::Certificates) {
        m_authentication->button(int(IkeAuthentication::Certificates))->setChecked(true);
        shown << tr("Certificates were requested or sent, so IPsec authenticates with certificates.");
    } else if (hints.authentication == IkeAuthentication::PreSharedKey) {
        m_authentication->button(int(IkeAuthentication::PreSharedKey))->setChecked(true);
        shown << tr(
            "Main Mode went past message 4 without a certificate request, so IPsec most likely uses a "
            "pre-shared key.");
    }
    m_captureNote->setVisible(!shown.isEmpty());
    QString items;
    for (const QString& line : shown)
        items += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    m_captureNote->setText(QStringLiteral("<b>%1</b><ul style=\"margin-top:2px; margin-bottom:0px\">%2</ul>")
                               .arg(tr("Filled in from the capture (change an answer if the capture is not "
                                       "of this server's VPN):")
                                        .toHtmlEscaped(),
                                    items));
}

bool EnvironmentPage::isComplete() const
{
    // The protocol decides the branch, so a PPTP/SSTP answer needs no product.
    return m_session->protocol() != VpnProtocol::L2tpIpsec ||
           m_session->product() != ServerProduct::Unspecified;
}

void EnvironmentPage::cleanupPage()
{
    // Going Back must not lose what the technician typed; the session keeps it too.
}

void EnvironmentPage::onProductChanged()
{
    const auto product = ServerProduct(m_product->currentData().toInt());
    m_session->setProduct(product);
    const bool enterprise = product == ServerProduct::Isa2006Enterprise;
    m_arrayLabel->setVisible(enterprise);
    m_arrayName->setVisible(enterprise);
    updateNotes();
    emit completeChanged();
}

void EnvironmentPage::onProtocolChanged()
{
    m_session->setProtocol(VpnProtocol(m_protocol->checkedId()));
    updateNotes();
    emit completeChanged();
}

void EnvironmentPage::onAuthenticationChanged()
{
    m_session->setAuthentication(IkeAuthentication(m_authentication->checkedId()));
    updateNotes();
}

void EnvironmentPage::updateNotes()
{
    switch (m_session->product()) {
    case ServerProduct::Tmg2010:
        m_productNote->setText(
            tr("KB 838438 does not name TMG 2010, but the same setting exists there (Intrusion "
               "Prevention System). It is off by default, so check whether someone turned it on."));
        break;
    case ServerProduct::Isa2006Enterprise:
        m_productNote->setText(
            tr("In the Enterprise Edition the setting belongs to the array, not to one server."));
        break;
    default:
        m_productNote->clear();
        break;
    }
    m_productNote->setVisible(!m_productNote->text().isEmpty());

    switch (m_session->protocol()) {
    case VpnProtocol::L2tpIpsec:
        m_protocolNote->setText(
            tr("L2TP/IPsec negotiates with IKE first; that is where Error 792 comes from."));
        break;
    case VpnProtocol::Pptp:
        m_protocolNote->setText(
            tr("<b>This KB does not apply:</b> PPTP uses TCP 1723 and GRE, never IKE, so it "
               "cannot produce a security-negotiation timeout."));
        break;
    case VpnProtocol::Sstp:
        m_protocolNote->setText(
            tr("<b>This KB does not apply:</b> SSTP runs inside HTTPS (TCP 443), never IKE, and "
               "TCP is not IP-fragmented this way."));
        break;
    }

    if (m_session->authentication() == IkeAuthentication::PreSharedKey)
        m_authenticationNote->setText(
            tr("With a pre-shared key, Main Mode messages 5 and 6 carry only a small hash (well under 100 "
               "bytes), so "
               "they are rarely fragmented and this KB is unlikely to be the cause. The capture will tell."));
    else
        m_authenticationNote->setText(
            tr("With certificates, Main Mode messages 5 and 6 carry the certificate chain "
               "(often 2 to 4 KB), larger than one packet: they are IP-fragmented."));
}
