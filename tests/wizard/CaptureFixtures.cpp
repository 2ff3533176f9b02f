// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaptureFixtures.h"

#include "PacketBuilder.h"
#include "PcapngWriter.h"

#include <QDir>

using namespace PacketBuilder;

namespace CaptureFixtures {

QList<VerdictCode> allVerdicts()
{
    return {VerdictCode::NoIkeTraffic,
            VerdictCode::NegotiationCompleted,
            VerdictCode::FragmentsDroppedAtServer,
            VerdictCode::FragmentsLostBeforeServer,
            VerdictCode::FragmentsLostAfterServer,
            VerdictCode::FragmentsDroppedAtClient,
            VerdictCode::FragmentsUnanswered,
            VerdictCode::StalledWithoutFragmentation};
}

QString write(VerdictCode code, const QString& directory)
{
    // TTLs place the capture: initial TTL (64/128) for the capturing host's own packets.
    MainModeScenario s;
    s.clientTtl = 127;
    s.serverTtl = 64;
    std::vector<TimedFrame> frames;
    switch (code) {
    case VerdictCode::NoIkeTraffic:
        frames.push_back(
            {s.startUs, ethernet(ipv4(s.client, s.server, 17, udp(40000, 53, QByteArray("dns?"))))});
        break;
    case VerdictCode::NegotiationCompleted:
        break;
    case VerdictCode::FragmentsDroppedAtServer:
        s.mm6Sent = s.mm6Delivered = s.quickMode = false;
        break;
    case VerdictCode::FragmentsLostBeforeServer:
        s.mm5Reaches = s.mm6Sent = s.mm6Delivered = s.quickMode = false;
        break;
    case VerdictCode::FragmentsLostAfterServer:
        s.mm6Delivered = s.quickMode = false;
        break;
    case VerdictCode::FragmentsDroppedAtClient:
        s.clientTtl = 128;
        s.serverTtl = 63;
        s.mm6Delivered = s.quickMode = false;
        break;
    case VerdictCode::FragmentsUnanswered:
        s.clientTtl = 128;
        s.serverTtl = 63;
        s.mm6Sent = s.mm6Delivered = s.quickMode = false;
        break;
    case VerdictCode::StalledWithoutFragmentation:
        s.certificateBytes = 60;
        s.mm6Sent = s.mm6Delivered = s.quickMode = false;
        break;
    case VerdictCode::IdMessageUnanswered:
    case VerdictCode::LogsInconclusive:
        // Verdicts from logs alone: no capture yields them, so there is no file to write.
        return {};
    }
    if (frames.empty())
        frames = mainMode(s);

    const QString path = QDir(directory).filePath(verdictCodeKey(code) + QStringLiteral(".pcapng"));
    PcapngWriter writer;
    if (!writer.open(path, LinkType::Ethernet, 65535, QStringLiteral("eth0")))
        return {};
    for (const TimedFrame& f : frames)
        if (!writer.writePacket(f.timestampUs, bytes(f.frame), std::uint32_t(f.frame.size())))
            return {};
    writer.close();
    return path;
}

} // namespace CaptureFixtures
