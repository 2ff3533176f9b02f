// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

/** What the user or the capture itself tells us about the capturing host. */
struct VantageHints
{
    std::optional<VantagePoint> stated;    ///< the user said where the capture was taken
    std::vector<IpAddress> localAddresses; ///< the capturing host's own addresses
    QString localAddressSource;            ///< e.g. "addresses of interface eth0", "--server"
};

struct VantageDecision
{
    VantagePoint point = VantagePoint::Unknown;
    QString how; ///< one sentence, English, for reports and JSON
};

/**
 * Decides the vantage point for @p session: stated by the user, else from the capturing
 * host's own addresses, else inferred from TTLs: a host's own packets leave with an
 * initial TTL (64, 128 or 255; 32 for a few old stacks) while a peer's packets arrive
 * decremented by every router on the way.
 */
VantageDecision decideVantage(const IkeSession& session, const VantageHints& hints);
