// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecurityAnswers.h"

#include <QCoreApplication>

#include <array>
#include <initializer_list>
#include <vector>

namespace {

// Sources, in the words of docs/security-fragments.md (the row each supports in the comment).
enum SourceId
{
    IsaHelpIpPreferences,            // P1, A1, C2, C3
    TmgSdkFragmentFiltering,         // P3, P4
    Kb179129,                        // A2
    Rfc1858,                         // A3
    IsaHelpIpFragments,              // C1
    TmgConfiguringIpPreferences,     // C1
    Kb252366,                        // A4, D4
    IsaHelpIntrusionDetection,       // D1
    TmgHelpIntrusionDetection,       // A5, D1
    TmgSdkAttackDetection,           // D1
    TmgSdkIntrusionDetectionEnabled, // D2
    IsaHelpFloodMitigation,          // D3
    TmgHelpFloodMitigation,          // D3
    Kb838438,                        // D5
    ResearchNoteD6,                  // D6
    TmgSdkEnableSstp,                // S1
    TmgSdkSstpListener,              // S1
    DaviesSstpClients,               // S1
    JvangentServer2003,              // S1
    Rfc2409,                         // C4, S2
    TmgSdkPreSharedKey,              // S2
    CmakPreSharedKey,                // S2
    ShinderIsa2004,                  // S2
    HicksIkev2Fragmentation,         // S3, S5
    MsIkeeFragmentation,             // S5
    MsIkeeFragmentSize,              // S5
    Advisory2743314,                 // S7
    AlgoIssue305,                    // S8
    SourceCount
};

struct SourceText
{
    const char* label;
    const char* url;
};

const std::array<SourceText, SourceCount> kSources{{
    {QT_TRANSLATE_NOOP("Report", "ISA Server 2006 Help, \"IP preferences\""),
     "http://certsrv.ru/isa.en/isalink_ipoptions.htm"},
    {QT_TRANSLATE_NOOP("Report", "Forefront TMG 2010 SDK, IPFragmentsFilteringEnabled"),
     "https://learn.microsoft.com/en-us/previous-versions/dd421064(v=msdn.10)"},
    {QT_TRANSLATE_NOOP("Report", "Microsoft KB 179129, modified teardrop attack"),
     "https://library.thedatadungeon.com/msdn-2000-04/kbwin/Source/winnt/q179129.content.htm"},
    {QT_TRANSLATE_NOOP("Report", "RFC 1858, security considerations for IP fragment filtering"),
     "https://www.rfc-editor.org/rfc/rfc1858"},
    {QT_TRANSLATE_NOOP("Report", "ISA Server 2006 Help, \"IP fragments\""),
     "https://technet.microsoft.com/en-us/library/bb794940(v=technet.10)"},
    {QT_TRANSLATE_NOOP("Report", "Forefront TMG Help, \"Configuring IP preferences\""),
     "https://technet.microsoft.com/en-us/library/cc995315.aspx"},
    {QT_TRANSLATE_NOOP("Report", "Microsoft KB 252366, limit of fragment reassembly headers"),
     "https://mskb.pkisolutions.com/kb/252366"},
    {QT_TRANSLATE_NOOP("Report", "ISA Server 2006 Help, \"Intrusion detection\""),
     "http://certsrv.ru/isa.en/isalink_intrusiondetection.htm"},
    {QT_TRANSLATE_NOOP("Report", "Forefront TMG Help, intrusion detection (cc984458)"), ""},
    {QT_TRANSLATE_NOOP("Report", "Forefront TMG 2010 SDK, FPCAttackDetection"),
     "https://learn.microsoft.com/en-us/previous-versions/windows/desktop/ff824303(v=vs.85)"},
    {QT_TRANSLATE_NOOP("Report", "Forefront TMG 2010 SDK, IntrusionDetectionEnabled"),
     "https://learn.microsoft.com/en-us/previous-versions/dd421062(v=msdn.10)"},
    {QT_TRANSLATE_NOOP("Report", "ISA Server 2006 Help, \"Flood mitigation\""),
     "http://certsrv.ru/isa.en/isalink_floodmitigation.htm"},
    {QT_TRANSLATE_NOOP("Report", "Forefront TMG Help, flood mitigation (cc995183)"), ""},
    {QT_TRANSLATE_NOOP("Report", "Microsoft KB 838438, Resolution"), ""},
    {QT_TRANSLATE_NOOP("Report", "frag792 research note docs/security-fragments.md, row D6"), ""},
    {QT_TRANSLATE_NOOP("Report", "Forefront TMG 2010 SDK, EnableSSTP"),
     "https://learn.microsoft.com/en-us/previous-versions/ff796918(v=msdn.10)"},
    {QT_TRANSLATE_NOOP("Report", "Forefront TMG 2010 SDK, SetSSTPListener"),
     "https://learn.microsoft.com/en-us/previous-versions/ff796919(v=msdn.10)"},
    {QT_TRANSLATE_NOOP("Report", "Davies, Windows Server 2008 TCP/IP Protocols and Services, chapter 19"),
     "https://www.oreilly.com/library/view/windows-server-r-2008/9780735624474/ch19s04.html"},
    {QT_TRANSLATE_NOOP("Report", "jvangent blog, \"SSTP remote access\" (third party)"),
     "https://blog.jvangent.nl/index.php/2016/05/24/sstp-remote-access/"},
    {QT_TRANSLATE_NOOP("Report", "RFC 2409 (IKE), sections 5.1 and 5.4"),
     "https://www.rfc-editor.org/rfc/rfc2409"},
    {QT_TRANSLATE_NOOP("Report", "Forefront TMG 2010 SDK, PreSharedIPSecKey"),
     "https://learn.microsoft.com/en-us/previous-versions/windows/desktop/ff826864(v=vs.85)"},
    {QT_TRANSLATE_NOOP("Report", "Microsoft CMAK, \"Including a Preshared Key\" (dd672872)"), ""},
    {QT_TRANSLATE_NOOP("Report", "Shinder, Configuring ISA Server 2004"), ""},
    {QT_TRANSLATE_NOOP("Report", "R. Hicks, \"Always On VPN and IKEv2 Fragmentation\" (third party)"),
     "https://directaccess.richardhicks.com/2019/02/11/always-on-vpn-and-ikev2-fragmentation/"},
    {QT_TRANSLATE_NOOP("Report", "[MS-IKEE], the IKE fragmentation vendor ID"),
     "https://docs.microsoft.com/en-us/openspecs/windows_protocols/ms-ikee/"
     "ed6b2167-bd95-4221-bb3a-706ac6e75ec3"},
    {QT_TRANSLATE_NOOP("Report", "[MS-IKEE], the size of IKE fragments"),
     "https://msdn.microsoft.com/en-us/library/cc233262.aspx"},
    {QT_TRANSLATE_NOOP("Report", "Microsoft Security Advisory 2743314"),
     "https://learn.microsoft.com/en-us/security-updates/SecurityAdvisories/2012/2743314"},
    {QT_TRANSLATE_NOOP("Report", "trailofbits/algo issue 305 (third party)"),
     "https://github.com/trailofbits/algo/issues/305"},
}};

struct Statement
{
    const char* text;
    std::vector<SourceId> sources;
};

struct Section
{
    const char* heading;
    std::vector<Statement> statements;
};

const std::vector<Section>& sections()
{
    static const std::vector<Section> all{
        {QT_TRANSLATE_NOOP("Report", "What the block protects against, and what clearing it exposes"),
         {
             {QT_TRANSLATE_NOOP(
                  "Report",
                  "\"Block IP fragments\" is one setting for the whole server: when it is on, ISA "
                  "Server or TMG drops every fragmented IP packet, whatever its source, destination "
                  "or port. No way to exempt only the VPN is documented."),
              {IsaHelpIpPreferences, TmgSdkFragmentFiltering}},
             {QT_TRANSLATE_NOOP(
                  "Report", "It guards against the teardrop attack: fragments whose offsets overlap so that "
                            "reassembling them can harm the system. Microsoft fixed the teardrop variants it "
                            "documented in Windows NT 4.0."),
              {IsaHelpIpPreferences, Kb179129}},
             {QT_TRANSLATE_NOOP("Report",
                                "Fragments can also be used to slip TCP headers past packet filters and to "
                                "exhaust reassembly memory."),
              {Rfc1858, Kb252366}},
             {QT_TRANSLATE_NOOP(
                  "Report", "What blocking costs: Microsoft's help says that with it on, Kerberos "
                            "authentication fails when the server is a domain member, streaming audio and "
                            "video can break, and L2TP/IPsec connections may not be established because "
                            "packet fragmentation may take place during the certificate exchange."),
              {IsaHelpIpFragments, TmgConfiguringIpPreferences, IsaHelpIpPreferences}},
             {QT_TRANSLATE_NOOP(
                  "Report",
                  "What clearing it exposes: the server no longer drops fragmented packets outright. "
                  "Forefront TMG 2010 ships with this setting turned off."),
              {IsaHelpIpPreferences, TmgSdkFragmentFiltering}},
         }},
        {QT_TRANSLATE_NOOP("Report", "What still protects the server once it is cleared"),
         {
             {QT_TRANSLATE_NOOP(
                  "Report",
                  "Intrusion detection is a separate setting and stays as it is. It detects "
                  "\"ping of death\", an IP fragment with more data than the maximum IP packet size. "
                  "Forefront TMG 2010 setup turns it on."),
              {IsaHelpIntrusionDetection, TmgHelpIntrusionDetection, TmgSdkAttackDetection,
               TmgSdkIntrusionDetectionEnabled}},
             {QT_TRANSLATE_NOOP(
                  "Report", "On ISA Server 2006 and Forefront TMG, flood mitigation (connection counters and "
                            "limits per client) is also a separate setting and stays as it is."),
              {IsaHelpFloodMitigation, TmgHelpFloodMitigation}},
             {QT_TRANSLATE_NOOP("Report",
                                "Your firewall rules do not change: the KB's procedure clears only the IP "
                                "fragments option."),
              {Kb838438}},
             {QT_TRANSLATE_NOOP(
                  "Report",
                  "Windows itself limits fragment reassembly: Windows Server 2003 keeps at most 100 "
                  "reassembly headers by default and silently drops fragments beyond that."),
              {Kb252366}},
             {QT_TRANSLATE_NOOP(
                  "Report", "Not documented: whether ISA Server or TMG reassembles fragments and applies the "
                            "firewall rules to the whole datagram. No statement was found, so do not assume "
                            "it."),
              {ResearchNoteD6}},
         }},
        {QT_TRANSLATE_NOOP("Report", "If policy forbids clearing it"),
         {
             {QT_TRANSLATE_NOOP(
                  "Report",
                  "SSTP (the VPN inside HTTPS, TCP port 443) exchanges no IKE messages. Where: "
                  "Forefront TMG 2010 only (off by default, it needs a Web listener) with clients on "
                  "Windows Vista SP1 or later. ISA Server 2004 and 2006 run on Windows Server 2003, "
                  "which offers only PPTP and L2TP/IPsec."),
              {TmgSdkEnableSstp, TmgSdkSstpListener, DaviesSstpClients, JvangentServer2003}},
             {QT_TRANSLATE_NOOP(
                  "Report",
                  "A pre-shared key instead of certificates, as a stopgap: Main Mode messages 5 and "
                  "6 then carry a hash instead of the certificate that gets fragmented. Cost: "
                  "Microsoft calls it \"a relatively weak authentication method\" for interim use; "
                  "all clients share one key, and changing it means updating every client. Where: "
                  "documented for ISA Server 2004 and Forefront TMG 2010. Run frag792 again "
                  "afterwards to confirm that nothing is fragmented."),
              {Rfc2409, TmgSdkPreSharedKey, CmakPreSharedKey, ShinderIsa2004}},
             {QT_TRANSLATE_NOOP(
                  "Report",
                  "A shorter certificate chain or smaller keys (RSA 2048 bits rather than larger) "
                  "make the certificate messages smaller, but no source shows that they then fit in "
                  "one packet: measure with frag792 before relying on it. Where: every product."),
              {HicksIkev2Fragmentation}},
             {QT_TRANSLATE_NOOP(
                  "Report",
                  "IKE-level fragmentation, where both ends support it, splits the IKE message "
                  "itself into small pieces, so IP does not fragment it. Cost: Microsoft documents "
                  "no setting in ISA Server or Forefront TMG to turn it on, and IKEv2 fragmentation "
                  "needs Windows Server 1803 (2019) or later on the VPN server."),
              {MsIkeeFragmentation, MsIkeeFragmentSize, HicksIkev2Fragmentation}},
             {QT_TRANSLATE_NOOP(
                  "Report", "PPTP, as a last resort, uses no IKE. Cost: Microsoft warns that PPTP with "
                            "MS-CHAP v2 as the only authentication can expose user credentials. Where: all "
                            "four products."),
              {Advisory2743314}},
             {QT_TRANSLATE_NOOP(
                  "Report", "What will not help: lowering the MTU on the clients. The IKE message with the "
                            "certificate is still larger than one packet."),
              {AlgoIssue305}},
         }},
    };
    return all;
}

QString text(const char* source, bool translated)
{
    return translated ? QCoreApplication::translate("Report", source) : QString::fromUtf8(source);
}

/** The statement at @p index counted over all sections, or null. */
const Statement* statementAt(int index)
{
    for (const Section& section : sections()) {
        if (index < int(section.statements.size()))
            return &section.statements[std::size_t(index)];
        index -= int(section.statements.size());
    }
    return nullptr;
}

} // namespace

