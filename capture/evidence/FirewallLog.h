// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EvidenceFormat.h"
#include "EvidenceResult.h"

#include <QStringList>

class QIODevice;

/**
 * ISA Server 2004/2006 and Forefront TMG firewall logs: W3C extended text logs (the #Fields:
 * directive names the columns; W3C times are UTC) and rows copied or exported from the log
 * viewer (tab separated, display names such as "Log Time", "Client IP", "Result Code"; local
 * time). Columns are mapped by the names the SDKs document (ISA 2004/2006 ms812680, TMG
 * ff824015/cc441692), their database (MSDE/SQL) spellings and the viewer's display names; the
 * result code is found by its hex value. Tab- and space-separated files are both read: with spaces,
 * multi-word field names are matched longest first, and a row whose field count does not match its
 * header is read by value patterns (IP[:port] tokens, a 0x code) instead.
 *
 * Streaming, line by line, in constant memory. Rows become items only when they matter:
 * 0xC0040013 (FirewallFragmentDropped, Locating), another packet-drop code (FirewallPacketDropped,
 * Context), and UDP 500/4500 rows (FirewallIkeTraffic or, when denied, FirewallPacketDropped).
 * EvidenceResult::firewall counts everything else, so that an absent row is never taken for proof.
 */
class FirewallLog
{
public:
    static void read(QIODevice& device, const SniffResult& sniff, const EvidenceReadOptions& options,
                     EvidenceResult& result);

    /** The column names of a #Fields: directive (text after the colon), tab or space separated. */
    static QStringList splitFieldNames(QStringView directive);
};
