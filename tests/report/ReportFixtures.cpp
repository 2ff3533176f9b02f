// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportFixtures.h"

#include "Analyzer.h"

#include <QTimeZone>

#include <algorithm>

using namespace PacketBuilder;

namespace ReportFixtures {

AnalysisResult analyze(const std::vector<TimedFrame>& frames, const QString& source,
                       const VantageHints& hints)
{
    AnalyzerOptions options;
    options.vantage = hints;
    Analyzer analyzer(options);
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

AnalysisResult blockedAtClientStatedAsServer()
{
    MainModeScenario s = atServer();
    s.clientTtl = 128;
    s.serverTtl = 63;
    s.mm6Sent = false;
    s.mm6Delivered = false;
    VantageHints hints;
    hints.localAddresses = {s.server};
    return analyze(mainMode(s), QStringLiteral("client-side.pcapng"), hints);
}

AnalysisResult completedAtServer()
{
    return analyze(mainMode(atServer()), QStringLiteral("/home/alice/captures/after-fix.pcapng"));
}

QStringList crowdedAddresses()
{
    QStringList addresses{QLatin1String(kServer), QStringLiteral("203.0.113.7"),
                          QStringLiteral("2001:db8:ffff::1")};
    for (int i = 0; i < 12; ++i)
        addresses << (i % 4 == 3 ? QStringLiteral("2001:db8:1::%1").arg(i + 10)
                                 : QStringLiteral("192.0.2.%1").arg(i + 20));
    return addresses;
}

AnalysisResult crowdedCapture(const QString& source)
{
    const QStringList addresses = crowdedAddresses();
    std::vector<TimedFrame> frames;
    for (int i = 0; i < 12; ++i) {
        MainModeScenario s = atServer();
        s.ipv6 = i % 4 == 3;
        s.client = IpAddress::fromString(addresses.at(3 + i));
        s.server = s.ipv6 ? v6("2001:db8:ffff::1") : IpAddress::fromString(addresses.at(i % 2));
        s.initiatorSpi = 0x5000 + std::uint64_t(i);
        s.startUs += std::int64_t(i) * 7'000'000;
        s.mm6Sent = i % 3 != 0;
        s.mm6Delivered = s.mm6Sent;
        s.mm5Incomplete = i % 5 == 4;
        const std::vector<TimedFrame> f = mainMode(s);
        frames.insert(frames.end(), f.begin(), f.end());
    }
    std::stable_sort(frames.begin(), frames.end(),
                     [](const TimedFrame& a, const TimedFrame& b) { return a.timestampUs < b.timestampUs; });
    return analyze(frames, source);
}

SharedAnalysisResult shared(AnalysisResult result)
{
    return std::make_shared<const AnalysisResult>(std::move(result));
}

ReportInput blockedInput(ServerProduct product)
{
    ReportInput in;
    in.before = shared(blockedAtServer());
    in.product = product;
    in.serverName = QStringLiteral("VPNGW01");
    in.caseTitle = QStringLiteral("Branch office VPN fails with 792");
    in.technician = QStringLiteral("Test Technician");
    in.notes = QStringLiteral("Client %1 cannot connect.").arg(QLatin1String(kClient));
    in.authentication = IkeAuthentication::Certificates;
    in.generatedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
    return in;
}

} // namespace ReportFixtures
