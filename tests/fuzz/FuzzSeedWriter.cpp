// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the seed corpora of both fuzz targets:
//   frag792_fuzz_seeds PACKET_DIR FILE_DIR [CAPTURE_DIR]
// Packet-stream seeds come from PacketBuilder scenarios (and the packets of every capture
// in CAPTURE_DIR); capture-file seeds are the same scenarios as pcap and pcapng files plus
// the captures themselves. Project-made seeds always exist, the public corpus is a bonus.
#include "FuzzDriver.h"
#include "LinkLayer.h"
#include "NetmonWriter.h"
#include "PacketBuilder.h"
#include "PcapHandle.h"
#include "PcapngWriter.h"

#include <QDir>
#include <QFile>
#include <QtEndian>

#include <cstdio>

using namespace PacketBuilder;

namespace {

bool save(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray classicPcap(const std::vector<TimedFrame>& frames, std::uint32_t snapLength = 65535)
{
    QByteArray out;
    auto u32 = [&](std::uint32_t v) {
        char raw[4];
        qToLittleEndian(v, raw);
        out.append(raw, 4);
    };
    auto u16 = [&](std::uint16_t v) {
        char raw[2];
        qToLittleEndian(v, raw);
        out.append(raw, 2);
    };
    u32(0xA1B2C3D4);
    u16(2);
    u16(4);
    u32(0);
    u32(0);
    u32(snapLength);
    u32(1); // Ethernet
    for (const TimedFrame& f : frames) {
        u32(std::uint32_t(f.timestampUs / 1'000'000));
        u32(std::uint32_t(f.timestampUs % 1'000'000));
        u32(std::uint32_t(f.frame.size()));
        u32(std::uint32_t(f.frame.size()));
        out.append(f.frame);
    }
    return out;
}

std::vector<std::pair<QString, std::vector<TimedFrame>>> scenarios()
{
    std::vector<std::pair<QString, std::vector<TimedFrame>>> out;
    MainModeScenario s;
    s.retransmissions = 2;
    out.emplace_back(QStringLiteral("mm-pass"), mainMode(s));
    MainModeScenario blocked = s;
    blocked.mm6Sent = false;
    blocked.mm6Delivered = false;
    out.emplace_back(QStringLiteral("mm-server-blocks"), mainMode(blocked));
    MainModeScenario partial = blocked;
    partial.mm5Incomplete = true;
    out.emplace_back(QStringLiteral("mm-incomplete"), mainMode(partial));
    MainModeScenario natT = blocked;
    natT.natT = true;
    out.emplace_back(QStringLiteral("mm-natt"), mainMode(natT));
    MainModeScenario six = blocked;
    six.ipv6 = true;
    six.client = v6("2001:db8::10");
    six.server = v6("2001:db8::1");
    out.emplace_back(QStringLiteral("mm-ipv6"), mainMode(six));
    MainModeScenario small = s;
    small.certificateBytes = 60;
    out.emplace_back(QStringLiteral("mm-psk"), mainMode(small));

    // Hostile shapes: overlapping fragments and a lying ISAKMP length.
    const IpAddress a = v4("192.0.2.1");
    const IpAddress b = v4("192.0.2.2");
    const QByteArray body =
        ikeOverUdp(ikeMessage(0x10, 1, 0, 2, 0, 0, {{1, QByteArray(1200, 'x')}}), 500, 500);
    std::vector<TimedFrame> hostile;
    std::int64_t t = 1'700'000'000'000'000;
    for (const QByteArray& f : ipv4Fragments(a, b, 17, body, 7, 64, 576))
        hostile.push_back({t += 10, ethernet(f)});
    hostile.push_back(
        {t += 10, ethernet(ipv4(a, b, 17, QByteArray(64, 'o'), 7, 64, 0x2000 | 5))}); // overlaps
    const QByteArray liar =
        ikeOverUdp(ikeMessage(0x10, 2, 0, 2, 0, 0, {{1, QByteArray(40, 'y')}}, {}, 0, 0xFFFFFF), 500, 500);
    for (const QByteArray& f : ipv4Fragments(a, b, 17, liar, 8, 64, 68))
        hostile.push_back({t += 10, ethernet(f)});
    out.emplace_back(QStringLiteral("hostile"), hostile);
    return out;
}

std::vector<QByteArray> framesOf(const std::vector<TimedFrame>& frames)
{
    std::vector<QByteArray> out;
    for (const TimedFrame& f : frames)
        out.push_back(f.frame);
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s PACKET_DIR FILE_DIR [CAPTURE_DIR...]\n", argv[0]);
        return 2;
    }
    const QString packetDir = QString::fromLocal8Bit(argv[1]);
    const QString fileDir = QString::fromLocal8Bit(argv[2]);
    QDir().mkpath(packetDir);
    QDir().mkpath(fileDir);
    int written = 0;
    for (const auto& [name, frames] : scenarios()) {
        written +=
            save(packetDir + QLatin1Char('/') + name, FuzzDriver::encodePacketStream(0, framesOf(frames)));
        written += save(packetDir + QLatin1Char('/') + name + QStringLiteral("-tiny-limits"),
                        FuzzDriver::encodePacketStream(0x10, framesOf(frames)));
        written += save(fileDir + QLatin1Char('/') + name + QStringLiteral(".pcap"), classicPcap(frames));
        PcapngWriter writer;
        const QString ng = fileDir + QLatin1Char('/') + name + QStringLiteral(".pcapng");
        if (writer.open(ng, LinkType::Ethernet, 65535, QStringLiteral("eth0"))) {
            for (const TimedFrame& f : frames)
                writer.writePacket(f.timestampUs, bytes(f.frame), std::uint32_t(f.frame.size()));
            writer.close();
            ++written;
        }
    }
    for (int arg = 3; arg < argc; ++arg) {
        const QDir captures(QString::fromLocal8Bit(argv[arg]));
        const QStringList files = captures.entryList(
            {QStringLiteral("*.pcap"), QStringLiteral("*.pcapng"), QStringLiteral("*.cap")}, QDir::Files);
        for (const QString& name : files) {
            const QString path = captures.filePath(name);
            if (QFileInfo(path).size() <= 1'000'000)
                written += QFile::copy(path, fileDir + QLatin1Char('/') + name);
            PcapHandle handle;
            if (!handle.openFile(path))
                continue;
            std::vector<QByteArray> frames;
            const PcapHandle::PacketCallback keep = [&](const PcapHandle::Packet& p) {
                if (frames.size() < 256)
                    frames.emplace_back(reinterpret_cast<const char*>(p.data.data()),
                                        qsizetype(p.data.size()));
            };
            while (frames.size() < 256 && handle.dispatch(64, keep) == PcapHandle::DispatchStatus::Ok) {
            }
            written += save(packetDir + QLatin1Char('/') + name,
                            FuzzDriver::encodePacketStream(std::uint8_t(handle.linkType()), frames));
            if (handle.linkType() != LinkType::Ethernet)
                continue;
            // The same frames as NetMon NetEvent records (big ones in three pieces), for the
            // packet stream, and as NetMon 2.1 and 2.3 files for the capture-file target.
            std::vector<QByteArray> events;
            std::vector<NetmonWriter::Frame> mixed;
            std::vector<NetmonWriter::Frame> wrapped;
            std::int64_t t = 1'700'000'000'000'000;
            for (std::size_t i = 0; i < frames.size(); ++i, t += 1000) {
                for (const QByteArray& e :
                     NetmonWriter::ndisEvents(frames[i], frames[i].size() > 300 ? 3 : 1, t)) {
                    events.push_back(e);
                    wrapped.push_back({t, NetmonWriter::NetEvent, e, 0});
                }
                mixed.push_back({t,
                                 std::uint16_t(i % 2 ? NetmonWriter::PcapBase | 1 : NetmonWriter::Ethernet),
                                 frames[i], 0});
            }
            written += save(packetDir + QLatin1Char('/') + name + QStringLiteral("-netevent"),
                            FuzzDriver::encodePacketStream(FuzzDriver::kNetEventSelector, events));
            written += save(fileDir + QLatin1Char('/') + name + QStringLiteral("-2.1.cap"),
                            NetmonWriter::file(1, mixed));
            written += save(fileDir + QLatin1Char('/') + name + QStringLiteral("-2.3.cap"),
                            NetmonWriter::file(3, wrapped));
        }
    }
    std::printf("wrote %d seeds\n", written);
    return 0;
}
