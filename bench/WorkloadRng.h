// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Part of frag792-bench-generate (bench/GenerateWorkload.cpp).

#include <cstdint>

namespace Workload {

// ---------------------------------------------------------------------------------------
// Deterministic PRNG (splitmix64): the same bytes on every platform and standard library.

class Rng
{
public:
    // The seed is scrambled first: with a plain multiple of the increment, seed n+1 would
    // replay seed n's stream shifted by one draw.
    explicit Rng(std::uint64_t seed) : m_state(mix(seed ^ 0x6672616737393200ULL)) {}
    std::uint64_t next() { return mix(m_state += 0x9E3779B97F4A7C15ULL); }
    /** Uniform in [0, n). */
    std::uint32_t below(std::uint32_t n) { return n ? std::uint32_t((next() >> 32) * n >> 32) : 0; }
    /** Uniform in [lo, hi]. */
    int range(int lo, int hi) { return lo + int(below(std::uint32_t(hi - lo + 1))); }
    /** Uniform in [0, 1). */
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }
    /** Exponentially distributed with the given mean (inter-arrival times). */
    double exponential(double mean) { return -std::log(1.0 - unit()) * mean; }

private:
    static std::uint64_t mix(std::uint64_t z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    std::uint64_t m_state;
};

} // namespace Workload
