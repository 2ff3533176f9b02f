// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the input is any evidence file (EVTX, EVT, event XML/text/CSV, WFP XML,
// oakley.log, ISA/TMG firewall log or garbage); it is sniffed and read like `--evidence FILE`.
#include "FuzzDriver.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    FuzzDriver::runEvidenceFile({data, size});
    return 0;
}
