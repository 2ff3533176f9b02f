// SPDX-License-Identifier: GPL-3.0-or-later
// Logs beside an analysis: the verdict from logs alone, corroboration and contradiction of a
// packet verdict, neighbouring drop codes, the item cap, time zones. Fixtures are constructed
// (tests/evidence/fixtures/README.md); analyses are built by hand so each rule is tested alone.
#include "AnalysisJson.h"
#include "Corroborator.h"
#include "EvidenceFile.h"
#include "EvidenceFixtures.h"
#include "FirewallResultCodes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

/** A capture of one stalled SA between @p client and @p server around 2010-05-20 12:32 UTC. */
AnalysisResult capture(VerdictCode code, const QString& client, const QString& server)
{
    AnalysisResult r;
    r.packets = 11;
    r.firstTimestampUs = 1274358720'000000LL; // 2010-05-20T12:32:00Z
    r.lastTimestampUs = r.firstTimestampUs + 20'000000LL;
    IkeSession s;
    s.initiator = IpAddress::fromString(client);
    s.responder = IpAddress::fromString(server);
    r.sessions.push_back(s);
    r.sessionVerdicts.push_back(SessionVerdict{});
    r.sessionVerdicts.back().code = code;
    r.verdict.code = code;
    r.verdict.sessionIndex = 0;
    return r;
}

EvidenceResult firewallRow(std::uint32_t code, int rows = 1)
{
    EvidenceResult r;
    r.source = QStringLiteral("/logs/ISALOG_20100520_FWS_000.w3c");
    r.format = EvidenceFormat::FirewallW3c;
    r.firewall.rows = std::uint64_t(rows);
    r.firewall.resultCodeColumn = true;
    for (int i = 0; i < rows; ++i) {
        EvidenceItem item;
        item.kind = code == kFragmentPacketDropped ? EvidenceKind::FirewallFragmentDropped
                                                   : EvidenceKind::FirewallPacketDropped;
        item.strength =
            code == kFragmentPacketDropped ? EvidenceStrength::Locating : EvidenceStrength::Context;
        item.time = {TimeBasis::Utc, 1274358732'000LL + i, false, false};
        item.facts.resultCode = code;
        item.facts.recordNumber = std::uint64_t(5 + i);
        item.facts.computer = QStringLiteral("ISA01");
        item.facts.source.address = IpAddress::fromString(QStringLiteral("203.0.113.10"));
        item.facts.destination.address = IpAddress::fromString(QStringLiteral("198.51.100.1"));
        r.items.append(item);
    }
    r.firewall.fragmentDropRows = code == kFragmentPacketDropped ? std::uint64_t(rows) : 0;
    r.firewall.droppedPacketRows = std::uint64_t(rows);
    return r;
}

QJsonObject json(const AnalysisResult& r)
{
    return analysisToJson(r);
}

} // namespace

class TestCorroborator : public QObject
{
    Q_OBJECT

private slots:
    void firewallFragmentRowAloneLocatesAtServer();
    void clientLogAloneGivesIdMessageUnanswered();
    void neighbouringCodeIsNamedNotTakenForTheCause();
    void errorWithoutStateIsInconclusive();
    void logsCorroboratePackets();
    void logsContradictButPacketsDecide();
    void otherAttemptIsNotWeighed();
    void localTimeHasNoUtc();
    void itemsCappedAndCounted();
};

void TestCorroborator::firewallFragmentRowAloneLocatesAtServer()
{
    AnalysisResult r;
    Corroborator::apply({readEvidenceFile(evidenceFixture(QStringLiteral("firewall-isa2004-tabs.w3c")))}, r);
    const QJsonObject j = json(r);
    QCOMPARE(j.value(QStringLiteral("packets")).toInt(-1), 0);
    const QJsonObject verdict = j.value(QStringLiteral("verdict")).toObject();
    QCOMPARE(verdict.value(QStringLiteral("code")).toString(), QStringLiteral("fragments-dropped-at-server"));
    QVERIFY(verdict.value(QStringLiteral("session")).isNull());
    QCOMPARE(verdict.value(QStringLiteral("basis")).toString(), QStringLiteral("logs"));
    const QJsonArray items = j.value(QStringLiteral("corroboration")).toArray();
    QVERIFY(!items.isEmpty());
    bool sawFragmentRow = false;
    for (const QJsonValue& v : items) {
        const QJsonObject o = v.toObject();
        QVERIFY(o.contains(QStringLiteral("time")) && o.value(QStringLiteral("time")).isNull()); // no capture
        if (o.value(QStringLiteral("kind")).toString() == QLatin1String("firewall-fragment-dropped") &&
            !sawFragmentRow) { // the first of the fixture's two rows
            sawFragmentRow = true;
            QCOMPARE(o.value(QStringLiteral("error_code")).toInteger(), qint64(0xC0040013));
            QCOMPARE(o.value(QStringLiteral("time_utc")).toString(),
                     QStringLiteral("2010-05-20T12:31:12.000Z"));
            QVERIFY(o.value(QStringLiteral("detail")).toString().contains(QLatin1String("0xC0040013")));
        }
    }
    QVERIFY(sawFragmentRow);
}

