// SPDX-License-Identifier: GPL-3.0-or-later
#include "VerdictAdvice.h"

QString VerdictAdvice::elsewhere(VerdictCode code)
{
    switch (code) {
    case VerdictCode::NoIkeTraffic:
        return tr("No IKE traffic was captured. Capture on the interface that faces the VPN clients and have "
                  "a client "
                  "connect while the capture runs.");
    case VerdictCode::FragmentsLostBeforeServer:
        return tr(
            "The fragments are lost before they reach the server: a router, NAT device or upstream firewall "
            "drops IP fragments. Check that device (or ask the provider); changing the ISA/TMG setting will "
            "not "
            "help.");
    case VerdictCode::FragmentsLostAfterServer:
        return tr("The server answers, but its fragmented answer is lost on the way back. Check the devices "
                  "between "
                  "the server and the client, and the client's own firewall.");
    case VerdictCode::FragmentsDroppedAtClient:
        return tr(
            "The client's own firewall drops the fragmented answer. Check third-party firewall or security "
            "software on the client.");
    case VerdictCode::StalledWithoutFragmentation:
        return tr("Nothing was fragmented, so blocked fragments are not the cause. Compare with the "
                  "look-alike errors "
                  "789, 809, 13801, 13806 and 13868.");
    default:
        return QString();
    }
}

QString VerdictAdvice::afterDiagnosis(VerdictCode code)
{
    switch (code) {
    case VerdictCode::FragmentsDroppedAtServer:
        return tr("This is KB 838438. Click Next to clear \"Block IP fragments\" in the management console.");
    case VerdictCode::FragmentsUnanswered:
        return tr(
            "The fragments left complete and were never answered. The server most likely drops them (KB "
            "838438): click Next to see the change. To be certain, capture on the VPN server itself.");
    case VerdictCode::NegotiationCompleted:
        return tr("The negotiation completed, so fragments pass here and this KB does not explain the error. "
                  "Capture "
                  "while the failure happens, or check the error number again. Click Next for the report.");
    default:
        return elsewhere(code) + QLatin1Char(' ') + tr("Click Next for the report.");
    }
}

QString VerdictAdvice::afterVerification(VerdictCode code)
{
    switch (code) {
    case VerdictCode::NegotiationCompleted:
        return tr("Case closed: the IKE negotiation now completes, so the fragments get through. If the "
                  "client still "
                  "fails, it reports a different error now; check its number.");
    case VerdictCode::FragmentsDroppedAtServer:
        return tr(
            "The server still drops the fragments. Check that you clicked Apply and that the configuration "
            "reached the server (Monitoring > Configuration), that you changed the right server or array, "
            "and "
            "that the client reconnected: existing sessions keep the old policy. Restarting the Firewall "
            "service also ends them.");
    case VerdictCode::FragmentsUnanswered:
        return tr(
            "The fragments are still unanswered. Capture on the VPN server itself to see whether they arrive "
            "there, then check that the change was applied and the client reconnected.");
    default:
        return elsewhere(code);
    }
}
