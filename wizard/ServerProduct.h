// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/**
 * The firewall product on the VPN server. ISA Server 2006 is split into Standard and
 * Enterprise because the console tree differs (Enterprise nests the server under Arrays).
 */
enum class ServerProduct
{
    Unspecified,
    Isa2004,
    Isa2006Standard,
    Isa2006Enterprise,
    TmgMbe,
    Tmg2010
};

/** Translated product name for combo boxes and headings. */
QString serverProductName(ServerProduct product);
/** Stable key for --product and settings: isa2004, isa2006, isa2006-enterprise, tmg-mbe, tmg2010. */
QString serverProductKey(ServerProduct product);
ServerProduct serverProductFromKey(const QString& key);

enum class VpnProtocol
{
    L2tpIpsec,
    Pptp,
    Sstp
};

enum class IkeAuthentication
{
    Certificates,
    PreSharedKey
};
