// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ActivitySeries.h"

#include <cstdint>

namespace ActivityFixtures {

/**
 * @p seconds of activity from @p startUs: 33 evenly spaced bursts of six IP fragments; every fifth
 * burst loses a datagram and is retransmitted, the others are answered. For the chart tests
 * (a 10-second and a 30-minute capture).
 */
ActivitySeries bursts(std::int64_t startUs, double seconds);

} // namespace ActivityFixtures