QString SecurityAnswers::title(bool translated)
{
    return text(
        QT_TRANSLATE_NOOP("Report", "Is it safe to stop blocking IP fragments, and what if we can't?"),
        translated);
}

QString SecurityAnswers::html(int headingLevel, bool translated)
{
    const auto heading = [](int level, const QString& content) {
        return QStringLiteral("<h%1>%2</h%1>\n").arg(level).arg(content.toHtmlEscaped());
    };
    // Sources are numbered in the order they are first cited.
    std::vector<SourceId> order;
    const auto number = [&order](SourceId id) {
        for (std::size_t i = 0; i < order.size(); ++i)
            if (order[i] == id)
                return int(i) + 1;
        order.push_back(id);
        return int(order.size());
    };
    QString out = heading(headingLevel, title(translated));
    for (const Section& section : sections()) {
        out += heading(headingLevel + 1, text(section.heading, translated));
        out += QStringLiteral("<ul>\n");
        for (const Statement& statement : section.statements) {
            QStringList cites;
            for (SourceId id : statement.sources)
                cites << QStringLiteral("<a href=\"#frag792-source-%1\">%1</a>").arg(number(id));
            out +=
                QStringLiteral("<li>%1 <sup>[%2]</sup></li>\n")
                    .arg(text(statement.text, translated).toHtmlEscaped(), cites.join(QStringLiteral(", ")));
        }
        out += QStringLiteral("</ul>\n");
    }
    out += heading(headingLevel + 1, text(QT_TRANSLATE_NOOP("Report", "Sources"), translated));
    out += QStringLiteral("<ol>\n");
    for (SourceId id : order) {
        const SourceText& s = kSources[std::size_t(id)];
        const QString url = QString::fromLatin1(s.url);
        out += QStringLiteral("<li><a name=\"frag792-source-%1\"></a>%2")
                   .arg(number(id))
                   .arg(text(s.label, translated).toHtmlEscaped());
        if (!url.isEmpty())
            out += QStringLiteral(": <a href=\"%1\">%1</a>").arg(url.toHtmlEscaped());
        out += QStringLiteral("</li>\n");
    }
    out += QStringLiteral("</ol>\n");
    return out;
}

QStringList SecurityAnswers::sourceLabels(bool translated)
{
    QStringList out;
    for (const SourceText& s : kSources)
        out << text(s.label, translated);
    return out;
}

int SecurityAnswers::statementCount()
{
    int n = 0;
    for (const Section& section : sections())
        n += int(section.statements.size());
    return n;
}

QString SecurityAnswers::statementText(int index)
{
    const Statement* s = statementAt(index);
    return s ? QString::fromUtf8(s->text) : QString();
}

QList<SecurityAnswers::Source> SecurityAnswers::statementSources(int index)
{
    QList<Source> out;
    if (const Statement* s = statementAt(index))
        for (SourceId id : s->sources)
            out.append({QString::fromUtf8(kSources[std::size_t(id)].label),
                        QString::fromLatin1(kSources[std::size_t(id)].url)});
    return out;
}
