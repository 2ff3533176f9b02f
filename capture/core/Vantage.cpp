// SPDX-License-Identifier: GPL-3.0-or-later
#include "Vantage.h"

#include <QStringList>

#include <algorithm>

namespace {

bool isInitialTtl(std::uint8_t ttl)
{
    return ttl == 64 || ttl == 128 || ttl == 255 || ttl == 32;
}

/** "64" or "128/127": TTLs are identifiers, never locale-formatted. */
FindingArgument ttlList(const std::vector<std::uint8_t>& ttls)
{
    QStringList parts;
    for (std::uint8_t t : ttls)
        parts << QString::number(t);
    return FindingArgument::text(parts.join(QLatin1Char('/')));
}

VantageDecision fromLocalAddresses(const IkeSession& session, const VantageHints& hints)
{
    const auto holds = [&](const IpAddress& a) {
        return std::find(hints.localAddresses.begin(), hints.localAddresses.end(), a) !=
               hints.localAddresses.end();
    };
    const bool onInterface = hints.localAddressOrigin == LocalAddressOrigin::Interface;
    const FindingArgument interfaceName = FindingArgument::text(hints.interfaceName);
    VantageDecision d;
    d.basis = VantageBasis::LocalAddresses;
    if (holds(session.responder)) {
        d.point = VantagePoint::Server;
        const FindingArgument peer = FindingArgument::address(session.responder.toString());
        d.how = onInterface ? Finding(FindingCode::VantageResponderOnInterface, {peer, interfaceName})
                            : Finding(FindingCode::VantageResponderGivenAsServer, {peer});
    } else if (holds(session.initiator)) {
        d.point = VantagePoint::Client;
        const FindingArgument peer = FindingArgument::address(session.initiator.toString());
        d.how = onInterface ? Finding(FindingCode::VantageInitiatorOnInterface, {peer, interfaceName})
                            : Finding(FindingCode::VantageInitiatorGivenAsServer, {peer});
    } else {
        d.point = VantagePoint::Path;
        d.how = onInterface ? Finding(FindingCode::VantageNeitherOnInterface, {interfaceName})
                            : Finding(FindingCode::VantageNeitherGivenAsServer,
                                      {FindingArgument::address(hints.localAddresses.front().toString())});
    }
    return d;
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
    if (hints.stated) {
        VantageDecision d;
        d.point = *hints.stated;
        d.basis = VantageBasis::Stated;
        d.how = Finding(FindingCode::VantageStated, {FindingArgument::vantageWord(d.point)});
        return d;
    }
    if (!hints.localAddresses.empty())
        return fromLocalAddresses(session, hints);
    return inferVantageFromTtl(session);
}

VantageDecision inferVantageFromTtl(const IkeSession& session)
{
    VantageDecision d;
    const auto& it = session.initiatorTtls;
    const auto& rt = session.responderTtls;
    if (it.empty() || rt.empty()) {
        d.how = Finding(FindingCode::VantageOneSided);
        return d;
    }
    const bool initiatorInitial = std::all_of(it.begin(), it.end(), isInitialTtl);
    const bool responderInitial = std::all_of(rt.begin(), rt.end(), isInitialTtl);
    const bool initiatorDecremented = std::none_of(it.begin(), it.end(), isInitialTtl);
    const bool responderDecremented = std::none_of(rt.begin(), rt.end(), isInitialTtl);
    FindingCode code = FindingCode::VantageTtlUnclear;
    if (responderInitial && initiatorDecremented) {
        d.point = VantagePoint::Server;
        code = FindingCode::VantageTtlServer;
    } else if (initiatorInitial && responderDecremented) {
        d.point = VantagePoint::Client;
        code = FindingCode::VantageTtlClient;
    } else if (initiatorDecremented && responderDecremented) {
        d.point = VantagePoint::Path;
        code = FindingCode::VantageTtlPath;
    }
    d.basis = d.point == VantagePoint::Unknown ? VantageBasis::None : VantageBasis::Ttl;
    d.how = Finding(code, {ttlList(it), ttlList(rt)});
    return d;
}

Finding vantageConflict(const IkeSession& session, const VantageDecision& decided, VantagePoint ttlPoint,
                        Finding consequence)
{
    FindingCode code = FindingCode::ConflictTtlPath;
    if (ttlPoint == VantagePoint::Server)
        code = FindingCode::ConflictTtlServer;
    else if (ttlPoint == VantagePoint::Client)
        code = FindingCode::ConflictTtlClient;
    const Finding basis = decided.basis == VantageBasis::Stated || !decided.how
                              ? Finding(FindingCode::VantageStatedBasis)
                              : *decided.how;
    return Finding(code, {FindingArgument::vantagePlace(decided.point), FindingArgument::nested(basis),
                          ttlList(session.initiatorTtls), ttlList(session.responderTtls),
                          FindingArgument::nested(std::move(consequence))});
}
