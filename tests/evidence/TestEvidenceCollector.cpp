// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceCollector.h"

#include <QTest>

class TestEvidenceCollector : public QObject
{
    Q_OBJECT

private slots:
    void capKeepsStrongest();
};

void TestEvidenceCollector::capKeepsStrongest()
{
    EvidenceResult result;
    EvidenceCollector collector(result, 3);
    auto item = [](EvidenceStrength s, std::uint64_t n) {
        EvidenceItem i;
        i.kind = EvidenceKind::FirewallIkeTraffic;
        i.strength = s;
        i.facts.recordNumber = n;
        return i;
    };
    for (int n = 1; n <= 5; ++n)
        collector.add(item(EvidenceStrength::Context, std::uint64_t(n)));
    QCOMPARE(result.items.size(), 3);
    QCOMPARE(result.itemsDropped, 2u);
    collector.add(item(EvidenceStrength::Locating, 6));
    collector.add(item(EvidenceStrength::PointsElsewhere, 7));
    QCOMPARE(result.items.size(), 3);
    QCOMPARE(result.itemsDropped, 4u);
    QCOMPARE(result.recordsRecognised, 7u);
    int strong = 0;
    for (const EvidenceItem& i : result.items)
        strong += i.strength != EvidenceStrength::Context;
    QCOMPARE(strong, 2);
    // A context item no longer displaces anything.
    collector.add(item(EvidenceStrength::Context, 8));
    QCOMPARE(result.itemsDropped, 5u);
    QVERIFY(result.items.last().facts.recordNumber == 7);
}

QTEST_GUILESS_MAIN(TestEvidenceCollector)
#include "TestEvidenceCollector.moc"