void TestCorroborator::clientLogAloneGivesIdMessageUnanswered()
{
    AnalysisResult r;
    Corroborator::apply({readEvidenceFile(evidenceFixture(QStringLiteral("security-4653-wevtutil.xml")))}, r);
    QCOMPARE(r.verdict.code, VerdictCode::IdMessageUnanswered);
    QVERIFY(r.verdictFromLogs);
    QCOMPARE(verdictCodeKey(VerdictCode::IdMessageUnanswered), QStringLiteral("id-message-unanswered"));
    QVERIFY(verdictResolutionApplies(VerdictCode::IdMessageUnanswered));
    // The second 4653 of the fixture (MM1, proposals unacceptable) points elsewhere: said, not hidden.
    QVERIFY(std::any_of(r.corroboration->notes.begin(), r.corroboration->notes.end(),
                        [](const Finding& f) { return f.code == FindingCode::LogsPointElsewhere; }));
}

void TestCorroborator::neighbouringCodeIsNamedNotTakenForTheCause()
{
    AnalysisResult r;
    Corroborator::apply({firewallRow(0xC0040014)}, r);
    QVERIFY(!r.corroboration->logsVerdict);
    // Nothing was captured, so not "no IKE traffic": the logs are inconclusive, and say so.
    QCOMPARE(r.verdict.code, VerdictCode::LogsInconclusive);
    QVERIFY(r.verdictFromLogs);
    QVERIFY(!verdictResolutionApplies(r.verdict.code));
    QCOMPARE(r.verdict.evidence.front().code, FindingCode::LogsVerdictBasis);
    const QString detail = findingEnglish(r.corroboration->items.front().detail);
    QVERIFY2(detail.contains(QLatin1String("FWX_E_FWE_SPOOFING_PACKET_DROPPED")), qPrintable(detail));
    QVERIFY(detail.contains(QLatin1String("not the fragment drop")));
    // No 0xC0040013 row: the absence is said to prove nothing.
    QVERIFY(std::any_of(r.corroboration->notes.begin(), r.corroboration->notes.end(),
                        [](const Finding& f) { return f.code == FindingCode::LogsNoFragmentRow; }));
}

void TestCorroborator::errorWithoutStateIsInconclusive()
{
    // RasClient 20227 with error 792 says the negotiation timed out, not where it stopped.
    AnalysisResult r;
    Corroborator::apply({readEvidenceFile(evidenceFixture(QStringLiteral("rasclient-saveas.xml")))}, r);
    QCOMPARE(r.verdict.code, VerdictCode::LogsInconclusive);
    QCOMPARE(verdictCodeKey(r.verdict.code), QStringLiteral("logs-inconclusive"));
    QCOMPARE(verdictCodeFromKey(QStringLiteral("logs-inconclusive")), VerdictCode::LogsInconclusive);
    QVERIFY(std::any_of(r.corroboration->notes.begin(), r.corroboration->notes.end(),
                        [](const Finding& f) { return f.code == FindingCode::LogsErrorWithoutState; }));
    const QJsonObject verdict = json(r).value(QStringLiteral("verdict")).toObject();
    QCOMPARE(verdict.value(QStringLiteral("code")).toString(), QStringLiteral("logs-inconclusive"));
    QCOMPARE(verdict.value(QStringLiteral("basis")).toString(), QStringLiteral("logs"));
    QVERIFY(!verdict.value(QStringLiteral("title")).toString().contains(QLatin1String("No IKE traffic")));
}

void TestCorroborator::logsCorroboratePackets()
{
    AnalysisResult r = capture(VerdictCode::FragmentsUnanswered, QStringLiteral("203.0.113.10"),
                               QStringLiteral("198.51.100.1"));
    Corroborator::apply({firewallRow(kFragmentPacketDropped)}, r);
    QCOMPARE(r.corroboration->relation, CorroborationRelation::Corroborates);
    QCOMPARE(r.verdict.code, VerdictCode::FragmentsUnanswered); // the packets decide
    QVERIFY(!r.verdictFromLogs);
    QCOMPARE(r.verdict.evidence.back().code, FindingCode::LogsCorroborate);
    const QJsonObject item = json(r).value(QStringLiteral("corroboration")).toArray().first().toObject();
    QCOMPARE(item.value(QStringLiteral("time")).toDouble(), 12.0); // 12:32:12 against 12:32:00
}

