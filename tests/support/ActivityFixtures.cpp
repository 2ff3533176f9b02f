// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityFixtures.h"

namespace ActivityFixtures {

ActivitySeries bursts(std::int64_t startUs, double seconds)
{
    ActivitySeries activity;
    activity.start(startUs);
    const auto span = std::int64_t(seconds * 1e6);
    for (int burst = 0; burst < 33; ++burst) {
        const std::int64_t t = startUs + span * burst / 33;
        for (int f = 0; f < 6; ++f)
            activity.add(ActivitySeries::Kind::IpFragment, t + f * 1000);
        if (burst % 5 == 4) {
            activity.add(ActivitySeries::Kind::Incomplete, t + 10'000);
            activity.add(ActivitySeries::Kind::Retransmission, t + 20'000);
        } else {
            activity.add(ActivitySeries::Kind::Answer, t + 30'000);
        }
    }
    return activity;
}

} // namespace ActivityFixtures
