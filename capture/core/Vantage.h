// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Finding.h"
#include "IkeSession.h"
#include "IpAddress.h"

#include <QString>

#include <optional>
#include <vector>

/** Where the capture was taken, relative to one IKE SA. */
enum class VantagePoint : std::uint8_t
{
    Unknown,
    Server,
    Client,
    Path
};

QString vantagePointKey(VantagePoint point); // "server", "client", "path", "unknown"
std::optional<VantagePoint> vantagePointFromKey(const QString& key);

/** Where the capturing host's own addresses (VantageHints::localAddresses) came from. */
enum class LocalAddressOrigin : std::uint8_t
{
    ServerOption, ///< the user gave the VPN server's address (--server)
    Interface     ///< the addresses of the interface a live capture runs on
};

/** What the user or the capture itself tells us about the capturing host. */
struct VantageHints
{
    std::optional<VantagePoint> stated;    ///< the user said where the capture was taken
    std::vector<IpAddress> localAddresses; ///< the capturing host's own addresses
    LocalAddressOrigin localAddressOrigin = LocalAddressOrigin::ServerOption;
    QString interfaceName; ///< with LocalAddressOrigin::Interface
};

/** What decided the vantage point. */
enum class VantageBasis : std::uint8_t
{
    None,           ///< nothing could decide it
    Stated,         ///< the user said so
    LocalAddresses, ///< the capturing host holds one peer's address
    Ttl             ///< inferred from TTLs
};

struct VantageDecision
{
    VantagePoint point = VantagePoint::Unknown;
    VantageBasis basis = VantageBasis::None;
    std::optional<Finding> how; ///< how it was decided; unset without an IKE SA
    /**
     * Set when the statement that decided the point (VantageBasis Stated or LocalAddresses) and
     * the TTLs disagree: which side the verdict assumed, what the TTLs say and what the verdict
     * would be if they are right. The statement still decides.
     */
    std::optional<Finding> conflict;
};

/**
 * Decides the vantage point for @p session: stated by the user, else from the capturing
 * host's own addresses, else inferred from TTLs: a host's own packets leave with an
 * initial TTL (64, 128 or 255; 32 for a few old stacks) while a peer's packets arrive
 * decremented by every router on the way.
 */
VantageDecision decideVantage(const IkeSession& session, const VantageHints& hints);
/** The TTLs' answer alone (VantageBasis Ttl, or None with the reason they cannot tell). */
VantageDecision inferVantageFromTtl(const IkeSession& session);
/**
 * The conflict sentence for @p decided (from a statement) against the TTLs' @p ttlPoint;
 * @p consequence says what the verdict would be if the TTLs are right.
 */
Finding vantageConflict(const IkeSession& session, const VantageDecision& decided, VantagePoint ttlPoint,
                        Finding consequence);
