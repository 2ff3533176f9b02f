// SPDX-License-Identifier: GPL-3.0-or-later
#include "FragmentReassembler.h"

#include <algorithm>

namespace {

constexpr std::uint32_t kMaxDatagramPayload = 65535;

} // namespace

std::size_t FragmentReassembler::KeyHash::operator()(const Key& k) const noexcept
{
    std::size_t h = k.source.hash();
    h ^= k.destination.hash() + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    h ^= (std::size_t(k.id) << 8 | k.protocol) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    return h;
}

FragmentReassembler::FragmentReassembler(ReassemblyLimits limits) : m_limits(limits)
{
    m_limits.maxDatagrams = std::max<std::size_t>(1, m_limits.maxDatagrams);
    m_limits.maxBytes = std::max<std::size_t>(kMaxDatagramPayload, m_limits.maxBytes);
    m_limits.maxFragmentsPerDatagram = std::max<std::uint32_t>(2, m_limits.maxFragmentsPerDatagram);
}

FragmentReassembler::EntryList::iterator
FragmentReassembler::findOrCreate(const Key& key, const IpPacket& fragment, std::int64_t timestampUs,
                                  std::vector<IncompleteDatagram>& evicted)
{
    if (auto found = m_index.find(key); found != m_index.end())
        return found->second;
    while (m_entries.size() >= m_limits.maxDatagrams)
        evictOldest(m_entries.end(), evicted);
    Entry entry;
    entry.key = key;
    entry.version = fragment.version;
    entry.protocol = fragment.protocol;
    entry.firstSeenUs = timestampUs;
    entry.lastSeenUs = timestampUs;
    entry.firstTtl = fragment.ttl;
    // Most fragmented datagrams (an MM5/MM6 with a certificate) come in 2 to 4 pieces: one
    // allocation for the list of them instead of three as it grows.
    entry.fragments.reserve(4);
    m_entries.push_back(std::move(entry));
    auto it = std::prev(m_entries.end());
    m_index.emplace(key, it);
    m_counters.peakDatagramsInFlight =
        std::max<std::uint64_t>(m_counters.peakDatagramsInFlight, m_entries.size());
    return it;
}

FragmentReassembler::AddResult FragmentReassembler::add(const IpPacket& fragment, std::int64_t timestampUs,
                                                        std::vector<IncompleteDatagram>& evicted)
{
    AddResult result;
    const Key key{fragment.source, fragment.destination, fragment.fragmentId,
                  fragment.version == 4 ? fragment.protocol : std::uint8_t(0)};
    // A fragment cut by the capture's snap length still accounts for every byte its IP header
    // claims: holes, overlaps and completion are decided from the headers, never from the cut.
    const auto captured = static_cast<std::uint32_t>(fragment.payload.size());
    const std::uint32_t length = fragment.truncated ? fragment.payloadWireLength : captured;
    if (length == 0) {
        result.status = AddStatus::Rejected;
        result.reason = MalformedReason::FragmentEmpty;
        return result;
    }

    auto it = findOrCreate(key, fragment, timestampUs, evicted);
    Entry& entry = *it;
    if (entry.poisoned) {
        result.status = AddStatus::Ignored;
        return result;
    }
    entry.lastSeenUs = std::max(entry.lastSeenUs, timestampUs);

    const std::uint32_t begin = fragment.fragmentOffset;
    const std::uint32_t end = begin + length; // cannot wrap: offset <= 65528, length <= 65535
    auto reject = [&](MalformedReason reason) {
        poison(entry);
        result.status = AddStatus::Rejected;
        result.reason = reason;
        return result;
    };
    if (end > kMaxDatagramPayload)
        return reject(MalformedReason::FragmentTooLarge);
    if (entry.end && end > *entry.end)
        return reject(MalformedReason::FragmentBeyondEnd);
    if (!fragment.moreFragments) {
        if (entry.end && *entry.end != end)
            return reject(MalformedReason::FragmentOverlap);
        for (const Fragment& f : entry.fragments)
            if (f.offset + f.length > end)
                return reject(MalformedReason::FragmentBeyondEnd);
    }

    for (const Fragment& f : entry.fragments) {
        const std::uint32_t fEnd = f.offset + f.length;
        if (end <= f.offset || begin >= fEnd)
            continue;
        const std::size_t common = std::min<std::size_t>(f.data.size(), captured);
        const bool identical =
            f.offset == begin && fEnd == end &&
            std::equal(f.data.begin(), f.data.begin() + std::ptrdiff_t(common), fragment.payload.begin());
        if (identical) {
            ++m_counters.duplicates;
            result.status = AddStatus::Duplicate;
            return result;
        }
        return reject(MalformedReason::FragmentOverlap);
    }
    if (entry.fragments.size() >= m_limits.maxFragmentsPerDatagram)
        return reject(MalformedReason::FragmentTooMany);

    // Make room before taking the bytes, never evicting the datagram being added to.
    const std::size_t charge = captured + kFragmentBookkeepingBytes;
    while (m_bytesHeld + charge > m_limits.maxBytes && m_entries.size() > 1)
        evictOldest(it, evicted);

    entry.fragments.push_back(
        Fragment{begin, length, std::vector<std::uint8_t>(fragment.payload.begin(), fragment.payload.end())});
    entry.bytes += length;
    entry.chargedBytes += charge;
    m_bytesHeld += charge;
    m_counters.peakBytesHeld = std::max<std::uint64_t>(m_counters.peakBytesHeld, m_bytesHeld);
    entry.largestWireLength = std::max(entry.largestWireLength, fragment.wireLength);
    if (begin == 0)
        entry.firstTtl = fragment.ttl;
    if (!fragment.moreFragments)
        entry.end = end;

    if (entry.end && entry.bytes == *entry.end) {
        // No overlaps are ever stored, so covering [0, end) byte for byte means complete.
        result.datagram = assemble(entry);
        ++m_counters.reassembled;
        remove(it);
        result.status = AddStatus::Completed;
        return result;
    }
    result.status = AddStatus::Buffered;
    return result;
}

