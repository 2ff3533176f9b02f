// SPDX-License-Identifier: GPL-3.0-or-later
#include "XmlStreamFeeder.h"

#include <QIODevice>
#include <QRegularExpression>
#include <QStringDecoder>

namespace {

constexpr qint64 kChunkBytes = 256 * 1024;
constexpr std::int64_t kProgressStep = 4 * 1024 * 1024;

QStringDecoder decoderFor(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf16Le:
        return QStringDecoder(QStringDecoder::Utf16LE);
    case TextEncoding::Utf16Be:
        return QStringDecoder(QStringDecoder::Utf16BE);
    case TextEncoding::Utf8:
        break;
    }
    return QStringDecoder(QStringDecoder::Utf8);
}

/** Drops a leading BOM, whitespace and <?xml ...?> declaration, and any DOCTYPE (never needed). */
QString stripProlog(QString text)
{
    static const QRegularExpression prolog(
        QStringLiteral("^\\x{FEFF}?\\s*(<\\?xml[^>]*\\?>)?\\s*(<!DOCTYPE[^>]*>)?"));
    const auto m = prolog.match(text);
    if (m.hasMatch())
        text.remove(0, m.capturedLength());
    return text;
}

} // namespace

void XmlStreamFeeder::read(QIODevice& device, const SniffResult& sniff, const EvidenceReadOptions& options,
                           EvidenceResult& result, const TokenHandler& onToken)
{
    if (sniff.bomBytes > 0)
        result.bytesRead += device.read(sniff.bomBytes).size();
    QStringDecoder decoder = decoderFor(sniff.encoding);
    QXmlStreamReader xml;
    xml.addData(QStringLiteral("<frag792-root>"));
    bool first = true;
    bool ended = false;
    std::int64_t pending = 0; // bytes fed since the last complete token
    std::int64_t lastProgress = 0;
    QByteArray chunk;
    for (;;) {
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (xml.hasError())
                break;
            pending = 0;
            if (token != QXmlStreamReader::Invalid)
                onToken(xml);
        }
        if (xml.hasError() && (ended || xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)) {
            result.unreadable.add(UnreadableReason::MalformedXml, std::uint64_t(xml.lineNumber()));
            // An error only once the synthetic root is closed: the file ended inside an element.
            result.stoppedEarly =
                ended ? QStringLiteral("the XML ends in the middle of an element (truncated file)")
                      : QStringLiteral("XML error at line %1, column %2: %3")
                            .arg(xml.lineNumber())
                            .arg(xml.columnNumber())
                            .arg(xml.errorString());
            return;
        }
        if (ended)
            return;
        if (pending > options.maxXmlTokenBytes) {
            result.unreadable.add(UnreadableReason::XmlTokenTooLarge, std::uint64_t(xml.lineNumber()));
            result.stoppedEarly = QStringLiteral("an XML element or text larger than %1 bytes at line %2")
                                      .arg(options.maxXmlTokenBytes)
                                      .arg(xml.lineNumber());
            return;
        }
        if (options.cancelled()) {
            result.cancelled = true;
            return;
        }
        chunk.resize(kChunkBytes);
        const qint64 got = device.read(chunk.data(), kChunkBytes);
        if (got <= 0) {
            xml.addData(QStringLiteral("</frag792-root>"));
            ended = true;
            if (options.progress)
                options.progress(result.bytesRead, result.bytesTotal);
            continue;
        }
        chunk.resize(got);
        result.bytesRead += got;
        pending += got;
        if (options.progress && result.bytesRead - lastProgress >= kProgressStep) {
            lastProgress = result.bytesRead;
            options.progress(result.bytesRead, result.bytesTotal);
        }
        QString text = decoder(chunk);
        if (first) {
            text = stripProlog(text);
            first = false;
        }
        xml.addData(text);
    }
}
