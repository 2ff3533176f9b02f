// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the two bundled sample captures the wizard offers under "Open sample", built
// packet by packet with the test PacketBuilder until captures from the strongSwan lab
// replace them. Usage: frag792_make_samples OUTPUT_DIR
#include "PacketBuilder.h"
#include "PcapngWriter.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

namespace {

bool write(const QString& path, const PacketBuilder::MainModeScenario& scenario)
{
    PcapngWriter writer;
    if (!writer.open(path, LinkType::Ethernet, 65535, QStringLiteral("eth0")))
        return false;
    for (const PacketBuilder::TimedFrame& f : PacketBuilder::mainMode(scenario))
        if (!writer.writePacket(f.timestampUs, PacketBuilder::bytes(f.frame), std::uint32_t(f.frame.size())))
            return false;
    writer.close();
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QDir out(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("."));

    // Taken on the VPN server: the server's own packets leave with TTL 64, the client's
    // arrive decremented. MM5 arrives complete in fragments and is never answered.
    PacketBuilder::MainModeScenario blocked;
    blocked.clientTtl = 127;
    blocked.serverTtl = 64;
    blocked.mm6Sent = false;
    blocked.mm6Delivered = false;
    blocked.quickMode = false;

    PacketBuilder::MainModeScenario passes;
    passes.clientTtl = 127;
    passes.serverTtl = 64;

    const bool ok = write(out.filePath(QStringLiteral("sample-blocked-at-server.pcapng")), blocked) &&
                    write(out.filePath(QStringLiteral("sample-fragments-pass.pcapng")), passes);
    if (!ok)
        std::fprintf(stderr, "frag792_make_samples: cannot write to %s\n", qPrintable(out.path()));
    return ok ? 0 : 1;
}
