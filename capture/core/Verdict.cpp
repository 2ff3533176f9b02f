// SPDX-License-Identifier: GPL-3.0-or-later
#include "Verdict.h"

#include <QCoreApplication>

namespace {

struct VerdictText
{
    VerdictCode code;
    const char* key;
    const char* title;
    const char* explanation;
    int specificity;
};

// Order is specificity: the overall verdict over several SAs is the most specific failure.
const VerdictText kVerdicts[] = {
    {VerdictCode::NoIkeTraffic, "no-ike-traffic", QT_TRANSLATE_NOOP("Verdict", "No IKE traffic seen"),
     QT_TRANSLATE_NOOP(
         "Verdict",
         "No IKE message (UDP 500 or 4500) was captured. Check that the capture ran on the interface "
         "that faces the VPN clients, that the filter was not changed, and that the client really "
         "tried to connect while capturing. If UDP 500/4500 is blocked before this host, the client "
         "reports error 809 rather than 792."),
     0},
    {VerdictCode::NegotiationCompleted, "negotiation-completed",
     QT_TRANSLATE_NOOP("Verdict", "IKE negotiation completed"),
     QT_TRANSLATE_NOOP(
         "Verdict",
         "The IKE security association was established (IKEv1 Main Mode message 6 or the IKEv2 "
         "IKE_AUTH response reached the client). Any IP fragments got through, so Error 792 is not "
         "caused by blocked fragments here."),
     1},
    {VerdictCode::StalledWithoutFragmentation, "stalled-without-fragmentation",
     QT_TRANSLATE_NOOP("Verdict", "Negotiation stalled, but no fragmented message was involved"),
     QT_TRANSLATE_NOOP(
         "Verdict",
         "The negotiation stopped without any IP-fragmented IKE message, so KB 838438 does not explain "
         "it. Look at the look-alike errors: 789 (pre-shared key or NAT-T registry setting), 809 "
         "(UDP 500/4500 blocked or NAT), 13801 (certificate not acceptable), 13806 (no machine "
         "certificate), 13868 (policy mismatch)."),
     2},
    {VerdictCode::FragmentsUnanswered, "fragments-unanswered",
     QT_TRANSLATE_NOOP("Verdict", "Fragmented IKE message left complete and was never answered"),
     QT_TRANSLATE_NOOP(
         "Verdict",
         "A fragmented IKE message left this point complete, every fragment present, and no answer "
         "came back while it was retransmitted. Where the fragments were dropped cannot be told "
         "from here: capture on the VPN server to tell whether they reach it."),
     3},
    {VerdictCode::FragmentsLostAfterServer, "fragments-lost-after-server",
     QT_TRANSLATE_NOOP("Verdict", "The server's fragmented answer does not reach the client"),
     QT_TRANSLATE_NOOP(
         "Verdict",
         "The VPN server answered with a fragmented IKE message, and the client kept repeating its "
         "request: the answer's fragments are lost on the way to the client or at the client itself "
         "(a firewall or router between them, or the client's own firewall, drops IP fragments)."),
     4},
    {VerdictCode::FragmentsLostBeforeServer, "fragments-lost-before-server",
     QT_TRANSLATE_NOOP("Verdict", "Fragments are lost before they reach the server"),
     QT_TRANSLATE_NOOP(
         "Verdict",
         "The exchange stalls where a large, fragmented IKE message from the client is due, and its "
         "fragments arrive incomplete or not at all: a device between the client and the server "
         "(router, NAT device, upstream firewall) drops IP fragments."),
     5},
    {VerdictCode::FragmentsDroppedAtClient, "fragments-dropped-at-client",
     QT_TRANSLATE_NOOP("Verdict", "The client drops the server's fragmented answer"),
     QT_TRANSLATE_NOOP(
         "Verdict", "The server's fragmented answer arrived at the client complete, every fragment present, "
                    "and the client still kept repeating its request: a firewall on the client itself drops "
                    "IP fragments."),
     6},
    {VerdictCode::FragmentsDroppedAtServer, "fragments-dropped-at-server",
     QT_TRANSLATE_NOOP("Verdict", "The server receives the fragments and drops them (KB 838438)"),
     QT_TRANSLATE_NOOP(
         "Verdict",
         "A fragmented IKE message arrived at the VPN server complete, every fragment present, and "
         "was never answered while the client retransmitted it. This is KB 838438: the server's "
         "firewall drops IP fragments (\"Block IP fragments\" is on). Clear \"Block IP fragments\" "
         "on the IP Fragments tab of the IP Preferences dialog, click OK, then Apply."),
     7},
};

const VerdictText& textOf(VerdictCode code)
{
    for (const VerdictText& t : kVerdicts)
        if (t.code == code)
            return t;
    return kVerdicts[0];
}

} // namespace

QString verdictCodeKey(VerdictCode code)
{
    return QString::fromLatin1(textOf(code).key);
}

std::optional<VerdictCode> verdictCodeFromKey(const QString& key)
{
    for (const VerdictText& t : kVerdicts)
        if (key == QLatin1String(t.key))
            return t.code;
    return std::nullopt;
}

QString verdictTitle(VerdictCode code)
{
    return QCoreApplication::translate("Verdict", textOf(code).title);
}

QString verdictExplanation(VerdictCode code)
{
    return QCoreApplication::translate("Verdict", textOf(code).explanation);
}

const char* verdictTitleSource(VerdictCode code)
{
    return textOf(code).title;
}

const char* verdictExplanationSource(VerdictCode code)
{
    return textOf(code).explanation;
}

int verdictSpecificity(VerdictCode code)
{
    return textOf(code).specificity;
}

bool isFragmentVerdict(VerdictCode code)
{
    return verdictSpecificity(code) >= 3;
}
