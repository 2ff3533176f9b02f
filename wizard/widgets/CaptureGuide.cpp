// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaptureGuide.h"

#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// Documentation addresses from RFC 5737, shown until the technician types the real one.
const QString kExampleClient = QStringLiteral("203.0.113.25");
const QString kExampleServer = QStringLiteral("198.51.100.7");

QString steps(const QStringList& items)
{
    QString html = QStringLiteral("<ol>");
    for (const QString& item : items)
        html += QStringLiteral("<li>%1</li>").arg(item);
    return html + QStringLiteral("</ol>");
}

} // namespace

CaptureGuide::CaptureGuide(QWidget* parent)
    : QWidget(parent), m_recipe(new QComboBox(this)), m_address(new QLineEdit(this)),
      m_addressLabel(new QLabel(this)), m_steps(new QLabel(this)), m_commands(new QPlainTextEdit(this)),
      m_copy(new QPushButton(tr("&Copy commands"), this)), m_rules(new QLabel(this))
{
    setObjectName(QStringLiteral("captureGuide"));
    m_recipe->setObjectName(QStringLiteral("captureGuideRecipe"));
    m_recipe->addItem(tr("ISA Server 2004 / 2006 (Windows Server 2003): Network Monitor 3.4"),
                      int(Recipe::NmcapServer2003));
    m_recipe->addItem(tr("ISA Server 2004 / 2006 (Windows Server 2003): built-in Network Monitor"),
                      int(Recipe::BuiltInNetworkMonitor));
    m_recipe->addItem(tr("Forefront TMG (Windows Server 2008 or 2008 R2): Network Monitor 3.4"),
                      int(Recipe::NmcapServer2008));
    m_recipe->addItem(tr("Forefront TMG 2010 (Windows Server 2008 R2): netsh trace, no download"),
                      int(Recipe::NetshTrace2008R2));
    m_recipe->addItem(tr("Windows 10 / 11 client: pktmon"), int(Recipe::PktmonClient));
    m_address->setObjectName(QStringLiteral("captureGuideAddress"));
    m_address->setClearButtonEnabled(true);
    m_addressLabel->setBuddy(m_address);
    m_steps->setObjectName(QStringLiteral("captureGuideSteps"));
    m_steps->setWordWrap(true);
    m_steps->setTextFormat(Qt::RichText);
    m_commands->setObjectName(QStringLiteral("captureGuideCommands"));
    m_commands->setReadOnly(true);
    m_commands->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_commands->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_commands->setAccessibleName(tr("Commands to run on Windows"));
    m_commands->setMaximumHeight(m_commands->fontMetrics().lineSpacing() * 8);
    m_copy->setObjectName(QStringLiteral("captureGuideCopy"));
    m_rules->setObjectName(QStringLiteral("captureGuideRules"));
    m_rules->setWordWrap(true);
    m_rules->setTextFormat(Qt::RichText);
    m_rules->setText(
        QStringLiteral("<b>%1</b> %2")
            .arg(tr("Filter by address, never by port, and capture whole packets.").toHtmlEscaped(),
                 tr("The second and later pieces of a fragmented packet carry no port number, so a port "
                    "filter throws away exactly the pieces frag792 needs. If you must limit the packet "
                    "size, never go below 128 bytes per packet.")
                     .toHtmlEscaped()));

    auto* form = new QFormLayout;
    form->addRow(tr("Where do you capture?"), m_recipe);
    form->addRow(m_addressLabel, m_address);
    auto* commandRow = new QHBoxLayout;
    commandRow->addWidget(m_commands, 1);
    commandRow->addWidget(m_copy, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_rules);
    layout->addWidget(m_steps);
    layout->addLayout(commandRow);

    connect(m_recipe, &QComboBox::currentIndexChanged, this, &CaptureGuide::update);
    connect(m_address, &QLineEdit::textChanged, this, &CaptureGuide::update);
    connect(m_copy, &QPushButton::clicked, this, &CaptureGuide::copyCommands);
    update();
}

void CaptureGuide::setProduct(ServerProduct product)
{
    Recipe r = Recipe::NmcapServer2003;
    switch (product) {
    case ServerProduct::Unspecified:
        return; // keep what the technician picked
    case ServerProduct::Isa2004:
    case ServerProduct::Isa2006Standard:
    case ServerProduct::Isa2006Enterprise:
        r = Recipe::NmcapServer2003;
        break;
    case ServerProduct::TmgMbe:
        r = Recipe::NmcapServer2008; // netsh trace needs 2008 R2
        break;
    case ServerProduct::Tmg2010:
        r = Recipe::NetshTrace2008R2;
        break;
    }
    m_recipe->setCurrentIndex(m_recipe->findData(int(r)));
}

CaptureGuide::Recipe CaptureGuide::recipe() const
{
    return Recipe(m_recipe->currentData().toInt());
}

QString CaptureGuide::commands() const
{
    return m_commands->toPlainText();
}

