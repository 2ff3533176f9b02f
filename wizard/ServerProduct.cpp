// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerProduct.h"

#include <QCoreApplication>

QString serverProductName(ServerProduct product)
{
    switch (product) {
    case ServerProduct::Isa2004:
        return QCoreApplication::translate("ServerProduct", "ISA Server 2004");
    case ServerProduct::Isa2006Standard:
        return QCoreApplication::translate("ServerProduct", "ISA Server 2006 Standard Edition");
    case ServerProduct::Isa2006Enterprise:
        return QCoreApplication::translate("ServerProduct", "ISA Server 2006 Enterprise Edition");
    case ServerProduct::TmgMbe:
        return QCoreApplication::translate("ServerProduct", "Forefront TMG Medium Business Edition");
    case ServerProduct::Tmg2010:
        return QCoreApplication::translate("ServerProduct", "Forefront TMG 2010");
    case ServerProduct::Unspecified:
        break;
    }
    return QCoreApplication::translate("ServerProduct", "Not specified");
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
    for (ServerProduct p : {ServerProduct::Isa2004, ServerProduct::Isa2006Standard,
                            ServerProduct::Isa2006Enterprise, ServerProduct::TmgMbe, ServerProduct::Tmg2010})
        if (serverProductKey(p) == key)
            return p;
    return ServerProduct::Unspecified;
}
