// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirewallResultCodes.h"

#include <QRegularExpression>

namespace {

using Cat = FirewallResultCode::Category;

// Wspfwerr.h (TMG SDK header, reproduced in ramonsmits/XFF-Filter4TMG inc/wspfwerr.h); the same
// codes are listed for ISA 2004/2006 in the SDK's "Error Codes" page (msdn ms812624; codes from
// 0xC0040035 on are ISA 2006 and later) and for TMG (ff823992; 0xC0040039 and later TMG only).
constexpr FirewallResultCode kCodes[] = {
    {0xC004000D, "FWX_E_POLICY_RULES_DENIED", Cat::Denial},
    {0xC0040012, "FWX_E_NETWORK_RULES_DENIED", Cat::Denial},
    {0xC0040013, "FWX_E_FRAGMENT_PACKET_DROPPED", Cat::FragmentDrop},
    {0xC0040014, "FWX_E_FWE_SPOOFING_PACKET_DROPPED", Cat::PacketDrop},
    {0xC0040015, "FWX_E_TCPIPDROP_PACKET_DROPPED", Cat::PacketDrop},
    {0xC0040016, "FWX_E_NO_BACKLOG_PACKET_DROPPED", Cat::PacketDrop},
    {0xC0040017, "FWX_E_TCP_NOT_SYN_PACKET_DROPPED", Cat::PacketDrop},
    {0xC0040018, "FWX_E_BAD_LENGTH_PACKET_DROPPED", Cat::PacketDrop},
    {0xC0040019, "FWX_E_PING_OF_DEATH_PACKET_DROPPED", Cat::PacketDrop},
    {0xC004001A, "FWX_E_OUT_OF_BAND_PACKET_DROPPED", Cat::PacketDrop},
    {0xC004001B, "FWX_E_IP_HALF_SCAN_PACKET_DROPPED", Cat::PacketDrop},
    {0xC004001C, "FWX_E_LAND_ATTACK_DROPPED", Cat::PacketDrop},
    {0xC004001D, "FWX_E_UDP_BOMB_DROPPED", Cat::PacketDrop},
    {0xC004001E, "FWX_E_FULLDENY_DROPPED", Cat::PacketDrop},
    {0xC004001F, "FWX_E_IPOPTIONS_DROPPED", Cat::PacketDrop},
    {0xC0040024, "FWX_E_OUT_OF_RESOURCES", Cat::PacketDrop},
    {0xC0040025, "FWX_E_BROADCAST_PACKET_DROPPED", Cat::PacketDrop},
    {0xC0040028, "FWX_E_INVALID_PROTCOL_PACKET_DROPPED", Cat::PacketDrop},
    {0xC0040029, "FWX_E_PORT_ZERO_PACKET_DROPPED", Cat::PacketDrop},
    {0xC004002D, "FWX_E_UNREACHABLE_ADDRESS", Cat::PacketDrop},
    {0xC004002F, "FWX_E_IPSEC_NO_ROUTE_DROPPED", Cat::PacketDrop},
    {0xC0040030, "FWX_E_OUTBOUND_PATH_THROUGH_DROPPED", Cat::PacketDrop},
    {0xC0040031, "FWX_E_BAD_TCP_CHECKSUM_DROPPED", Cat::PacketDrop},
    {0xC004003E, "FWX_E_FW_IPSEC_DROPPED", Cat::PacketDrop},
    {0xC004003F, "FWX_E_TRANSITION_DROPPED", Cat::PacketDrop},
    {0xC0040048, "FWX_E_TCPIP_DROP_FIREWALL_POLICY", Cat::PacketDrop},
};

} // namespace

const FirewallResultCode* firewallResultCode(std::uint32_t code)
{
    for (const FirewallResultCode& entry : kCodes) {
        if (entry.code == code)
            return &entry;
    }
    return nullptr;
}

namespace {

bool isWordChar(QChar c)
{
    return c.unicode() < 128 && (c.isLetterOrNumber() || c == QLatin1Char('_'));
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

/** "0x" + 1-8 hex digits + a word boundary, read without allocating: the spelling of nearly every
 *  W3C row. Exactly the first alternative of the general pattern below; anything else goes there. */
bool parseHexFast(QStringView text, std::uint32_t& code)
{
    const QStringView v = text.trimmed();
    if (v.size() < 3 || v[0] != QLatin1Char('0') || v[1] != QLatin1Char('x'))
        return false;
    std::uint32_t value = 0;
    qsizetype i = 2;
    for (; i < v.size() && i < 10 && hexValue(v[i]) >= 0; ++i)
        value = value << 4 | std::uint32_t(hexValue(v[i]));
    if (i == 2 || (i < v.size() && isWordChar(v[i])))
        return false;
    code = value;
    return true;
}

} // namespace

bool parseFirewallResultCode(QStringView text, std::uint32_t& code)
{
    if (parseHexFast(text, code))
        return true;
    static const QRegularExpression hex(
        QStringLiteral("^\\s*0x([0-9a-fA-F]{1,8})\\b|^\\s*([89a-fA-F][0-9a-fA-F]{7})\\b"));
    static const QRegularExpression decimal(QStringLiteral("^\\s*(-?\\d{1,10})\\s*$"));
    const QString value = text.toString();
    if (const auto m = hex.match(value); m.hasMatch()) {
        const QString digits = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        bool ok = false;
        const qulonglong v = digits.toULongLong(&ok, 16);
        if (ok && v <= 0xFFFFFFFFull) {
            code = std::uint32_t(v);
            return true;
        }
    }
    if (const auto m = decimal.match(value); m.hasMatch()) {
        bool ok = false;
        const qlonglong v = m.captured(1).toLongLong(&ok);
        if (ok && v >= -2147483648LL && v <= 0xFFFFFFFFLL) {
            code = std::uint32_t(v);
            return true;
        }
    }
    return false;
}
