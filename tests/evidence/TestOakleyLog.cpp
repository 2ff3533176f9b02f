// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceFile.h"
#include "EvidenceFixtures.h"

#include <QDateTime>
#include <QTest>

class TestOakleyLog : public QObject
{
    Q_OBJECT

private slots:
    void shortAnswerAfterLargeMessage();
};

void TestOakleyLog::shortAnswerAfterLargeMessage()
{
    const EvidenceResult r = readEvidenceFile(evidenceFixture(QStringLiteral("oakley.log")));
    QCOMPARE(r.format, EvidenceFormat::OakleyLog);
    const auto shortMessages = itemsOf(r, EvidenceKind::OakleyShortMessage);
    QCOMPARE(shortMessages.size(), 1);
    const EvidenceItem& s = shortMessages.first();
    QCOMPARE(*s.facts.ikeLength, 1612u);
    QCOMPARE(*s.facts.receivedLength, 84u);
    QCOMPARE(s.facts.remote.address.toString(), QStringLiteral("198.51.100.1"));
    QCOMPARE(s.time.basis, TimeBasis::LocalUnknownZone);
    QVERIFY(s.time.yearMissing);
    QCOMPARE(s.facts.recordNumber, 9u);
    const auto timeouts = itemsOf(r, EvidenceKind::OakleyNegotiationTimedOut);
    QCOMPARE(timeouts.size(), 1);
    QCOMPARE(*timeouts.first().facts.errorCode, 13805);
}

QTEST_GUILESS_MAIN(TestOakleyLog)
#include "TestOakleyLog.moc"
