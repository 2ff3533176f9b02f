// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResolutionSteps.h"

#include <QCoreApplication>

#include <functional>

namespace {

// Console labels are UI text of Microsoft's products, quoted from KB 838438 and the product help.
constexpr const char* kIsaConsole = "ISA Server Management";
constexpr const char* kMbeConsole =
    "Microsoft Forefront Threat Management Gateway, Medium Business Edition Management";
constexpr const char* kTmgConsole = "Forefront TMG Management";
constexpr const char* kServerPlaceholder = "ServerName";
constexpr const char* kArrayPlaceholder = "ArrayName";

struct StepStyle
{
    std::function<QString(const char*)>
        sentence; ///< the source sentence, translated/escaped as the style wants
    std::function<QString(const QString&)> label; ///< a console label or the server name
};

StepStyle plainEnglish()
{
    return {[](const char* s) { return QString::fromUtf8(s); },
            [](const QString& l) {
                return l;
            }};
}

StepStyle localizedHtml()
{
    return {[](const char* s) { return QCoreApplication::translate("Report", s).toHtmlEscaped(); },
            [](const QString& l) {
                return QStringLiteral("<b>%1</b>").arg(l.toHtmlEscaped());
            }};
}

QString L(const char* label)
{
    return QString::fromUtf8(label);
}

QStringList stepsFor(ServerProduct product, const QString& serverName, const QString& arrayName,
                     const StepStyle& st)
{
    const bool named = !serverName.trimmed().isEmpty();
    const QString server = st.label(named ? serverName.trimmed() : L(kServerPlaceholder));
    auto expandServer = [&](const char* productText) {
        if (named)
            return st.sentence(QT_TRANSLATE_NOOP("Report", "Expand %1.")).arg(server);
        return st
            .sentence(QT_TRANSLATE_NOOP(
                "Report", "Expand %1, where %1 is the name of the computer that is running %2."))
            .arg(server, QString::fromUtf8(productText));
    };
    const QString fragments =
        st.sentence(
              QT_TRANSLATE_NOOP("Report", "Click the %1 tab, clear the %2 check box, and then click %3."))
            .arg(st.label(L("IP Fragments")), st.label(L("Block IP fragments")), st.label(L("OK")));
    const QString apply =
        st
            .sentence(QT_TRANSLATE_NOOP(
                "Report", "In the details pane, click %1 to update the firewall policy, and then click %2."))
            .arg(st.label(L("Apply")), st.label(L("OK")));
    const QString reconnect =
        st.sentence(QT_TRANSLATE_NOOP("Report", "Disconnect the VPN client and connect again: connections "
                                                "made before %1 keep the old policy."))
            .arg(st.label(L("Apply")));
    const QString configurationGeneral =
        st.sentence(QT_TRANSLATE_NOOP("Report", "Expand %1, and then click %2."))
            .arg(st.label(L("Configuration")), st.label(L("General")));
    const QString ipProtection =
        st
            .sentence(QT_TRANSLATE_NOOP(
                "Report", "In the details pane, under %1, click %2 (on some builds the link is named %3)."))
            .arg(st.label(L("Additional Security Policy")), st.label(L("Configure IP Protection")),
                 st.label(L("Define IP Preferences")));
    const QString startIsa =
        st.sentence(QT_TRANSLATE_NOOP("Report", "Start the %1 tool.")).arg(st.label(L(kIsaConsole)));

    switch (product) {
    case ServerProduct::Isa2004:
        return {startIsa,
                expandServer("ISA Server 2004"),
                configurationGeneral,
                st.sentence(QT_TRANSLATE_NOOP("Report", "In the details pane, under %1, click %2."))
                    .arg(st.label(L("Additional Security Policy")), st.label(L("Define IP Preferences"))),
                fragments,
                apply,
                reconnect};
    case ServerProduct::Isa2006Standard:
        return {
            startIsa, expandServer("ISA Server 2006"), configurationGeneral, ipProtection, fragments, apply,
            reconnect};
    case ServerProduct::Isa2006Enterprise: {
        const bool arrayNamed = !arrayName.trimmed().isEmpty();
        const QString array = st.label(arrayNamed ? arrayName.trimmed() : L(kArrayPlaceholder));
        const QString expandArray =
            arrayNamed ? st.sentence(QT_TRANSLATE_NOOP("Report", "Expand %1, and then expand %2."))
                             .arg(st.label(L("Arrays")), array)
                       : st.sentence(QT_TRANSLATE_NOOP("Report",
                                                       "Expand %1, and then expand %2, where %2 is the name "
                                                       "of the array that the VPN server belongs to."))
                             .arg(st.label(L("Arrays")), array);
        return {startIsa, expandArray, configurationGeneral, ipProtection, fragments, apply, reconnect};
    }
    case ServerProduct::TmgMbe:
        return {st.sentence(QT_TRANSLATE_NOOP("Report", "Start the %1 tool.")).arg(st.label(L(kMbeConsole))),
                expandServer("Forefront TMG Medium Business Edition"),
                st.sentence(QT_TRANSLATE_NOOP(
                                "Report", "Click %1, and then in the task pane, on the %2 tab, click %3."))
                    .arg(st.label(L("Firewall Policy")), st.label(L("Tasks")),
                         st.label(L("Configure IP Preferences"))),
                fragments,
                apply,
                reconnect};
    case ServerProduct::Tmg2010:
        return {
            st.sentence(QT_TRANSLATE_NOOP("Report", "Start the %1 console.")).arg(st.label(L(kTmgConsole))),
            expandServer("Forefront TMG 2010"),
            st.sentence(QT_TRANSLATE_NOOP("Report", "Click %1."))
                .arg(st.label(L("Intrusion Prevention System"))),
            st.sentence(
                  QT_TRANSLATE_NOOP("Report", "In the details pane, click the %1 tab, and then click %2."))
                .arg(st.label(L("Behavioral Intrusion Detection")),
                     st.label(L("Configure IP Options Filtering"))),
            fragments,
            apply,
            reconnect};
    case ServerProduct::Unspecified:
        break;
    }
    QStringList all;
    for (ServerProduct p : allServerProducts())
        for (const QString& s : stepsFor(p, serverName, arrayName, st))
            all << QStringLiteral("%1: %2").arg(serverProductEnglishName(p), s);
    return all;
}

} // namespace

