// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EventRecord.h"
#include "EvidenceFormat.h"
#include "EvidenceResult.h"

#include <functional>

class QIODevice;

/**
 * wevtutil qe /f:text output: "Event[N]:" blocks of indented "Label: value" lines (Log Name,
 * Source, Date, Event ID, Task, Level, Opcode, Keyword, User, User Name, Computer, Description)
 * followed by the rendered message. Labels are read in English and, for other languages, by their
 * fixed position; "Date" is local time unless it ends in "Z" (newer wevtutil prints UTC).
 */
class EventTextReader
{
public:
    static void read(QIODevice& device, const SniffResult& sniff, const EvidenceReadOptions& options,
                     EvidenceResult& result, const std::function<void(const EventRecord&)>& sink);
};
