// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EvidenceItem.h"

#include <QList>
#include <QPair>
#include <QString>

/**
 * One Windows event as any reader sees it, before recognition: the EVTX, EVT, XML, wevtutil text
 * and CSV readers all fill this, and WindowsEventRecognizer reads only this. Raw exports (EVTX,
 * XML, EVT) fill data (insertion strings, named for manifest events); rendered exports (text,
 * CSV) fill message, rendered in the exporting machine's language.
 */
struct EventRecord
{
    QString provider;          ///< Provider Name / Source: "RasClient", "Microsoft-Windows-Security-Auditing"
    std::uint32_t eventId = 0; ///< low 16 bits of the event identifier
    EvidenceTime time;
    QString channel; ///< "Application", "Security"
    QString computer;
    std::uint64_t recordNumber = 0; ///< EventRecordID, record index or line number
    QList<QPair<QString, QString>>
        data;         ///< EventData <Data Name="...">value</Data>, in order; name may be empty
    QString message;  ///< rendered message (text/CSV exports, XML RenderingInfo)
    QString language; ///< language of message ("en", "de", "fr", "es", "pt"); empty if unknown

    /** The value of the Data element named @p name, or the @p index-th one when names are absent. */
    QString value(const QString& name, qsizetype index) const;
};