QStringList resolutionSteps(ServerProduct product, const QString& serverName, const QString& arrayName)
{
    return stepsFor(product, serverName, arrayName, plainEnglish());
}

QStringList resolutionStepsHtml(ServerProduct product, const QString& serverName, const QString& arrayName)
{
    return stepsFor(product, serverName, arrayName, localizedHtml());
}

QString consolePath(ServerProduct product, const QString& serverName, const QString& arrayName)
{
    const QString server = serverName.trimmed().isEmpty() ? L(kServerPlaceholder) : serverName.trimmed();
    const QString array = arrayName.trimmed().isEmpty() ? L(kArrayPlaceholder) : arrayName.trimmed();
    const QString sep = QStringLiteral(" > ");
    switch (product) {
    case ServerProduct::Isa2004:
        return QStringList{
            L(kIsaConsole),   server, L("Configuration"), L("General"), L("Define IP Preferences"),
            L("IP Fragments")}
            .join(sep);
    case ServerProduct::Isa2006Standard:
        return QStringList{
            L(kIsaConsole),   server, L("Configuration"), L("General"), L("Configure IP Protection"),
            L("IP Fragments")}
            .join(sep);
    case ServerProduct::Isa2006Enterprise:
        return QStringList{L(kIsaConsole),     L("Arrays"),  array,
                           L("Configuration"), L("General"), L("Configure IP Protection"),
                           L("IP Fragments")}
            .join(sep);
    case ServerProduct::TmgMbe:
        return QStringList{
            L(kMbeConsole),   server, L("Firewall Policy"), L("Tasks"), L("Configure IP Preferences"),
            L("IP Fragments")}
            .join(sep);
    case ServerProduct::Tmg2010:
        return QStringList{L(kTmgConsole),
                           server,
                           L("Intrusion Prevention System"),
                           L("Behavioral Intrusion Detection"),
                           L("Configure IP Options Filtering"),
                           L("IP Fragments")}
            .join(sep);
    case ServerProduct::Unspecified:
        break;
    }
    return {};
}

std::vector<ServerProduct> reportedProducts(ServerProduct chosen)
{
    if (chosen != ServerProduct::Unspecified)
        return {chosen};
    return {allServerProducts().begin(), allServerProducts().end()};
}

QStringList resolutionNotes(bool translated)
{
    static const char* const notes[] = {
        QT_TRANSLATE_NOOP(
            "Report",
            "If the client still fails after Apply, its old session may still be open: disconnect it "
            "(Monitoring > Sessions > Disconnect Session) or restart the Firewall service, then connect "
            "again."),
        QT_TRANSLATE_NOOP(
            "Report",
            "Leave IP fragments allowed wherever Kerberos is used: Kerberos over UDP is often fragmented, "
            "and Microsoft recommends not blocking IP fragments on such networks."),
    };
    QStringList out;
    for (const char* n : notes)
        out << (translated ? QCoreApplication::translate("Report", n) : QString::fromUtf8(n));
    return out;
}

QString productRemark(ServerProduct product, bool translated)
{
    const char* text = nullptr;
    switch (product) {
    case ServerProduct::Isa2006Enterprise:
        text = QT_TRANSLATE_NOOP(
            "Report", "ISA Server 2006 Enterprise Edition applies changes asynchronously: check the "
                      "Configuration tab in Monitoring until every array member is synchronized.");
        break;
    case ServerProduct::Tmg2010:
        text = QT_TRANSLATE_NOOP(
            "Report", "Forefront TMG 2010 does not block IP fragments by default, so someone turned it on: "
                      "find out why before clearing it.");
        break;
    default:
        return {};
    }
    return translated ? QCoreApplication::translate("Report", text) : QString::fromUtf8(text);
}