void TestCorroborator::logsContradictButPacketsDecide()
{
    AnalysisResult r = capture(VerdictCode::NegotiationCompleted, QStringLiteral("203.0.113.10"),
                               QStringLiteral("198.51.100.1"));
    Corroborator::apply({firewallRow(kFragmentPacketDropped)}, r);
    QCOMPARE(r.corroboration->relation, CorroborationRelation::Contradicts);
    QCOMPARE(r.verdict.code, VerdictCode::NegotiationCompleted);
    QCOMPARE(r.verdict.evidence.back().code, FindingCode::LogsContradict);
    QCOMPARE(json(r).value(QStringLiteral("verdict")).toObject().value(QStringLiteral("basis")).toString(),
             QStringLiteral("packets"));
}

void TestCorroborator::otherAttemptIsNotWeighed()
{
    // Another pair of addresses: the row is listed but neither corroborates nor contradicts.
    AnalysisResult r =
        capture(VerdictCode::NegotiationCompleted, QStringLiteral("192.0.2.5"), QStringLiteral("192.0.2.1"));
    Corroborator::apply({firewallRow(kFragmentPacketDropped)}, r);
    QCOMPARE(r.corroboration->relation, CorroborationRelation::Neutral);
    QCOMPARE(r.corroboration->items.size(), std::size_t(1));
    // A day later: outside the capture, counted as such.
    AnalysisResult later = capture(VerdictCode::FragmentsUnanswered, QStringLiteral("203.0.113.10"),
                                   QStringLiteral("198.51.100.1"));
    later.firstTimestampUs += 86'400'000000LL;
    later.lastTimestampUs += 86'400'000000LL;
    Corroborator::apply({firewallRow(kFragmentPacketDropped)}, later);
    QCOMPARE(later.corroboration->relation, CorroborationRelation::Neutral);
    QVERIFY(std::any_of(later.corroboration->notes.begin(), later.corroboration->notes.end(),
                        [](const Finding& f) { return f.code == FindingCode::LogsOutsideCapture; }));
}

void TestCorroborator::localTimeHasNoUtc()
{
    AnalysisResult r = capture(VerdictCode::FragmentsUnanswered, QStringLiteral("203.0.113.10"),
                               QStringLiteral("198.51.100.1"));
    Corroborator::apply({readEvidenceFile(evidenceFixture(QStringLiteral("eventviewer-en.csv")))}, r);
    const QJsonArray items = json(r).value(QStringLiteral("corroboration")).toArray();
    QVERIFY(!items.isEmpty());
    for (const QJsonValue& v : items) {
        QVERIFY(v.toObject().value(QStringLiteral("time_utc")).isNull());
        QVERIFY(v.toObject().value(QStringLiteral("time")).isNull());
    }
    QCOMPARE(r.corroboration->files.front().timeZone, QStringLiteral("unknown"));
    QVERIFY(std::any_of(r.corroboration->notes.begin(), r.corroboration->notes.end(),
                        [](const Finding& f) { return f.code == FindingCode::LogsZoneUnknown; }));
}

void TestCorroborator::itemsCappedAndCounted()
{
    EvidenceResult a = firewallRow(0xC0040014, 700);
    EvidenceResult b = firewallRow(kFragmentPacketDropped, 700);
    b.itemsDropped = 5; // the reader's own cap
    AnalysisResult r;
    Corroborator::apply({a, b}, r);
    const QJsonObject j = json(r);
    QCOMPARE(j.value(QStringLiteral("corroboration")).toArray().size(), 1000);
    QCOMPARE(j.value(QStringLiteral("corroboration_dropped")).toInteger(), qint64(400 + 5));
    // The stronger items survive the cap: every fragment row is kept.
    const auto kept = std::count_if(
        r.corroboration->items.begin(), r.corroboration->items.end(),
        [](const CorroborationItem& i) { return i.kind == QLatin1String("firewall-fragment-dropped"); });
    QCOMPARE(kept, 700);
    QCOMPARE(r.verdict.code, VerdictCode::FragmentsDroppedAtServer);
}

QTEST_GUILESS_MAIN(TestCorroborator)
#include "TestCorroborator.moc"
