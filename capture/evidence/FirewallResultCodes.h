// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>

/**
 * The ISA Server 2004/2006 and Forefront TMG run-time codes (Wspfwerr.h) that a firewall log row
 * can carry in its result-code column, limited to the packet-drop and denial family a technician
 * may meet next to this KB's cause. The one home of these numbers; see
 * docs/windows-evidence-formats.md for the sources.
 */
struct FirewallResultCode
{
    enum class Category : std::uint8_t
    {
        FragmentDrop, ///< 0xC0040013: the "Block IP fragments" drop, this KB's cause
        PacketDrop,   ///< another packet dropped by the firewall engine (spoofing, bad length, ...)
        Denial        ///< a rule denied the connection (policy or network rules)
    };
    std::uint32_t code;
    const char* symbol; ///< FWX_E_..., as in Wspfwerr.h
    Category category;
};

inline constexpr std::uint32_t kFragmentPacketDropped = 0xC0040013;

/** The entry for @p code, or nullptr when the code is not in this family. */
const FirewallResultCode* firewallResultCode(std::uint32_t code);

/**
 * Reads a result-code column value: "0xc0040013", "0xC0040013 FWX_E_FRAGMENT_PACKET_DROPPED",
 * "C0040013", or the signed decimal a database export shows ("-1073479661"). False when the value
 * holds no code.
 */
bool parseFirewallResultCode(QStringView text, std::uint32_t& code);
