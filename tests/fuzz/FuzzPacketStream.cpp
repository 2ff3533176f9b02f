// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: a framed stream of link-layer frames through the whole Analyzer.
#include "FuzzDriver.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    FuzzDriver::runPacketStream({data, size});
    return 0;
}
