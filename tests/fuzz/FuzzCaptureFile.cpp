// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the input is a capture file (pcap, pcapng or garbage) read by PcapHandle.
#include "FuzzDriver.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    FuzzDriver::runCaptureFile({data, size});
    return 0;
}
