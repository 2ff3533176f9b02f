// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <array>

/**
 * The firewall product on the VPN server: the wizard's choice, the report's resolution
 * steps and `--product` all use this one list. ISA Server 2006 is split into Standard and
 * Enterprise because the console tree differs (Enterprise nests the setting under Arrays).
 */
enum class ServerProduct
{
    Unspecified, ///< the report then lists the path for every product
    Isa2004,
    Isa2006Standard,
    Isa2006Enterprise,
    TmgMbe,
    Tmg2010
};

/** Translated product name for combo boxes, headings and the translated report. */
QString serverProductName(ServerProduct product);
/** The product's English name ("ISA Server 2006 Enterprise Edition"): JSON and logs stay English. */
QString serverProductEnglishName(ServerProduct product);
/** Stable key for --product and JSON: isa2004, isa2006, isa2006-enterprise, tmg-mbe, tmg2010; "" for
 * Unspecified. */
QString serverProductKey(ServerProduct product);
/** Case-insensitive; Unspecified for anything unknown (including ""). */
ServerProduct serverProductFromKey(const QString& key);
/** The concrete products, in the order the wizard and the report list them. */
const std::array<ServerProduct, 5>& allServerProducts();

enum class VpnProtocol
{
    L2tpIpsec,
    Pptp,
    Sstp
};

/** "L2TP/IPsec", "PPTP", "SSTP": protocol names are never translated. */
QString vpnProtocolName(VpnProtocol protocol);

enum class IkeAuthentication
{
    Certificates,
    PreSharedKey
};

/** "certificates", "pre-shared key": the report JSON's stable English value. */
QString ikeAuthenticationKey(IkeAuthentication authentication);
