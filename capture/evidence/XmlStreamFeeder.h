// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EvidenceFormat.h"
#include "EvidenceResult.h"

#include <QXmlStreamReader>

#include <functional>

class QIODevice;

/**
 * Feeds an XML file to QXmlStreamReader chunk by chunk in constant memory. The file's own
 * encoding is decoded here (the declaration is dropped, so a UTF-16 file declared as such and a
 * UTF-8 file read the same), and a synthetic root element is put around the content, so
 * concatenated top-level elements (wevtutil qe /f:xml without /e:Events) parse as one document.
 * One token larger than EvidenceReadOptions::maxXmlTokenBytes, or malformed XML, stops the read
 * with an UnreadableReason; whatever was parsed before stays.
 */
class XmlStreamFeeder
{
public:
    using TokenHandler = std::function<void(QXmlStreamReader&)>;

    static void read(QIODevice& device, const SniffResult& sniff, const EvidenceReadOptions& options,
                     EvidenceResult& result, const TokenHandler& onToken);
};
