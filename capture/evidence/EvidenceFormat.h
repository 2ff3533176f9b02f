// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>

/** The evidence file formats frag792 reads, decided by content, never by extension. */
enum class EvidenceFormat : std::uint8_t
{
    Unknown,
    Evtx,                ///< binary "ElfFile\0" (Vista and later)
    Evt,                 ///< binary XP/2003 event log ("LfLe" at offset 4)
    EventXml,            ///< Event Viewer "Save As" XML, wevtutil qe /f:xml (with or without a root)
    EventText,           ///< wevtutil qe /f:text ("Event[0]:" blocks)
    EventCsv,            ///< Event Viewer "Save As" CSV (Level,Date and Time,Source,Event ID,Task Category)
    WfpNetEvents,        ///< netsh wfp show netevents / wfpdiag XML (<netEvents>, <netEvent>)
    OakleyLog,           ///< %windir%\debug\oakley.log (2000/XP/2003)
    FirewallW3c,         ///< ISA/TMG W3C extended firewall log (#Fields: header)
    FirewallViewerExport ///< rows copied from the ISA/TMG log viewer (tab separated, display names)
};

/** Text encoding of a text format, from the byte order mark or the byte pattern. */
enum class TextEncoding : std::uint8_t
{
    Utf8,
    Utf16Le,
    Utf16Be
};

QString evidenceFormatKey(EvidenceFormat format);

struct SniffResult
{
    EvidenceFormat format = EvidenceFormat::Unknown;
    TextEncoding encoding = TextEncoding::Utf8;
    int bomBytes = 0; ///< bytes of byte order mark to skip
    QString reason;   ///< which rule decided (English, for logs and the report's "how")
};

/**
 * Decides the format of an evidence file from its first bytes (pass at least 64 KiB when the
 * file has that much). Rules, in order:
 *  1. "ElfFile\0" at 0 -> EVTX; "LfLe" at 4 with a header size of 0x30 at 0 -> EVT.
 *  2. Text: BOM (UTF-8, UTF-16 LE/BE) or a NUL-every-other-byte pattern decides the encoding; the
 *     text is then looked at line by line, skipping blank lines:
 *     - "#Software:", "#Version:", "#Date:" or "#Fields:" directives -> W3C firewall log;
 *     - "Event[<n>]" -> wevtutil text;
 *     - an element <netEvents>/<netEvent> or FWPM_NET_EVENT_TYPE_ -> WFP net events;
 *     - an element <Event> or <Events> (after an optional <?xml ...?>) -> event XML;
 *     - a CSV header with 5+ comma-separated columns whose 4th row field is an event ID and
 *       whose 2nd is a date, or a known header in any supported language -> Event Viewer CSV;
 *     - "ISAKMP Header" or oakley's "M-D: hh:mm:ss:mmm tid:tid " line prefix -> oakley.log;
 *     - a tab-separated header naming Log Time/Client IP/Destination IP/Action/Result Code
 *       (or a row with a 0xC004xxxx code and two IP addresses) -> ISA/TMG viewer export.
 */
SniffResult sniffEvidenceFormat(const QByteArray& head);
