// SPDX-License-Identifier: GPL-3.0-or-later
#include "Vantage.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace {

bool isInitialTtl(std::uint8_t ttl)
{
    return ttl == 64 || ttl == 128 || ttl == 255 || ttl == 32;
}

QString ttlList(const std::vector<std::uint8_t>& ttls)
{
    QStringList parts;
    for (std::uint8_t t : ttls)
        parts << QString::number(t);
    return parts.join(QLatin1Char('/'));
}

} // namespace

QString vantagePointKey(VantagePoint point)
{
    switch (point) {
    case VantagePoint::Server:
        return QStringLiteral("server");
    case VantagePoint::Client:
        return QStringLiteral("client");
    case VantagePoint::Path:
        return QStringLiteral("path");
    case VantagePoint::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

std::optional<VantagePoint> vantagePointFromKey(const QString& key)
{
    for (VantagePoint p :
         {VantagePoint::Server, VantagePoint::Client, VantagePoint::Path, VantagePoint::Unknown})
        if (vantagePointKey(p) == key)
            return p;
    return std::nullopt;
}

VantageDecision decideVantage(const IkeSession& session, const VantageHints& hints)
{
    VantageDecision d;
    if (hints.stated) {
        d.point = *hints.stated;
        d.how =
            QCoreApplication::translate("Vantage", "stated by the user (%1)").arg(vantagePointKey(d.point));
        return d;
    }
    if (!hints.localAddresses.empty()) {
        auto holds = [&](const IpAddress& a) {
            return std::find(hints.localAddresses.begin(), hints.localAddresses.end(), a) !=
                   hints.localAddresses.end();
        };
        if (holds(session.responder)) {
            d.point = VantagePoint::Server;
            d.how = QCoreApplication::translate("Vantage", "the responder %1 is one of the %2")
                        .arg(session.responder.toString(), hints.localAddressSource);
        } else if (holds(session.initiator)) {
            d.point = VantagePoint::Client;
            d.how = QCoreApplication::translate("Vantage", "the initiator %1 is one of the %2")
                        .arg(session.initiator.toString(), hints.localAddressSource);
        } else {
            d.point = VantagePoint::Path;
            d.how = QCoreApplication::translate("Vantage", "neither peer is one of the %1")
                        .arg(hints.localAddressSource);
        }
        return d;
    }
    const auto& it = session.initiatorTtls;
    const auto& rt = session.responderTtls;
    if (it.empty() || rt.empty()) {
        d.how = QCoreApplication::translate(
            "Vantage", "only one side of the exchange was captured, so TTLs cannot be compared");
        return d;
    }
    const bool initiatorInitial = std::all_of(it.begin(), it.end(), isInitialTtl);
    const bool responderInitial = std::all_of(rt.begin(), rt.end(), isInitialTtl);
    const bool initiatorDecremented = std::none_of(it.begin(), it.end(), isInitialTtl);
    const bool responderDecremented = std::none_of(rt.begin(), rt.end(), isInitialTtl);
    const QString numbers = QCoreApplication::translate("Vantage", "initiator TTL %1, responder TTL %2")
                                .arg(ttlList(it), ttlList(rt));
    if (responderInitial && initiatorDecremented) {
        d.point = VantagePoint::Server;
        d.how =
            QCoreApplication::translate(
                "Vantage", "inferred from TTLs (%1): the responder's packets had not crossed a router yet")
                .arg(numbers);
    } else if (initiatorInitial && responderDecremented) {
        d.point = VantagePoint::Client;
        d.how =
            QCoreApplication::translate(
                "Vantage", "inferred from TTLs (%1): the initiator's packets had not crossed a router yet")
                .arg(numbers);
    } else if (initiatorDecremented && responderDecremented) {
        d.point = VantagePoint::Path;
        d.how = QCoreApplication::translate(
                    "Vantage", "inferred from TTLs (%1): both sides' packets had crossed a router")
                    .arg(numbers);
    } else {
        d.how =
            QCoreApplication::translate(
                "Vantage", "TTLs do not tell (%1); use --server ADDR or state where the capture was taken")
                .arg(numbers);
    }
    return d;
}
