// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatagramOrigin.h"
#include "IpAddress.h"
#include "MalformedReason.h"
#include "PacketDecoder.h"

#include <cstdint>
#include <list>
#include <optional>
#include <unordered_map>
#include <vector>

/**
 * IPv4 (RFC 791) and IPv6 (RFC 8200) fragment reassembly over untrusted input.
 *
 * Keys: IPv4 (source, destination, protocol, identification); IPv6 (source,
 * destination, identification). Fragments may arrive out of order; an exact duplicate
 * (same offset, same bytes) is accepted once and counted. Any other overlap discards the
 * whole datagram and every later fragment of it until it would have timed out (RFC 5722),
 * which is also what defeats teardrop-style attacks.
 *
 * Time is capture time (the packet timestamps), never wall time, so a file replays the
 * same way every time. Memory is bounded by ReassemblyLimits: when a new datagram or new
 * bytes would pass a cap, the oldest datagram in flight is evicted and reported as
 * incomplete with reason Evicted.
 */
/**
 * What one stored fragment costs beyond its payload (its record, the payload's heap block
 * and allocator overhead), charged against ReassemblyLimits::maxBytes so that a flood of
 * 8-byte fragments is held to the same memory bound as one of full-size fragments.
 */
inline constexpr std::size_t kFragmentBookkeepingBytes = 64;

struct ReassemblyLimits
{
    std::size_t maxDatagrams = 2048;
    /** Payload plus kFragmentBookkeepingBytes per stored fragment: tiny fragments cost too. */
    std::size_t maxBytes = 16u * 1024u * 1024u;
    std::uint32_t maxFragmentsPerDatagram = 256;
    std::int64_t timeoutUs = 30'000'000; // Linux ipfrag_time and Windows both use 30-60 s
};

struct ByteRange
{
    std::uint32_t begin = 0;
    std::uint32_t end = 0; ///< exclusive; 0 with openEnd means "to the unknown end"
    bool openEnd = false;
};

/** A datagram whose fragments all arrived; origin.timestampUs is its last fragment's time. */
struct ReassembledDatagram
{
    DatagramOrigin origin; ///< ports still 0: the UDP header is read after reassembly
    std::uint8_t protocol = 0;
    std::uint32_t id = 0;
    std::vector<std::uint8_t> payload;
    std::int64_t firstSeenUs = 0;
};

/** A datagram that never completed; origin.timestampUs is when its last fragment came. */
struct IncompleteDatagram
{
    enum class Reason : std::uint8_t
    {
        TimedOut,
        Evicted,
        EndOfCapture
    };
    Reason reason = Reason::TimedOut;
    /** Ports only when hasFirstFragment; fragmentCount is the fragments received. */
    DatagramOrigin origin;
    std::uint8_t protocol = 0;
    std::uint32_t id = 0;
    std::uint32_t bytesReceived = 0;
    std::optional<std::uint32_t> expectedLength;
    std::vector<ByteRange> missing; ///< at most kMaxMissingRanges entries
    bool hasFirstFragment = false;
    std::int64_t firstSeenUs = 0;

    static constexpr std::size_t kMaxMissingRanges = 16;
};

struct ReassemblyCounters
{
    std::uint64_t duplicates = 0;
    std::uint64_t reassembled = 0;
    std::uint64_t timedOut = 0;
    std::uint64_t evicted = 0;
    std::uint64_t endOfCapture = 0;
    std::uint64_t discardedDatagrams = 0; ///< overlap, too large, beyond end, too many fragments
    std::uint64_t peakDatagramsInFlight = 0;
    std::uint64_t peakBytesHeld = 0;

    std::uint64_t incomplete() const { return timedOut + evicted + endOfCapture; }
};

class FragmentReassembler
{
public:
    enum class AddStatus : std::uint8_t
    {
        Buffered,
        Completed,
        Duplicate,
        Rejected, ///< see reason; the fragment (and maybe its datagram) was discarded
        Ignored   ///< belongs to a datagram already discarded for an overlap
    };
    struct AddResult
    {
        AddStatus status = AddStatus::Buffered;
        MalformedReason reason = MalformedReason::FragmentOverlap;
        std::optional<ReassembledDatagram> datagram;
    };

    explicit FragmentReassembler(ReassemblyLimits limits = {});

    /** Adds one fragment (IpPacket::isFragment must be true, and not truncated). */
    AddResult add(const IpPacket& fragment, std::int64_t timestampUs,
                  std::vector<IncompleteDatagram>& evicted);
    /** Reports and drops every datagram started more than the timeout before @p nowUs. */
    void expire(std::int64_t nowUs, std::vector<IncompleteDatagram>& out);
    /** End of capture: reports every datagram still waiting. */
    void flush(std::vector<IncompleteDatagram>& out);

    const ReassemblyCounters& counters() const { return m_counters; }
    std::size_t datagramsInFlight() const { return m_entries.size(); }
    /** Payload held plus kFragmentBookkeepingBytes per fragment: what maxBytes limits. */
    std::size_t bytesHeld() const { return m_bytesHeld; }

private:
    struct Key
    {
        IpAddress source;
        IpAddress destination;
        std::uint32_t id = 0;
        std::uint8_t protocol = 0;
        friend bool operator==(const Key&, const Key&) = default;
    };
    struct KeyHash
    {
        std::size_t operator()(const Key& k) const noexcept;
    };
    struct Fragment
    {
        std::uint32_t offset = 0;
        std::uint32_t length = 0;       ///< as its IP header claims
        std::vector<std::uint8_t> data; ///< as captured: fewer than length when the capture cut it
    };
    struct Entry
    {
        Key key;
        std::uint8_t version = 4;
        std::uint8_t protocol = 0; ///< IPv4 protocol or the IPv6 Fragment header's next header
        std::vector<Fragment> fragments;
        std::optional<std::uint32_t> end;
        std::uint32_t bytes = 0;      ///< payload received; complete when it covers [0, end)
        std::size_t chargedBytes = 0; ///< bytes + bookkeeping, counted against maxBytes
        std::int64_t firstSeenUs = 0;
        std::int64_t lastSeenUs = 0;
        std::uint32_t largestWireLength = 0;
        std::uint8_t firstTtl = 0;
        bool poisoned = false; ///< discarded (RFC 5722); kept only to drop its late fragments
    };
    using EntryList = std::list<Entry>;

    EntryList::iterator findOrCreate(const Key& key, const IpPacket& fragment, std::int64_t timestampUs,
                                     std::vector<IncompleteDatagram>& evicted);
    void poison(Entry& entry);
    void evictOldest(EntryList::iterator keep, std::vector<IncompleteDatagram>& out);
    void remove(EntryList::iterator it);
    static DatagramOrigin originOf(const Entry& entry);
    IncompleteDatagram describeIncomplete(const Entry& entry, IncompleteDatagram::Reason reason) const;
    ReassembledDatagram assemble(Entry& entry) const;

    ReassemblyLimits m_limits;
    EntryList m_entries; // oldest first
    std::unordered_map<Key, EntryList::iterator, KeyHash> m_index;
    std::size_t m_bytesHeld = 0;
    ReassemblyCounters m_counters;
};
