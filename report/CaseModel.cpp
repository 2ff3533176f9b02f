// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseModel.h"

#include <QCoreApplication>

namespace {

const char* sourceName(ServerProduct product)
{
    switch (product) {
    case ServerProduct::Isa2004:
        return QT_TRANSLATE_NOOP("ServerProduct", "ISA Server 2004");
    case ServerProduct::Isa2006Standard:
        return QT_TRANSLATE_NOOP("ServerProduct", "ISA Server 2006 Standard Edition");
    case ServerProduct::Isa2006Enterprise:
        return QT_TRANSLATE_NOOP("ServerProduct", "ISA Server 2006 Enterprise Edition");
    case ServerProduct::TmgMbe:
        return QT_TRANSLATE_NOOP("ServerProduct", "Forefront TMG Medium Business Edition");
    case ServerProduct::Tmg2010:
        return QT_TRANSLATE_NOOP("ServerProduct", "Forefront TMG 2010");
    case ServerProduct::Unspecified:
        break;
    }
    return QT_TRANSLATE_NOOP("ServerProduct", "Not specified");
}

} // namespace

QString serverProductName(ServerProduct product)
{
    return QCoreApplication::translate("ServerProduct", sourceName(product));
}

QString serverProductEnglishName(ServerProduct product)
{
    return product == ServerProduct::Unspecified ? QString() : QString::fromUtf8(sourceName(product));
}

QString serverProductKey(ServerProduct product)
{
    switch (product) {
    case ServerProduct::Isa2004:
        return QStringLiteral("isa2004");
    case ServerProduct::Isa2006Standard:
        return QStringLiteral("isa2006");
    case ServerProduct::Isa2006Enterprise:
        return QStringLiteral("isa2006-enterprise");
    case ServerProduct::TmgMbe:
        return QStringLiteral("tmg-mbe");
    case ServerProduct::Tmg2010:
        return QStringLiteral("tmg2010");
    case ServerProduct::Unspecified:
        break;
    }
    return QString();
}

ServerProduct serverProductFromKey(const QString& key)
{
    const QString wanted = key.trimmed().toLower();
    for (ServerProduct p : allServerProducts())
        if (serverProductKey(p) == wanted)
            return p;
    return ServerProduct::Unspecified;
}

const std::array<ServerProduct, 5>& allServerProducts()
{
    static const std::array<ServerProduct, 5> products{ServerProduct::Isa2004, ServerProduct::Isa2006Standard,
                                                       ServerProduct::Isa2006Enterprise,
                                                       ServerProduct::TmgMbe, ServerProduct::Tmg2010};
    return products;
}

QString ikeAuthenticationKey(IkeAuthentication authentication)
{
    return authentication == IkeAuthentication::Certificates ? QStringLiteral("certificates")
                                                             : QStringLiteral("pre-shared key");
}

QString vpnProtocolName(VpnProtocol protocol)
{
    switch (protocol) {
    case VpnProtocol::Pptp:
        return QStringLiteral("PPTP");
    case VpnProtocol::Sstp:
        return QStringLiteral("SSTP");
    case VpnProtocol::L2tpIpsec:
        break;
    }
    return QStringLiteral("L2TP/IPsec");
}
