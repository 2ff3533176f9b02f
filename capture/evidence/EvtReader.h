// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EventRecord.h"
#include "EvidenceResult.h"

#include <functional>

/**
 * Windows 2000/XP/2003 .evt files through Debian's libevt: source name, event ID (low 16 bits),
 * written time (UTC) and the insertion strings, which is all 547 needs (the message templates
 * live in the exporting machine's DLLs, not in the file). Recovered records are read too.
 */
class EvtReader
{
public:
    static void read(const QString& path, const EvidenceReadOptions& options, EvidenceResult& result,
                     const std::function<void(const EventRecord&)>& sink);
};
