// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <vector>

/** Counts in one time bucket of a capture. */
struct ActivityBucket
{
    std::uint32_t ipFragments = 0;
    std::uint32_t reassembled = 0;
    std::uint32_t incomplete = 0;
    std::uint32_t ikeMessages = 0;
    std::uint32_t retransmissions = 0;
    std::uint32_t answers = 0;
};

/**
 * Fragment and IKE activity over capture time in a bounded number of buckets: when a
 * capture outgrows kMaxBuckets, neighbouring buckets merge and the width doubles, so a
 * week-long capture costs the same memory as a minute.
 */
class ActivitySeries
{
public:
    static constexpr std::size_t kMaxBuckets = 512;

    enum class Kind
    {
        IpFragment,
        Reassembled,
        Incomplete,
        IkeMessage,
        Retransmission,
        Answer
    };

    void start(std::int64_t firstTimestampUs) { m_startUs = firstTimestampUs; }
    void add(Kind kind, std::int64_t timestampUs);

    /** Capture time (us since the epoch) where bucket 0 starts. */
    std::int64_t startUs() const { return m_startUs; }
    std::int64_t bucketWidthUs() const { return m_widthUs; }
    const std::vector<ActivityBucket>& buckets() const { return m_buckets; }
    /** Capture times (relative, us) of retransmissions, for chart markers; bounded. */
    const std::vector<std::int64_t>& retransmissionTimesUs() const { return m_retransmissionTimes; }

private:
    void coarsen();

    std::int64_t m_startUs = 0;
    std::int64_t m_widthUs = 1'000'000;
    std::vector<ActivityBucket> m_buckets;
    std::vector<std::int64_t> m_retransmissionTimes;
};
