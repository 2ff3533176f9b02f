// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportAdvice.h"

#include <QCoreApplication>

namespace {

QString text(const char* source, bool translated)
{
    return translated ? QCoreApplication::translate("Report", source) : QString::fromUtf8(source);
}

} // namespace

QString resolutionIntro(VerdictCode before, bool translated)
{
    switch (before) {
    case VerdictCode::FragmentsDroppedAtServer:
        return text(QT_TRANSLATE_NOOP(
                        "Report",
                        "The capture shows KB 838438: the server drops the IP fragments. Clear "
                        "\"Block IP fragments\" as follows, then capture again while the client connects."),
                    translated);
    case VerdictCode::FragmentsUnanswered:
        return text(
            QT_TRANSLATE_NOOP("Report",
                              "The fragments left this point and were never answered. If the VPN server "
                              "runs ISA Server or Forefront TMG, check \"Block IP fragments\" as follows; a "
                              "capture on the server tells whether it is the one dropping them."),
            translated);
    case VerdictCode::NegotiationCompleted:
        return text(
            QT_TRANSLATE_NOOP("Report",
                              "The negotiation completed in this capture, so no change is needed. The steps "
                              "are listed for reference only."),
            translated);
    default:
        return text(
            QT_TRANSLATE_NOOP("Report",
                              "This capture does not show the server dropping fragments, so the KB 838438 "
                              "change may not help. The steps are listed for reference; check the "
                              "verdict's explanation first."),
            translated);
    }
}

bool verificationClosesCase(VerdictCode after)
{
    return after == VerdictCode::NegotiationCompleted;
}

QString verificationAdvice(VerdictCode after, bool translated)
{
    switch (after) {
    case VerdictCode::NegotiationCompleted:
        return text(
            QT_TRANSLATE_NOOP("Report", "The negotiation completes after the change: the case is closed."),
            translated);
    case VerdictCode::FragmentsDroppedAtServer:
        return text(QT_TRANSLATE_NOOP(
                        "Report", "The server still drops the fragments. Check that Apply was clicked on the "
                                  "server (or array) the client connects to, that the configuration has "
                                  "synchronized, and that the client made a new connection afterwards; "
                                  "disconnect its old session or restart the Firewall service if needed."),
                    translated);
    case VerdictCode::FragmentsLostBeforeServer:
        return text(
            QT_TRANSLATE_NOOP("Report",
                              "Fragments now go missing before they reach the server: a router, NAT device "
                              "or upstream firewall between client and server drops them. Allow IP fragments "
                              "there, or lower the certificate size."),
            translated);
    case VerdictCode::FragmentsLostAfterServer:
        return text(
            QT_TRANSLATE_NOOP("Report",
                              "The server now answers, but its fragmented answer does not reach the client: "
                              "check devices between server and client and the client's own firewall."),
            translated);
    case VerdictCode::FragmentsDroppedAtClient:
        return text(QT_TRANSLATE_NOOP(
                        "Report", "The server's answer reaches the client and the client drops it: allow IP "
                                  "fragments in the client's firewall."),
                    translated);
    case VerdictCode::FragmentsUnanswered:
        return text(
            QT_TRANSLATE_NOOP("Report",
                              "The fragments are still unanswered. Capture on the VPN server to tell whether "
                              "they reach it, and check that the change was applied."),
            translated);
    case VerdictCode::StalledWithoutFragmentation:
        return text(
            QT_TRANSLATE_NOOP("Report",
                              "Fragments are no longer the problem, but the negotiation still stalls: look "
                              "at the look-alike errors (789, 809, 13801, 13806, 13868)."),
            translated);
    case VerdictCode::NoIkeTraffic:
        return text(
            QT_TRANSLATE_NOOP("Report",
                              "The verification capture has no IKE traffic: capture again while the client "
                              "connects."),
            translated);
    }
    return {};
}
