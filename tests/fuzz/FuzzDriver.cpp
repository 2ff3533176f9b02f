// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzDriver.h"

#include "AnalysisJson.h"
#include "AnalysisText.h"
#include "Analyzer.h"
#include "CaptureFile.h"
#include "EvidenceFile.h"
#include "NetEventAssembler.h"
#include "PcapngWriter.h"

#include <QJsonDocument>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <unistd.h>

namespace {

constexpr std::int64_t kTimeoutStepUs = 31'000'000;
constexpr std::int64_t kPacketStepUs = 1'000;

/** Touches every output of the analysis the way the CLI and the reports do. */
void render(Analyzer& analyzer)
{
    analyzer.finish();
    const QByteArray json = QJsonDocument(analysisToJson(analyzer.result())).toJson(QJsonDocument::Compact);
    const QString text = analysisToText(analyzer.result());
    // Keep the optimiser from dropping the renderings.
    if (json.isEmpty() || text.isNull())
        std::abort();
}

std::string temporaryPath(const char* suffix = ".cap")
{
    // One file per process: libFuzzer runs one input at a time in each process.
    const char* dir = std::getenv("TMPDIR");
    return std::string(dir && *dir ? dir : "/tmp") + "/frag792-fuzz-" + std::to_string(::getpid()) + suffix;
}

} // namespace

void FuzzDriver::runPacketStream(std::span<const std::uint8_t> input)
{
    if (input.empty())
        return;
    const std::uint8_t selector = input[0];
    AnalyzerOptions options;
    if (selector & 0x10) {
        options.reassembly.maxDatagrams = 4;
        options.reassembly.maxFragmentsPerDatagram = 4;
        options.sessions.maxSessions = 8;
        options.sessions.maxMessagesPerSession = 8;
        options.maxIncompleteRecords = 4;
    }
    Analyzer analyzer(options);
    const int link = selector & 0x0F;
    // Selector 9: every frame is a NetMon NetEvent record, unwrapped the way WiretapSource does.
    const bool netEvents = link == kNetEventSelector;
    analyzer.setLinkType(link < int(LinkType::Unknown) ? LinkType(link) : LinkType::Unknown);
    analyzer.setSource(QStringLiteral("fuzz"));
    NetEventAssembler assembler;

    std::int64_t now = 1'700'000'000'000'000;
    std::size_t pos = 1;
    while (pos < input.size()) {
        std::uint16_t header = input[pos];
        if (pos + 1 < input.size())
            header = std::uint16_t(header << 8 | input[pos + 1]);
        pos += 2;
        if (header & 0x8000)
            now += kTimeoutStepUs;
        now += kPacketStepUs;
        const std::size_t want = header & 0x7FFF;
        const std::size_t take = pos < input.size() ? std::min(want, input.size() - pos) : 0;
        // A heap copy of exactly the frame, so ASan sees any read past its end.
        const std::vector<std::uint8_t> frame(input.begin() + std::ptrdiff_t(std::min(pos, input.size())),
                                              input.begin() +
                                                  std::ptrdiff_t(std::min(pos, input.size()) + take));
        if (netEvents) {
            const NetEventAssembler::Result r = assembler.add(frame);
            if (r.kind == NetEventAssembler::Result::Kind::Packet)
                analyzer.processPacket(now, r.linkType, r.packet, std::uint32_t(r.packet.size()));
            else if (r.kind == NetEventAssembler::Result::Kind::Refused && !r.refusal)
                std::abort(); // every refusal names its reason
        } else {
            analyzer.processPacket(now, frame, std::uint32_t(want));
        }
        pos += take;
        if ((pos & 0x3F) == 0)
            (void)analyzer.takeSnapshot();
    }
    render(analyzer);
}

void FuzzDriver::runCaptureFile(std::span<const std::uint8_t> input)
{
    static const std::string path = temporaryPath();
    if (FILE* f = std::fopen(path.c_str(), "wb")) {
        std::fwrite(input.data(), 1, input.size(), f);
        std::fclose(f);
    } else {
        std::abort();
    }

    // The same steps as CaptureThread's file mode: open, link type, dispatch loop, evidence.
    Analyzer analyzer;
    analyzer.setSource(QString::fromStdString(path));
    const OpenedCaptureFile opened = openCaptureFile(QString::fromStdString(path));
    if (!opened.source) {
        if (opened.message.isEmpty())
            std::abort(); // every refusal must explain itself
        render(analyzer);
        return;
    }
    PacketSource& source = *opened.source;
    analyzer.setLinkType(source.linkType());
    analyzer.setSourceFormat(source.formatName(), source.timestampZone() == PacketSource::TimestampZone::Utc);
    PcapngWriter writer;
    writer.open(QStringLiteral("/dev/null"), source.linkType(), source.snapLength(), QString());
    // Per-record link types, as CaptureThread hands them on (NetMon 2.1+ through libwiretap).
    const PacketSource::PacketCallback onPacket = [&](const PacketSource::Packet& p) {
        analyzer.processPacket(p.timestampUs, p.linkType, p.data, p.originalLength);
        writer.writePacket(p.timestampUs, p.linkType, p.data, p.originalLength);
    };
    for (;;) {
        const auto status = source.dispatch(256, onPacket);
        if (status == PacketSource::DispatchStatus::EndOfFile ||
            status == PacketSource::DispatchStatus::BrokenLoop)
            break;
        if (status == PacketSource::DispatchStatus::Error) {
            analyzer.setStoppedEarly(source.lastError());
            break;
        }
        (void)source.fileOffset();
    }
    analyzer.setRecordsRefused(source.refusedRecords());
    writer.close();
    render(analyzer);
}

QByteArray FuzzDriver::encodePacketStream(std::uint8_t selector, const std::vector<QByteArray>& frames)
{
    QByteArray out(1, char(selector));
    for (std::size_t i = 0; i < frames.size(); ++i) {
        const QByteArray& f = frames[i];
        const int length = std::min<int>(int(f.size()), 0x7FFF);
        // Bit 15 (advance past the reassembly timeout) stays clear: seeds keep their own times.
        const auto header = std::uint16_t(length);
        out.append(char(header >> 8));
        out.append(char(header & 0xFF));
        out.append(f.constData(), length);
    }
    return out;
}

void FuzzDriver::runEvidenceFile(std::span<const std::uint8_t> input)
{
    static const std::string path = temporaryPath(".evidence");
    if (FILE* f = std::fopen(path.c_str(), "wb")) {
        std::fwrite(input.data(), 1, input.size(), f);
        std::fclose(f);
    } else {
        std::abort();
    }
    EvidenceReadOptions options;
    options.maxItems = 16; // the eviction path runs too
    options.maxLineBytes = 4096;
    options.maxRecordBytes = 64 * 1024;
    options.maxXmlTokenBytes = 256 * 1024;
    const EvidenceResult result = readEvidenceFile(QString::fromStdString(path), options);
    // Every item must carry a kind, and the cap must hold.
    if (result.items.size() > options.maxItems)
        std::abort();
    for (const EvidenceItem& item : result.items) {
        if (item.kind == EvidenceKind::Count || evidenceKindKey(item.kind).isEmpty())
            std::abort();
    }
}
