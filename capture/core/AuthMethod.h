// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

/**
 * IKEv1 Authentication Method (SA attribute class 3, RFC 2409 Appendix A) and what it means for
 * the size of Main Mode messages 5 and 6. The IKEv1 CERT payload travels inside the encrypted
 * MM5/MM6, so the method negotiated in the clear in MM1/MM2 is the one early sign that these
 * messages will carry certificates (and so exceed a 1500-byte MTU).
 */
namespace AuthMethod {

/** Stable English code for JSON ("rsa-signatures", "pre-shared-key", "xauth-init-rsa", ...). */
QString code(std::uint16_t method);

/** The initiator's MM5 carries a certificate (it authenticates with a signature). */
bool initiatorSendsCertificate(std::uint16_t method);

/** The responder's MM6 carries a certificate. */
bool responderSendsCertificate(std::uint16_t method);

/**
 * Authentication Method values of the ISAKMP transforms in an IKEv1 SA payload body (DOI IPsec,
 * protocol ISAKMP), in order, capped; empty when the body is not one (other DOI or situation,
 * phase-2 proposals, malformed). Pure: bounds-checked over untrusted bytes.
 */
std::vector<std::uint16_t> fromSaPayload(std::span<const std::uint8_t> body);

} // namespace AuthMethod
