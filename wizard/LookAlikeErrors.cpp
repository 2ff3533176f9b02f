// SPDX-License-Identifier: GPL-3.0-or-later
#include "LookAlikeErrors.h"

#include <QCoreApplication>

namespace {

struct Entry
{
    int code;
    const char* symbol;
    const char* message;
    const char* difference;
    const char* pointsTo;
};

// Messages are Microsoft's (RRAS and system error code pages); translators should reuse the
// localized Windows wording so technicians recognise the text on the client's screen.
const Entry kEntries[] = {
    {792, "ERROR_OAKLEY_TIMED_OUT",
     QT_TRANSLATE_NOOP("LookAlikeError",
                       "The L2TP connection attempt failed because security negotiation timed out."),
     QT_TRANSLATE_NOOP(
         "LookAlikeError",
         "The client waited about a minute and gave up: its large IKE message (Main Mode 5 or 6, carrying "
         "the certificate) was never answered. Typical cause: a firewall blocks IP fragments."),
     ""},
    {691, "ERROR_AUTHENTICATION_FAILURE",
     QT_TRANSLATE_NOOP("LookAlikeError",
                       "Access was denied because the username and/or password was invalid on the domain."),
     QT_TRANSLATE_NOOP(
         "LookAlikeError",
         "IPsec worked: the error comes after the tunnel is up, during user (PPP) authentication."),
     QT_TRANSLATE_NOOP(
         "LookAlikeError",
         "Check the user name, password and domain, the account's dial-in permission and the remote access "
         "policy on the server. IP fragments are not involved.")},
    {766, "ERROR_NO_CERTIFICATE",
     QT_TRANSLATE_NOOP(
         "LookAlikeError",
         "A certificate could not be found. Connections that use the L2TP protocol over IPSec require the "
         "installation of a machine certificate, also known as a computer certificate."),
     QT_TRANSLATE_NOOP("LookAlikeError", "The client fails at once, before any IKE packet is sent."),
     QT_TRANSLATE_NOOP(
         "LookAlikeError",
         "Install a computer certificate on the client (Local Computer store, Personal), or switch the "
         "connection to a pre-shared key.")},
    {781, "ERROR_CERT_FOR_ENCRYPTION_NOT_FOUND",
     QT_TRANSLATE_NOOP("LookAlikeError",
                       "The encryption attempt failed because no valid certificate was found."),
     QT_TRANSLATE_NOOP("LookAlikeError",
                       "A local certificate problem; reported at once, not after a timeout."),
     QT_TRANSLATE_NOOP("LookAlikeError",
                       "Check the client's computer certificate: present, valid, with a private key.")},
    {786, "ERROR_OAKLEY_NO_CERT",
     QT_TRANSLATE_NOOP(
         "LookAlikeError",
         "The L2TP connection attempt failed because there is no valid machine certificate on your computer "
         "for security authentication."),
     QT_TRANSLATE_NOOP("LookAlikeError",
                       "The client has no usable computer certificate; no timeout is involved."),
     QT_TRANSLATE_NOOP(
         "LookAlikeError",
         "Enroll or renew the client's computer certificate and check that the issuing CA is trusted.")},
    {787, "ERROR_OAKLEY_AUTH_FAIL",
     QT_TRANSLATE_NOOP(
         "LookAlikeError",
         "The L2TP connection attempt failed because the security layer could not authenticate the remote "
         "computer."),
     QT_TRANSLATE_NOOP(
         "LookAlikeError",
         "The server's answer (Main Mode 6) did arrive, so fragments got through; the client rejected the "
         "server's identity."),
     QT_TRANSLATE_NOOP("LookAlikeError", "Check the server's certificate (trusted root, validity, name) or "
                                         "the pre-shared key on both ends.")},
    {788, "ERROR_OAKLEY_ATTRIB_FAIL",
     QT_TRANSLATE_NOOP(
         "LookAlikeError",
         "The L2TP connection attempt failed because the security layer could not negotiate compatible "
         "parameters with the remote computer."),
     QT_TRANSLATE_NOOP("LookAlikeError",
                       "Fails at the first exchange (Main Mode 1 and 2), long before any large message."),
     QT_TRANSLATE_NOOP(
         "LookAlikeError",
         "Compare the IKE proposals (encryption, hash, Diffie-Hellman group) on client and server.")},
    {789, "ERROR_OAKLEY_GENERAL_PROCESSING",
     QT_TRANSLATE_NOOP(
         "LookAlikeError",
         "The L2TP connection attempt failed because the security layer encountered a processing error "
         "during initial negotiations with the remote computer."),
     QT_TRANSLATE_NOOP("LookAlikeError", "The server answered, but the negotiation failed: no timeout."),
     QT_TRANSLATE_NOOP(
         "LookAlikeError",
         "Check the pre-shared key on both ends and, when the server is behind NAT, the client's "
         "AssumeUDPEncapsulationContextOnSendRule registry value.")},
    {790, "ERROR_OAKLEY_NO_PEER_CERT",
     QT_TRANSLATE_NOOP(
         "LookAlikeError",
         "The L2TP connection attempt failed because certificate validation on the remote computer failed."),
     QT_TRANSLATE_NOOP(
         "LookAlikeError",
         "The server received the client's certificate and rejected it: the fragments arrived."),
     QT_TRANSLATE_NOOP(
         "LookAlikeError",
         "Check the client certificate's chain, validity and revocation as seen from the server.")},
    {791, "ERROR_OAKLEY_NO_POLICY",
     QT_TRANSLATE_NOOP(
         "LookAlikeError",
         "The L2TP connection attempt failed because security policy for the connection was not found."),
     QT_TRANSLATE_NOOP("LookAlikeError", "A local IPsec policy problem; the client may send nothing at all."),
     QT_TRANSLATE_NOOP("LookAlikeError", "Check that the IPsec Policy Agent service (and IKE and AuthIP "
                                         "IPsec Keying Modules) runs on the client.")},
    {793, "ERROR_OAKLEY_ERROR",
     QT_TRANSLATE_NOOP(
         "LookAlikeError",
         "The L2TP connection attempt failed because an error occurred while negotiating security."),
     QT_TRANSLATE_NOOP("LookAlikeError", "A generic negotiation error, not a timeout."),
     QT_TRANSLATE_NOOP(
         "LookAlikeError",
         "Read the client's IPsec audit events (event 547 or 4653) for the failure point and reason.")},
    {800, "ERROR_AUTOMATIC_VPN_FAILED",
     QT_TRANSLATE_NOOP(
         "LookAlikeError",
         "Unable to establish the VPN connection. The VPN server may be unreachable, or security parameters "
         "may not be configured properly for this connection."),
     QT_TRANSLATE_NOOP("LookAlikeError", "The connection type is \"Automatic\": Windows tried every protocol "
                                         "and reports only the last failure."),
     QT_TRANSLATE_NOOP("LookAlikeError", "Set the connection's VPN type to L2TP/IPsec and connect again; if "
                                         "you then get 792, come back here.")},
    {809, "ERROR_VPN_TIMEOUT",
     QT_TRANSLATE_NOOP(
         "LookAlikeError",
         "The network connection between your computer and the VPN server could not be established because "
         "the remote server is not responding."),
     QT_TRANSLATE_NOOP("LookAlikeError",
                       "Nothing comes back at all: even the first IKE message (UDP 500) is not answered."),
     QT_TRANSLATE_NOOP(
         "LookAlikeError",
         "Check that UDP 500 and 4500 reach the server (firewalls, NAT, routers) and the NAT-T registry "
         "setting on the client.")},
    {812, "ERROR_SERVER_POLICY",
     QT_TRANSLATE_NOOP("LookAlikeError",
                       "The connection was prevented because of a policy configured on your RAS/VPN server."),
     QT_TRANSLATE_NOOP("LookAlikeError",
                       "IPsec worked: the server's network policy refused the authentication method."),
     QT_TRANSLATE_NOOP(
         "LookAlikeError",
         "Compare the authentication methods in the connection profile with the server's remote access (NPS) "
         "policy.")},
    {13801, "ERROR_IPSEC_IKE_AUTH_FAIL",
     QT_TRANSLATE_NOOP("LookAlikeError", "IKE authentication credentials are unacceptable."),
     QT_TRANSLATE_NOOP("LookAlikeError", "IKEv2: the peer answered and rejected the certificate or key."),
     QT_TRANSLATE_NOOP(
         "LookAlikeError",
         "Check the server certificate's name, extended key usage, validity and root CA on the client.")},
    {13805, "ERROR_IPSEC_IKE_TIMED_OUT", QT_TRANSLATE_NOOP("LookAlikeError", "Negotiation timed out."),
     QT_TRANSLATE_NOOP(
         "LookAlikeError",
         "The IKEv2 counterpart of 792: it may also be dropped fragments, but of an IKEv2 connection, which "
         "ISA Server and TMG MBE do not terminate."),
     QT_TRANSLATE_NOOP(
         "LookAlikeError",
         "For IKEv2, enable IKEv2 fragmentation on server and client, or find the device that drops IP "
         "fragments on the path. The capture page of this wizard can still show the stalled message.")},
    {13806, "ERROR_IPSEC_IKE_NO_CERT",
     QT_TRANSLATE_NOOP("LookAlikeError", "IKE failed to find valid machine certificate."),
     QT_TRANSLATE_NOOP("LookAlikeError", "A missing certificate, found locally; no timeout."),
     QT_TRANSLATE_NOOP(
         "LookAlikeError",
         "Install a valid computer certificate in the client's Local Computer Personal store.")},
    {13813, "ERROR_IPSEC_IKE_DROP_NO_RESPONSE", QT_TRANSLATE_NOOP("LookAlikeError", "No response from peer."),
     QT_TRANSLATE_NOOP(
         "LookAlikeError",
         "Logged under a 792 as the detailed reason; on its own it means the peer never answered at all."),
     QT_TRANSLATE_NOOP("LookAlikeError", "If the client also showed 792, choose 792. Otherwise check that "
                                         "UDP 500 and 4500 reach the server.")},
    {13868, "ERROR_IPSEC_IKE_POLICY_MATCH", QT_TRANSLATE_NOOP("LookAlikeError", "Policy match error."),
     QT_TRANSLATE_NOOP("LookAlikeError",
                       "The peers answered each other but found no common IKE or IPsec policy."),
     QT_TRANSLATE_NOOP("LookAlikeError",
                       "Align the IKE and IPsec proposals (algorithms, groups, lifetimes) on both ends.")},
};

LookAlikeError toError(const Entry& e)
{
    LookAlikeError error;
    error.code = e.code;
    error.symbol = QString::fromLatin1(e.symbol);
    error.message = QCoreApplication::translate("LookAlikeError", e.message);
    error.difference = QCoreApplication::translate("LookAlikeError", e.difference);
    error.pointsTo = *e.pointsTo ? QCoreApplication::translate("LookAlikeError", e.pointsTo) : QString();
    return error;
}

} // namespace

QList<LookAlikeError> lookAlikeErrors()
{
    QList<LookAlikeError> errors;
    for (const Entry& e : kEntries)
        errors.append(toError(e));
    return errors;
}

LookAlikeError lookAlikeError(int code)
{
    for (const Entry& e : kEntries)
        if (e.code == code)
            return toError(e);
    return {};
}
