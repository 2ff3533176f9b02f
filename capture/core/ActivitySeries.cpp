// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivitySeries.h"

namespace {

constexpr std::size_t kMaxRetransmissionMarks = 1024;

} // namespace

void ActivitySeries::add(Kind kind, std::int64_t timestampUs)
{
    const std::int64_t relative = timestampUs < m_startUs ? 0 : timestampUs - m_startUs;
    if (kind == Kind::Retransmission && m_retransmissionTimes.size() < kMaxRetransmissionMarks)
        m_retransmissionTimes.push_back(relative);
    std::size_t index = std::size_t(relative / m_widthUs);
    while (index >= kMaxBuckets) {
        coarsen();
        index = std::size_t(relative / m_widthUs);
    }
    if (index >= m_buckets.size())
        m_buckets.resize(index + 1);
    ActivityBucket& b = m_buckets[index];
    switch (kind) {
    case Kind::IpFragment:
        ++b.ipFragments;
        break;
    case Kind::Reassembled:
        ++b.reassembled;
        break;
    case Kind::Incomplete:
        ++b.incomplete;
        break;
    case Kind::IkeMessage:
        ++b.ikeMessages;
        break;
    case Kind::Retransmission:
        ++b.retransmissions;
        break;
    case Kind::Answer:
        ++b.answers;
        break;
    }
}

void ActivitySeries::coarsen()
{
    std::vector<ActivityBucket> merged((m_buckets.size() + 1) / 2);
    for (std::size_t i = 0; i < m_buckets.size(); ++i) {
        ActivityBucket& m = merged[i / 2];
        const ActivityBucket& b = m_buckets[i];
        m.ipFragments += b.ipFragments;
        m.reassembled += b.reassembled;
        m.incomplete += b.incomplete;
        m.ikeMessages += b.ikeMessages;
        m.retransmissions += b.retransmissions;
        m.answers += b.answers;
    }
    m_buckets = std::move(merged);
    m_widthUs *= 2;
}
