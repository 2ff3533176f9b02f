// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceFile.h"
#include "EvidenceFixtures.h"

#include <QTest>

class TestWfpNetEvents : public QObject
{
    Q_OBJECT

private slots:
    void mainModeFailure();
};

void TestWfpNetEvents::mainModeFailure()
{
    const EvidenceResult r = readEvidenceFile(evidenceFixture(QStringLiteral("wfp-netevents.xml")));
    QCOMPARE(r.format, EvidenceFormat::WfpNetEvents);
    QCOMPARE(r.recordsRead, 2u); // the classify drop is read and left
    QCOMPARE(r.items.size(), 1);
    const EvidenceItem& i = r.items.first();
    QCOMPARE(i.kind, EvidenceKind::WfpMainModeFailure);
    QCOMPARE(i.facts.mainModeState, MainModeState::SentThird); // IKEEXT_MM_SA_STATE_FINAL
    QCOMPARE(i.facts.role, IkeRole::Initiator);
    QCOMPARE(*i.facts.errorCode, 13805);
    QCOMPARE(i.facts.failurePoint, FailurePoint::LocalComputer);
    QCOMPARE(i.facts.keyingModule, KeyingModule::IkeV1);
    QCOMPARE(i.facts.remote.address.toString(), QStringLiteral("198.51.100.1"));
    QCOMPARE(*i.facts.local.port, std::uint16_t(500));
    QCOMPARE(i.time.basis, TimeBasis::Utc);
    QCOMPARE(i.strength, EvidenceStrength::Indicative);
}

QTEST_GUILESS_MAIN(TestWfpNetEvents)
#include "TestWfpNetEvents.moc"
