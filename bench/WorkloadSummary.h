// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Part of frag792-bench-generate (bench/GenerateWorkload.cpp).

#include "WorkloadFrame.h"

#include <cstdint>
#include <map>
#include <string>

namespace Workload {

/** One background TCP connection: its ends and where each direction's sequence is. */
struct TcpFlow
{
    Addr client;
    Addr server;
    std::uint16_t clientPort = 0;
    std::uint16_t serverPort = 0;
    std::uint32_t clientSeq = 0;
    std::uint32_t serverSeq = 0;
    std::uint32_t clientHost = 0;
    std::uint32_t serverHost = 0;
    std::uint16_t clientIpId = 0;
    std::uint16_t serverIpId = 0;
    std::uint8_t clientTtl = 64;
    std::uint8_t serverTtl = 64;
    int vlan = 0;
};

/** What the generator put in, printed for run_benchmark.sh to compare with the analysis. */
struct Summary
{
    std::uint64_t ikeSessions = 0;
    std::uint64_t ikeFrames = 0;
    std::uint64_t natT = 0;           ///< sessions whose IKE moved to UDP 4500 in the capture
    std::uint64_t natTConfigured = 0; ///< sessions behind NAT, including those that never got to MM5
    std::uint64_t ipv6 = 0;
    std::map<std::string, std::uint64_t> expected; ///< verdict key -> sessions
    std::map<std::string, std::uint64_t> shapes;   ///< scenario shape -> sessions
    std::uint64_t tcp = 0, dns = 0, ntp = 0, otherUdp = 0, esp = 0, espInUdp = 0, keepAlives = 0, nonIp = 0,
                  vlan = 0;
    std::uint64_t fragmentedUdpDatagrams = 0, fragmentedUdpFrames = 0, fragmentedUdpIncomplete = 0;
};

} // namespace Workload
