// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceItem.h"
#include "EvidenceResult.h"

#include <array>

namespace {

template <std::size_t N> QString keyFrom(const std::array<const char*, N>& keys, std::size_t index)
{
    return index < N ? QString::fromLatin1(keys[index]) : QStringLiteral("unknown");
}

} // namespace

QString evidenceKindKey(EvidenceKind kind)
{
    static constexpr std::array<const char*, std::size_t(EvidenceKind::Count)> keys = {
        "ras-dialing",
        "ras-device-selected",
        "ras-connection-established",
        "ras-connection-failed",
        "ipsec-main-mode-failed",
        "ike-negotiation-failed",
        "wfp-main-mode-failure",
        "oakley-short-message",
        "oakley-negotiation-timed-out",
        "firewall-fragment-dropped",
        "firewall-packet-dropped",
        "firewall-ike-traffic",
    };
    return keyFrom(keys, std::size_t(kind));
}

QString evidenceStrengthKey(EvidenceStrength strength)
{
    static constexpr std::array<const char*, std::size_t(EvidenceStrength::Count)> keys = {
        "context", "consistent", "indicative", "locating", "points-elsewhere"};
    return keyFrom(keys, std::size_t(strength));
}

QString timeBasisKey(TimeBasis basis)
{
    static constexpr std::array<const char*, 3> keys = {"utc", "local-unknown-zone", "none"};
    return keyFrom(keys, std::size_t(basis));
}

QString mainModeStateKey(MainModeState state)
{
    static constexpr std::array<const char*, 10> keys = {
        "unknown",    "no-state", "sent-first-sa",      "sent-second-ke",      "sent-third-id",
        "final-sent", "complete", "processed-first-sa", "processed-second-ke", "processed-third-id"};
    return keyFrom(keys, std::size_t(state));
}

QString ikeRoleKey(IkeRole role)
{
    static constexpr std::array<const char*, 3> keys = {"unknown", "initiator", "responder"};
    return keyFrom(keys, std::size_t(role));
}

QString failurePointKey(FailurePoint point)
{
    static constexpr std::array<const char*, 3> keys = {"unknown", "local-computer", "remote-computer"};
    return keyFrom(keys, std::size_t(point));
}

QString keyingModuleKey(KeyingModule module)
{
    static constexpr std::array<const char*, 4> keys = {"unknown", "ikev1", "authip", "ikev2"};
    return keyFrom(keys, std::size_t(module));
}

QString unreadableReasonKey(UnreadableReason reason)
{
    static constexpr std::array<const char*, std::size_t(UnreadableReason::Count)> keys = {
        "line-too-long",       "binary-garbage",        "bad-encoding",          "malformed-xml",
        "xml-token-too-large", "field-count-mismatch",  "missing-fields-header", "bad-time",
        "bad-address",         "bad-result-code",       "record-unreadable",     "record-truncated",
        "file-corrupted",      "unrecognised-language", "unknown-event",         "not-recognised",
        "open-failed",
    };
    return keyFrom(keys, std::size_t(reason));
}

std::uint64_t UnreadableCounters::total() const
{
    std::uint64_t sum = 0;
    for (const auto c : counts)
        sum += c;
    return sum;
}
