// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleScript.h"

namespace {

// Console labels as the English consoles show them (KB 838438 and the product help); the
// translation is only ever shown beside them.
const char* const kMonitoring = QT_TRANSLATE_NOOP("ConsoleLabel", "Monitoring");
const char* const kFirewallPolicy = QT_TRANSLATE_NOOP("ConsoleLabel", "Firewall Policy");
const char* const kVpn = QT_TRANSLATE_NOOP("ConsoleLabel", "Virtual Private Networks (VPN)");
const char* const kConfiguration = QT_TRANSLATE_NOOP("ConsoleLabel", "Configuration");
const char* const kNetworks = QT_TRANSLATE_NOOP("ConsoleLabel", "Networks");
const char* const kCache = QT_TRANSLATE_NOOP("ConsoleLabel", "Cache");
const char* const kAddIns = QT_TRANSLATE_NOOP("ConsoleLabel", "Add-ins");
const char* const kGeneral = QT_TRANSLATE_NOOP("ConsoleLabel", "General");
const char* const kServers = QT_TRANSLATE_NOOP("ConsoleLabel", "Servers");
const char* const kArrays = QT_TRANSLATE_NOOP("ConsoleLabel", "Arrays");
const char* const kEnterprise = QT_TRANSLATE_NOOP("ConsoleLabel", "Enterprise");
const char* const kNetworking = QT_TRANSLATE_NOOP("ConsoleLabel", "Networking");
const char* const kSystem = QT_TRANSLATE_NOOP("ConsoleLabel", "System");
const char* const kLogsReports = QT_TRANSLATE_NOOP("ConsoleLabel", "Logs & Reports");
const char* const kDashboard = QT_TRANSLATE_NOOP("ConsoleLabel", "Dashboard");
const char* const kWebAccess = QT_TRANSLATE_NOOP("ConsoleLabel", "Web Access Policy");
const char* const kIps = QT_TRANSLATE_NOOP("ConsoleLabel", "Intrusion Prevention System");
const char* const kRemoteAccess = QT_TRANSLATE_NOOP("ConsoleLabel", "Remote Access Policy (VPN)");
const char* const kUpdateCenter = QT_TRANSLATE_NOOP("ConsoleLabel", "Update Center");
const char* const kIpOptions = QT_TRANSLATE_NOOP("ConsoleLabel", "IP Options");
const char* const kIpFragments = QT_TRANSLATE_NOOP("ConsoleLabel", "IP Fragments");
const char* const kIpRouting = QT_TRANSLATE_NOOP("ConsoleLabel", "IP Routing");
const char* const kIpPreferences = QT_TRANSLATE_NOOP("ConsoleLabel", "IP Preferences");
const char* const kAdditionalSecurity = QT_TRANSLATE_NOOP("ConsoleLabel", "Additional Security Policy");
const char* const kDefineIpPreferences = QT_TRANSLATE_NOOP("ConsoleLabel", "Define IP Preferences");
const char* const kConfigureIpProtection = QT_TRANSLATE_NOOP("ConsoleLabel", "Configure IP Protection");
const char* const kConfigureIpPreferences = QT_TRANSLATE_NOOP("ConsoleLabel", "Configure IP Preferences");
const char* const kConfigureIpOptionsFiltering =
    QT_TRANSLATE_NOOP("ConsoleLabel", "Configure IP Options Filtering");
const char* const kIntrusionDetection =
    QT_TRANSLATE_NOOP("ConsoleLabel", "Enable Intrusion Detection and DNS Attack Detection");
const char* const kRadius = QT_TRANSLATE_NOOP("ConsoleLabel", "Define RADIUS Servers");
const char* const kLdapRadius = QT_TRANSLATE_NOOP("ConsoleLabel", "Define LDAP and RADIUS Servers");
const char* const kDiffServ = QT_TRANSLATE_NOOP("ConsoleLabel", "Specify DiffServ Preferences");
const char* const kFloodMitigation = QT_TRANSLATE_NOOP("ConsoleLabel", "Configure Flood Mitigation Settings");
const char* const kCreateAccessRule = QT_TRANSLATE_NOOP("ConsoleLabel", "Create Access Rule");
const char* const kEnableIntrusion = QT_TRANSLATE_NOOP("ConsoleLabel", "Enable Intrusion Detection");
const char* const kEditSystemPolicy = QT_TRANSLATE_NOOP("ConsoleLabel", "Edit System Policy");
const char* const kNis = QT_TRANSLATE_NOOP("ConsoleLabel", "Network Inspection System (NIS)");
const char* const kBehavioral = QT_TRANSLATE_NOOP("ConsoleLabel", "Behavioral Intrusion Detection");
const char* const kCommonAttacks =
    QT_TRANSLATE_NOOP("ConsoleLabel", "Configure Detection Settings for Common Network Attacks");
const char* const kIsaTitle = QT_TRANSLATE_NOOP("ConsoleLabel", "ISA Server Management");
const char* const kIsa2006Title =
    QT_TRANSLATE_NOOP("ConsoleLabel", "Microsoft Internet Security and Acceleration Server 2006");
const char* const kMbeTitle = QT_TRANSLATE_NOOP(
    "ConsoleLabel", "Microsoft Forefront Threat Management Gateway, Medium Business Edition Management");
const char* const kMbeRoot = QT_TRANSLATE_NOOP("ConsoleLabel", "Forefront TMG MBE Management");
const char* const kTmgTitle = QT_TRANSLATE_NOOP("ConsoleLabel", "Forefront TMG Management");
const char* const kTmgRoot =
    QT_TRANSLATE_NOOP("ConsoleLabel", "Microsoft Forefront Threat Management Gateway");

ConsoleTreeNode node(const char* key, const char* parent, const char* label)
{
    return {QString::fromLatin1(key), QString::fromLatin1(parent), label, QString()};
}

ConsoleTreeNode literalNode(const char* key, const char* parent, const QString& text)
{
    return {QString::fromLatin1(key), QString::fromLatin1(parent), "", text};
}

/** ISA 2004 and 2006 share everything below the server (or array) node. */
void addIsaServerSubtree(ConsoleScript& s, const char* parent, bool enterprise)
{
    s.tree << node("monitoring", parent, kMonitoring) << node("firewallPolicy", parent, kFirewallPolicy)
           << node("vpn", parent, kVpn) << node("configuration", parent, kConfiguration);
    if (enterprise)
        s.tree << node("servers", "configuration", kServers);
    s.tree << node("networks", "configuration", kNetworks) << node("cache", "configuration", kCache)
           << node("addIns", "configuration", kAddIns) << node("general", "configuration", kGeneral);
}

void addDialogSteps(ConsoleScript& s)
{
    s.steps << ConsoleStep{MimicTarget::DialogTab, QString::fromLatin1(kIpFragments)}
            << ConsoleStep{MimicTarget::FragmentCheckbox, {}} << ConsoleStep{MimicTarget::DialogOk, {}}
            << ConsoleStep{MimicTarget::ApplyButton, {}} << ConsoleStep{MimicTarget::SaveOk, {}};
}

ConsoleStep treeStep(const char* key)
{
    return {MimicTarget::TreeNode, QString::fromLatin1(key)};
}

} // namespace

