// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IkeMessage.h"

#include <QString>

#include <span>

/**
 * IKE datagram parsing (after IP reassembly), pure and allocation-light.
 *
 * UDP 500 carries ISAKMP directly. UDP 4500 (RFC 3948) carries a 1-byte 0xFF NAT
 * keep-alive, ESP (non-zero SPI), or a 4-byte zero non-ESP marker followed by IKE.
 * Header checks follow Suricata: 28 bytes, major version 1 or 2, v2 exchange types
 * 34-37/43, length not below 28 and not past the datagram. The payload chain is walked
 * with a 4-byte minimum length and an iteration cap, stopping at the first encrypted
 * payload (v1 E flag, v2 SK/SKF). A message whose header is sound but whose chain is not
 * is still a message: the problem is recorded in anomalies.
 */
struct IkeParseResult
{
    enum class Status : std::uint8_t
    {
        Ike,
        NatKeepAlive,
        EspInUdp,
        Malformed
    };
    Status status = Status::Malformed;
    MalformedReason reason = MalformedReason::IkeTruncatedHeader;
    IkeMessage message;
    bool viaNatTPort = false;
    /** The IKE bytes (after the non-ESP marker): used to spot retransmissions. */
    std::span<const std::uint8_t> ikeBytes;
};

IkeParseResult parseIkeDatagram(std::span<const std::uint8_t> udpPayload, bool natTPort);

IkeExchange ikeExchangeFromType(std::uint8_t majorVersion, std::uint8_t exchangeType);
/** "Main Mode", "IKE_SA_INIT", ...; "exchange 99" for unknown ones. Not translated (protocol names). */
QString ikeExchangeName(IkeExchange exchange, std::uint8_t rawType);
