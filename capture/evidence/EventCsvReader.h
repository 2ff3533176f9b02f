// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EventRecord.h"
#include "EvidenceFormat.h"
#include "EvidenceResult.h"

#include <functional>

class QIODevice;

/**
 * Event Viewer "Save All Events As... CSV": a header (Level, Date and Time, Source, Event ID,
 * Task Category, plus any columns the user added) and rows whose unnamed last field is the
 * rendered message, quoted and possibly spanning lines. Header names are known in English, German,
 * French, Spanish and Portuguese; an unknown header falls back to Event Viewer's column order.
 * The header's language also decides how "05/06/2010" is read (day first except in English).
 */
class EventCsvReader
{
public:
    static void read(QIODevice& device, const SniffResult& sniff, const EvidenceReadOptions& options,
                     EvidenceResult& result, const std::function<void(const EventRecord&)>& sink);

    /** Splits one CSV record (quotes "" escaped); false while a quoted field is still open. */
    static bool splitRecord(const QString& text, QStringList& fields);
};