QString bilingualLabel(const char* english, bool twoLines)
{
    const QString source = QString::fromUtf8(english);
    const QString translated = QCoreApplication::translate("ConsoleLabel", english);
    if (translated.isEmpty() || translated == source)
        return source;
    return (twoLines ? QStringLiteral("%1\n(%2)") : QStringLiteral("%1 (%2)")).arg(source, translated);
}

ConsoleScript ConsoleScript::forProduct(ServerProduct product, const QString& serverName,
                                        const QString& arrayName)
{
    ConsoleScript s;
    s.product = product;
    s.dialogTitle = kIpPreferences;
    switch (product) {
    case ServerProduct::Isa2004:
    case ServerProduct::Unspecified:
        s.windowTitle = kIsaTitle;
        s.tree << node("root", "", kIsaTitle) << literalNode("server", "root", serverName);
        addIsaServerSubtree(s, "server", false);
        s.linkNodeKey = QStringLiteral("general");
        s.linkPlace = LinkPlace::DetailsPane;
        s.linkGroup = kAdditionalSecurity;
        s.link = kDefineIpPreferences;
        s.otherLinks = {kIntrusionDetection, kRadius, kDiffServ};
        s.dialogTabs = {kIpOptions, kIpFragments, kIpRouting};
        s.steps << treeStep("server") << treeStep("configuration") << treeStep("general")
                << ConsoleStep{MimicTarget::Link, {}};
        break;
    case ServerProduct::Isa2006Standard:
    case ServerProduct::Isa2006Enterprise: {
        const bool enterprise = product == ServerProduct::Isa2006Enterprise;
        s.windowTitle = kIsa2006Title;
        s.tree << node("root", "", kIsa2006Title);
        if (enterprise) {
            s.tree << node("enterprise", "root", kEnterprise) << node("arrays", "root", kArrays)
                   << literalNode("array", "arrays", arrayName);
            addIsaServerSubtree(s, "array", true);
            s.steps << treeStep("arrays") << treeStep("array");
            s.productNote =
                tr("In the Enterprise Edition the setting belongs to the array: every server in %1 gets "
                   "it. (The server you typed, %2, is a member of this array.)")
                    .arg(arrayName, serverName);
        } else {
            s.tree << literalNode("server", "root", serverName);
            addIsaServerSubtree(s, "server", false);
            s.steps << treeStep("server");
        }
        s.steps << treeStep("configuration") << treeStep("general") << ConsoleStep{MimicTarget::Link, {}};
        s.linkNodeKey = QStringLiteral("general");
        s.linkPlace = LinkPlace::DetailsPane;
        s.linkGroup = kAdditionalSecurity;
        s.link = kConfigureIpProtection;
        s.linkAlternative = kDefineIpPreferences;
        s.otherLinks = {kFloodMitigation, kIntrusionDetection, kLdapRadius, kDiffServ};
        s.dialogTabs = {kIpOptions, kIpFragments, kIpRouting};
        break;
    }
    case ServerProduct::TmgMbe:
        s.windowTitle = kMbeTitle;
        s.tree << node("root", "", kMbeRoot) << literalNode("server", "root", serverName)
               << node("monitoring", "server", kMonitoring)
               << node("firewallPolicy", "server", kFirewallPolicy) << node("vpn", "server", kVpn)
               << node("networking", "server", kNetworking) << node("system", "server", kSystem)
               << node("logs", "server", kLogsReports);
        s.linkNodeKey = QStringLiteral("firewallPolicy");
        s.linkPlace = LinkPlace::TaskPane;
        s.link = kConfigureIpPreferences;
        s.otherLinks = {kCreateAccessRule, kEditSystemPolicy, kEnableIntrusion};
        s.dialogTabs = {kIpOptions, kIpFragments};
        s.steps << treeStep("server") << treeStep("firewallPolicy") << ConsoleStep{MimicTarget::Link, {}};
        break;
    case ServerProduct::Tmg2010:
        s.windowTitle = kTmgTitle;
        s.tree << node("root", "", kTmgRoot)
               << literalNode("server", "root", QStringLiteral("Forefront TMG (%1)").arg(serverName))
               << node("dashboard", "server", kDashboard) << node("monitoring", "server", kMonitoring)
               << node("firewallPolicy", "server", kFirewallPolicy) << node("webAccess", "server", kWebAccess)
               << node("ips", "server", kIps) << node("remoteAccess", "server", kRemoteAccess)
               << node("networking", "server", kNetworking) << node("system", "server", kSystem)
               << node("logs", "server", kLogsReports) << node("updateCenter", "server", kUpdateCenter);
        s.linkNodeKey = QStringLiteral("ips");
        s.linkPlace = LinkPlace::DetailsPane;
        s.detailsTabs = {kNis, kBehavioral};
        s.linkTab = kBehavioral;
        s.link = kConfigureIpOptionsFiltering;
        s.otherLinks = {kCommonAttacks, kFloodMitigation};
        s.dialogTabs = {kIpOptions, kIpFragments};
        s.productNote =
            tr("In TMG 2010 \"Block IP fragments\" is off by default. If it is checked on this server, "
               "someone turned it on.");
        s.steps << treeStep("server") << treeStep("ips")
                << ConsoleStep{MimicTarget::DetailsTab, QString::fromLatin1(kBehavioral)}
                << ConsoleStep{MimicTarget::Link, {}};
        break;
    }
    addDialogSteps(s);
    return s;
}