void CaptureGuide::update()
{
    const Recipe r = recipe();
    const bool client = r == Recipe::PktmonClient;
    m_addressLabel->setText(client ? tr("VPN server's &address:") : tr("Client's public &address:"));
    m_address->setPlaceholderText(client ? kExampleServer : kExampleClient);
    // Only a real address goes into a command line: anything else would be run as typed.
    const QString typed = m_address->text().trimmed();
    const bool valid = !QHostAddress(typed).isNull();
    const QString address =
        valid ? QHostAddress(typed).toString() : (client ? kExampleServer : kExampleClient);
    const QString ipv = QHostAddress(address).protocol() == QAbstractSocket::IPv6Protocol
                            ? QStringLiteral("IPv6")
                            : QStringLiteral("IPv4");
    QStringList lines;
    QStringList items;
    switch (r) {
    case Recipe::NmcapServer2003:
    case Recipe::NmcapServer2008:
        items
            << tr("Install Microsoft Network Monitor 3.4 on the server (the x86 or x64 package that matches "
                  "Windows).")
            << (r == Recipe::NmcapServer2008
                    ? tr("Open a Command Prompt <b>as administrator</b> and go to the Network Monitor folder "
                         "(usually C:\\Program Files\\Microsoft Network Monitor 3).")
                    : tr("Open a Command Prompt and go to the Network Monitor folder (usually C:\\Program "
                         "Files\\Microsoft Network Monitor 3)."))
            << tr("Run the commands below, then connect from the client and wait for error 792 (or 90 "
                  "seconds).")
            << tr("Press Ctrl+C. Copy C:\\frag792\\isa.cap to this computer and open it here.");
        lines << QStringLiteral("cd /d \"C:\\Program Files\\Microsoft Network Monitor 3\"")
              << QStringLiteral("mkdir C:\\frag792")
              << QStringLiteral("nmcap /network * /capture %1.Address==%2 /file C:\\frag792\\isa.chn:100M")
                     .arg(ipv, address);
        break;
    case Recipe::BuiltInNetworkMonitor:
        items << tr("Control Panel → Add or Remove Programs → Add/Remove Windows Components → Management and "
                    "Monitoring Tools → Details → tick <b>Network Monitor Tools</b>.")
              << tr("Start <b>Network Monitor</b> from Administrative Tools. If asked, pick the network card "
                    "that faces the Internet.")
              << tr("Capture menu → <b>Filter</b> → double-click <b>AND (Address Pairs)</b> and enter the "
                    "client's public address shown below.")
              << tr("Make the capture buffer larger than its default of 1 MB.")
              << tr("Capture → <b>Start</b>, connect from the client, wait for error 792, then Capture → "
                    "<b>Stop</b>.")
              << tr("File → <b>Save As</b>, save as a .cap file, copy it to this computer and open it here.");
        lines << address;
        break;
    case Recipe::NetshTrace2008R2:
        items << tr("Open a Command Prompt <b>as administrator</b> on the TMG server and run the first two "
                    "commands.")
              << tr("Connect from the client and wait for error 792 (or 90 seconds).")
              << tr("Run <b>netsh trace stop</b> and wait until it says it has finished.")
              << tr("Convert the file with Microsoft's free etl2pcapng tool "
                    "(github.com/microsoft/etl2pcapng, on the server or any Windows PC), then copy "
                    "tmg.pcapng to this computer and open it here.")
              << tr("Do not add filemode=single: files made that way cannot be converted. The trace has no "
                    "address filter: keep it short on a busy server.");
        lines << QStringLiteral("mkdir C:\\frag792")
              << QStringLiteral("netsh trace start capture=yes tracefile=C:\\frag792\\tmg.etl maxsize=200")
              << QStringLiteral("netsh trace stop")
              << QStringLiteral("etl2pcapng.exe C:\\frag792\\tmg.etl C:\\frag792\\tmg.pcapng");
        break;
    case Recipe::PktmonClient:
        items << tr("Open a Command Prompt <b>as administrator</b> (Windows 10 version 2004 or later, or "
                    "Windows 11) and run the first four commands.")
              << tr("Connect to the VPN and wait for error 792. Then run the last two commands and open "
                    "client.pcapng here.")
              << tr("Keep --pkt-size 0: without it, pktmon keeps only the first 128 bytes of each packet. "
                    "Keep --comp nics: otherwise pktmon records each packet at several points inside "
                    "Windows.")
              << tr("If Windows says etl2pcap is unknown, use: pktmon pcapng C:\\frag792\\client.etl -o "
                    "C:\\frag792\\client.pcapng");
        lines << QStringLiteral("mkdir C:\\frag792") << QStringLiteral("pktmon filter remove")
              << QStringLiteral("pktmon filter add VPNServer -i %1").arg(address)
              << QStringLiteral("pktmon start --capture --comp nics --pkt-size 0 --file-name "
                                "C:\\frag792\\client.etl")
              << QStringLiteral("pktmon stop")
              << QStringLiteral("pktmon etl2pcap C:\\frag792\\client.etl --out C:\\frag792\\client.pcapng");
        break;
    }
    m_steps->setText(steps(items));
    m_commands->setPlainText(lines.join(QLatin1Char('\n')));
}

void CaptureGuide::copyCommands()
{
    if (QClipboard* clipboard = QGuiApplication::clipboard())
        clipboard->setText(commands() + QLatin1Char('\n'));
}

QString CaptureGuide::etlAdvice()
{
    return QStringLiteral("<b>%1</b><br>%2<ul><li>%3</li><li>%4</li><li>%5</li></ul>")
        .arg(tr("frag792 cannot read .etl files (netsh trace, pktmon): only Windows can. Convert the file on "
                "Windows first, then open the result here.")
                 .toHtmlEscaped(),
             tr("Use the command that fits the tool that made it:").toHtmlEscaped(),
             tr("pktmon (Windows 10 1809 and later, Server 2019 and later): pktmon etl2pcap FILE.etl --out "
                "FILE.pcapng (version 2004 and later; older builds: pktmon pcapng FILE.etl -o FILE.pcapng)")
                 .toHtmlEscaped(),
             tr("netsh trace: etl2pcapng.exe FILE.etl FILE.pcapng (github.com/microsoft/etl2pcapng)")
                 .toHtmlEscaped(),
             tr("or open the .etl in Network Monitor 3.4 and use File → Save As to save a .cap file")
                 .toHtmlEscaped());
}
