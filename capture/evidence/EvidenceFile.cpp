// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceFile.h"

#include "EventCsvReader.h"
#include "EventLogModule.h"
#include "EventTextReader.h"
#include "EventXmlReader.h"
#include "FirewallLog.h"
#include "OakleyLog.h"
#include "ReaderModule.h"
#include "WfpNetEvents.h"
#include "WindowsEventRecognizer.h"

#include <QFile>
#include <QFileInfo>

namespace {

/** EVTX and EVT go through the frag792-eventlog module; without it the file is unreadable, and says why. */
void readBinaryEventLog(const char* symbol, const QString& path, const EvidenceReadOptions& options,
                        EvidenceResult& result, const EventLogSink& sink)
{
    QString error;
    const auto read = reinterpret_cast<EventLogReadFunction>(
        ReaderModule::resolve(ReaderModule::kEventLogModule, symbol, error));
    if (!read) {
        result.unreadable.add(UnreadableReason::OpenFailed, 0);
        result.stoppedEarly = error;
        return;
    }
    read(&path, &options, &result, &sink);
}

} // namespace

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

    WindowsEventRecognizer events(result, options.maxItems);
    const EventLogSink sink = [&events](const EventRecord& record) {
        events.add(record);
    };
    switch (sniff.format) {
    case EvidenceFormat::FirewallW3c:
    case EvidenceFormat::FirewallViewerExport:
        FirewallLog::read(file, sniff, options, result);
        break;
    case EvidenceFormat::WfpNetEvents:
        WfpNetEvents::read(file, sniff, options, result);
        break;
    case EvidenceFormat::OakleyLog:
        OakleyLog::read(file, sniff, options, result);
        break;
    case EvidenceFormat::EventXml:
        EventXmlReader::readFile(file, sniff, options, result, sink);
        break;
    case EvidenceFormat::EventText:
        EventTextReader::read(file, sniff, options, result, sink);
        break;
    case EvidenceFormat::EventCsv:
        EventCsvReader::read(file, sniff, options, result, sink);
        break;
    case EvidenceFormat::Evtx:
        file.close();
        readBinaryEventLog(kReadEvtxSymbol, path, options, result, sink);
        break;
    case EvidenceFormat::Evt:
        file.close();
        readBinaryEventLog(kReadEvtSymbol, path, options, result, sink);
        break;
    case EvidenceFormat::Unknown:
        result.unreadable.add(UnreadableReason::NotRecognised, 0);
        break;
    }
    events.finish();
    if (options.progress)
        options.progress(result.bytesRead, result.bytesTotal);
    return result;
}
