// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IkeSession.h"

#include <cstdint>
#include <list>
#include <span>
#include <unordered_map>
#include <vector>

/** One IKE datagram ready for session tracking (after reassembly and parsing). */
struct IkeObservation
{
    DatagramOrigin origin; ///< copied into the timeline unchanged
    bool viaNatTPort = false;
    const IkeMessage* message = nullptr;
    std::span<const std::uint8_t> ikeBytes;
    /** The IKE length when the capture cut the datagram (ikeBytes then holds the captured part). */
    std::uint32_t ikeLength = 0;
};

struct SessionTrackerLimits
{
    std::size_t maxSessions = 4096;
    std::size_t maxMessagesPerSession = 512;
};

/**
 * Groups IKE datagrams into IKE SAs and builds each SA's timeline.
 *
 * A session is keyed by the initiator's SPI (IKEv1 cookie) and the unordered address
 * pair, so a move from UDP 500 to 4500 behind NAT stays in one session; the responder's
 * SPI is filled in when it first appears. A datagram repeating an earlier one byte for
 * byte in the same direction is a retransmission. When the session cap is hit the least
 * recently active session is dropped (and counted), so a flood of bogus SPIs cannot push
 * out a real, still-retransmitting negotiation.
 */
class SessionTracker
{
public:
    explicit SessionTracker(SessionTrackerLimits limits = {});

    struct AddOutcome
    {
        bool retransmission = false;
        MessageRole role = MessageRole::Unknown;
    };
    /** Adds one datagram to its session's timeline. */
    AddOutcome add(const IkeObservation& observation);
    /** Computes answered flags. Call before reading sessions(). */
    void finalize();

    std::vector<IkeSession> sessions() const;
    /** Moves the sessions out (end of analysis); the tracker is empty afterwards. */
    std::vector<IkeSession> takeSessions();
    std::size_t sessionCount() const { return m_sessions.size(); }
    std::uint64_t evictedSessions() const { return m_evicted; }
    std::uint64_t retransmissions() const { return m_retransmissions; }

private:
    struct Key
    {
        std::uint64_t initiatorSpi = 0;
        IpAddress low;
        IpAddress high;
        friend bool operator==(const Key&, const Key&) = default;
    };
    struct KeyHash
    {
        std::size_t operator()(const Key& k) const noexcept;
    };
    struct Fingerprint
    {
        std::uint64_t hash = 0;
        std::uint32_t length = 0;
        bool fromInitiator = false;
        std::int32_t index = 0;
    };
    struct Tracked
    {
        Key key;
        IkeSession session;
        std::vector<Fingerprint> fingerprints;
        /** Quick Mode / v2 exchanges: who started each message id. */
        std::vector<std::pair<std::uint32_t, bool>> exchangeStarters;
    };
    using List = std::list<Tracked>;

    List::iterator findOrCreate(const IkeObservation& o);
    MessageRole classify(Tracked& t, const IkeObservation& o, bool fromInitiator);

    SessionTrackerLimits m_limits;
    List m_sessions; // least recently active first
    std::unordered_map<Key, List::iterator, KeyHash> m_index;
    std::uint64_t m_evicted = 0;
    std::uint64_t m_retransmissions = 0;
};

/** Fills SessionMessage::answered for every message of @p session. */
void computeAnswers(IkeSession& session);
/** Derives certificatesExpected, certificateSign and initiatorCertificateExpected from what was seen. */
void deriveCertificateExpectation(IkeSession& session);