void FragmentReassembler::poison(Entry& entry)
{
    ++m_counters.discardedDatagrams;
    m_bytesHeld -= entry.chargedBytes;
    entry.bytes = 0;
    entry.chargedBytes = 0;
    entry.fragments.clear();
    entry.fragments.shrink_to_fit();
    entry.poisoned = true;
}

void FragmentReassembler::evictOldest(EntryList::iterator keep, std::vector<IncompleteDatagram>& out)
{
    auto victim = m_entries.begin();
    if (victim == keep)
        ++victim;
    if (victim == m_entries.end())
        return;
    if (!victim->poisoned) {
        ++m_counters.evicted;
        out.push_back(describeIncomplete(*victim, IncompleteDatagram::Reason::Evicted));
    }
    remove(victim);
}

void FragmentReassembler::remove(EntryList::iterator it)
{
    m_bytesHeld -= it->chargedBytes;
    m_index.erase(it->key);
    m_entries.erase(it);
}

void FragmentReassembler::expire(std::int64_t nowUs, std::vector<IncompleteDatagram>& out)
{
    while (!m_entries.empty() && nowUs - m_entries.front().firstSeenUs > m_limits.timeoutUs) {
        if (!m_entries.front().poisoned) {
            ++m_counters.timedOut;
            out.push_back(describeIncomplete(m_entries.front(), IncompleteDatagram::Reason::TimedOut));
        }
        remove(m_entries.begin());
    }
}

void FragmentReassembler::flush(std::vector<IncompleteDatagram>& out)
{
    while (!m_entries.empty()) {
        if (!m_entries.front().poisoned) {
            ++m_counters.endOfCapture;
            out.push_back(describeIncomplete(m_entries.front(), IncompleteDatagram::Reason::EndOfCapture));
        }
        remove(m_entries.begin());
    }
}

DatagramOrigin FragmentReassembler::originOf(const Entry& entry)
{
    DatagramOrigin o;
    o.timestampUs = entry.lastSeenUs;
    o.source = entry.key.source;
    o.destination = entry.key.destination;
    o.ipVersion = entry.version;
    o.ttl = entry.firstTtl;
    o.fragmentCount = static_cast<std::uint32_t>(entry.fragments.size());
    o.largestFragmentWireLength = entry.largestWireLength;
    return o;
}

IncompleteDatagram FragmentReassembler::describeIncomplete(const Entry& entry,
                                                           IncompleteDatagram::Reason reason) const
{
    IncompleteDatagram d;
    d.reason = reason;
    d.origin = originOf(entry);
    d.protocol = entry.protocol;
    d.id = entry.key.id;
    d.bytesReceived = entry.bytes;
    d.expectedLength = entry.end;
    d.firstSeenUs = entry.firstSeenUs;

    std::vector<std::pair<std::uint32_t, std::uint32_t>> have;
    have.reserve(entry.fragments.size());
    for (const Fragment& f : entry.fragments) {
        have.emplace_back(f.offset, f.offset + f.length);
        if (f.offset == 0) {
            d.hasFirstFragment = true;
            if (f.data.size() >= 4 && entry.protocol == kIpProtocolUdp) {
                d.origin.sourcePort = std::uint16_t((f.data[0] << 8) | f.data[1]);
                d.origin.destinationPort = std::uint16_t((f.data[2] << 8) | f.data[3]);
            }
        }
    }
    std::sort(have.begin(), have.end());
    std::uint32_t cursor = 0;
    for (const auto& [begin, end] : have) {
        if (begin > cursor && d.missing.size() < IncompleteDatagram::kMaxMissingRanges)
            d.missing.push_back(ByteRange{cursor, begin, false});
        cursor = std::max(cursor, end);
    }
    if (d.missing.size() < IncompleteDatagram::kMaxMissingRanges) {
        if (!entry.end)
            d.missing.push_back(ByteRange{cursor, 0, true});
        else if (cursor < *entry.end)
            d.missing.push_back(ByteRange{cursor, *entry.end, false});
    }
    return d;
}

ReassembledDatagram FragmentReassembler::assemble(Entry& entry) const
{
    ReassembledDatagram d;
    d.origin = originOf(entry);
    d.origin.originalLength = entry.bytes; // the fragments' IP headers account for every byte
    d.protocol = entry.protocol;
    d.id = entry.key.id;
    d.firstSeenUs = entry.firstSeenUs;
    std::sort(entry.fragments.begin(), entry.fragments.end(),
              [](const Fragment& a, const Fragment& b) { return a.offset < b.offset; });
    d.payload.reserve(entry.bytes);
    for (const Fragment& f : entry.fragments) {
        d.payload.insert(d.payload.end(), f.data.begin(), f.data.end());
        if (f.data.size() < f.length) {
            // Bytes after a cut are unknown: hand over only what was captured contiguously.
            d.origin.truncated = true;
            break;
        }
    }
    d.origin.capturedLength = static_cast<std::uint32_t>(d.payload.size());
    return d;
}
