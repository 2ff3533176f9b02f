// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportFixtures.h"

#include "Analyzer.h"

#include <QTimeZone>

using namespace PacketBuilder;

namespace ReportFixtures {

AnalysisResult analyze(const std::vector<TimedFrame>& frames, const QString& source)
{
    Analyzer analyzer;
    analyzer.setLinkType(LinkType::Ethernet);
    analyzer.setSource(source);
    for (const TimedFrame& f : frames)
        analyzer.processPacket(f.timestampUs, bytes(f.frame), std::uint32_t(f.frame.size()));
    analyzer.finish();
    return analyzer.result();
}

namespace {

MainModeScenario atServer()
{
    MainModeScenario s;
    s.client = v4(kClient);
    s.server = v4(kServer);
    // At the server: its own packets leave with an initial TTL, the client's arrive decremented.
    s.clientTtl = 127;
    s.serverTtl = 64;
    return s;
}

} // namespace

AnalysisResult blockedAtServer()
{
    MainModeScenario s = atServer();
    s.mm6Sent = false;
    s.mm6Delivered = false;
    return analyze(mainMode(s), QStringLiteral("/home/alice/captures/before-fix.pcapng"));
}

AnalysisResult completedAtServer()
{
    return analyze(mainMode(atServer()), QStringLiteral("/home/alice/captures/after-fix.pcapng"));
}

ReportInput blockedInput(ServerProduct product)
{
    ReportInput in;
    in.before = blockedAtServer();
    in.product = product;
    in.serverName = QStringLiteral("VPNGW01");
    in.caseTitle = QStringLiteral("Branch office VPN fails with 792");
    in.technician = QStringLiteral("Test Technician");
    in.notes = QStringLiteral("Client %1 cannot connect.").arg(QLatin1String(kClient));
    in.authentication = QStringLiteral("Machine certificate");
    in.generatedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
    return in;
}

} // namespace ReportFixtures
