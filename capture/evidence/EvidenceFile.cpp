// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceFile.h"

#include "FirewallLog.h"

#include <QFile>
#include <QFileInfo>

EvidenceResult readEvidenceFile(const QString& path, const EvidenceReadOptions& options)
{
    EvidenceResult result;
    result.source = path;
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
        result.unreadable.add(UnreadableReason::OpenFailed, 0);
        result.stoppedEarly = QFileInfo(path).isDir() ? QStringLiteral("is a directory") : file.errorString();
        return result;
    }
    result.bytesTotal = file.size();
    const QByteArray head = file.peek(64 * 1024);
    const SniffResult sniff = sniffEvidenceFormat(head);
    result.format = sniff.format;
    result.formatReason = sniff.reason;
    switch (sniff.format) {
    case EvidenceFormat::FirewallW3c:
    case EvidenceFormat::FirewallViewerExport:
        FirewallLog::read(file, sniff, options, result);
        break;
    default:
        result.unreadable.add(UnreadableReason::NotRecognised, 0);
        break;
    }
    return result;
}
