// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <cstdint>

/**
 * Writes small but valid EVTX files for tests and fuzz seeds, following libyal's "Windows XML
 * Event Log (EVTX)" format description (file header, 64 KiB chunks, CRC-32 checksums, event
 * records holding binary XML). Records use plain binary-XML elements with names stored inline,
 * not templates: a simpler subset that Windows itself does not write but the format allows,
 * checked against evtxexport (libevtx-utils) as an independent reader in TestEvtxReader.
 */
struct EvtxEvent
{
    QString provider;
    QString providerGuid; ///< "{54849625-...}" for manifest providers; empty for classic sources (RasClient)
    std::uint32_t eventId = 0;
    std::uint64_t fileTime = 0; ///< FILETIME (100 ns since 1601) of TimeCreated and the record
    QString channel;
    QString computer;
    QList<QPair<QString, QString>> data; ///< <Data Name="first">second</Data>; empty name: no attribute
};

namespace EvtxWriter {

QByteArray write(const QList<EvtxEvent>& events);
/** FILETIME for an ISO 8601 UTC time such as "2010-05-20T12:32:10.123Z". */
std::uint64_t fileTime(const QString& isoUtc);
/** Recomputes the file-header and chunk checksums after a test changed bytes on purpose. */
void fixChecksums(QByteArray& file);

} // namespace EvtxWriter