QString ConsoleScript::nodeLabel(const QString& key) const
{
    for (const ConsoleTreeNode& n : tree)
        if (n.key == key)
            return n.literal.isEmpty() ? QString::fromUtf8(n.label) : n.literal;
    return key;
}

bool ConsoleScript::nodeHasChildren(const QString& key) const
{
    for (const ConsoleTreeNode& n : tree)
        if (n.parentKey == key)
            return true;
    return false;
}

QString ConsoleScript::instruction(int index) const
{
    if (index < 0 || index >= steps.size())
        return tr("Done: the change is saved. Existing VPN sessions keep the old policy, so disconnect the "
                  "VPN client "
                  "and connect it again before you verify.");
    const ConsoleStep& step = steps[index];
    const auto bold = [](const QString& text) {
        return QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped());
    };
    QString text;
    switch (step.target) {
    case MimicTarget::TreeNode: {
        QString label;
        for (const ConsoleTreeNode& n : tree)
            if (n.key == step.key)
                label = n.literal.isEmpty() ? bilingualLabel(n.label) : n.literal;
        text = nodeHasChildren(step.key) ? tr("In the console tree, expand %1.").arg(bold(label))
                                         : tr("In the console tree, click %1.").arg(bold(label));
        break;
    }
    case MimicTarget::DetailsTab:
        text = tr("In the details pane, click the %1 tab.").arg(bold(bilingualLabel(linkTab)));
        break;
    case MimicTarget::Link:
        if (linkPlace == LinkPlace::TaskPane)
            text = tr("In the task pane, on the Tasks tab, click %1.").arg(bold(bilingualLabel(link)));
        else if (*linkGroup)
            text = tr("In the details pane, under %1, click %2.")
                       .arg(bold(bilingualLabel(linkGroup)), bold(bilingualLabel(link)));
        else
            text = tr("In the details pane, click %1.").arg(bold(bilingualLabel(link)));
        if (*linkAlternative)
            text += QLatin1Char(' ') +
                    tr("(Some builds label it %1.)").arg(bold(bilingualLabel(linkAlternative)));
        break;
    case MimicTarget::DialogTab:
        text = tr("Click the %1 tab.").arg(bold(bilingualLabel(kIpFragments)));
        break;
    case MimicTarget::FragmentCheckbox:
        text = tr("Clear the %1 check box.")
                   .arg(bold(bilingualLabel(QT_TRANSLATE_NOOP("ConsoleLabel", "Block IP fragments"))));
        break;
    case MimicTarget::DialogOk:
        text = tr("Click %1 to close the dialog.").arg(bold(QStringLiteral("OK")));
        break;
    case MimicTarget::ApplyButton:
        text = tr("Click %1 to update the firewall policy.")
                   .arg(bold(bilingualLabel(QT_TRANSLATE_NOOP("ConsoleLabel", "Apply"))));
        break;
    case MimicTarget::SaveOk:
        text = tr("Click %1 when the configuration is saved.").arg(bold(QStringLiteral("OK")));
        break;
    }
    return tr("Step %1 of %2: %3").arg(index + 1).arg(steps.size()).arg(text);
}
