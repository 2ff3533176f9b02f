// SPDX-License-Identifier: GPL-3.0-or-later
// Findings as the reader sees them: numbers and durations in the reader's locale, and proper
// English plurals even where no catalogue is installed (the command line's HTML report).
#include "FindingText.h"
#include "Vantage.h"

#include <QLocale>
#include <QTest>

class TestFindingText : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void englishWithoutCatalogue();
    void numbersFollowTheLocale();
    void vantageWords();
};

namespace {

Finding retransmitted(std::uint64_t n, std::int64_t us)
{
    return Finding::counted(FindingCode::MessageRetransmitted, n,
                            {FindingArgument::message(QStringLiteral("MM5")), FindingArgument::seconds(us)});
}

} // namespace

void TestFindingText::englishWithoutCatalogue()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(findingText(retransmitted(1, 2'000'000)),
             QStringLiteral("MM5 was retransmitted once, 2.0 s later."));
    QCOMPARE(findingText(retransmitted(4, 16'252'475)),
             QStringLiteral("MM5 was retransmitted 4 times over 16.3 s."));
    // Without a translation the shown text is the engine's English, sentence for sentence.
    for (FindingCode code : allFindingCodes()) {
        const Finding f = findingSource(code).singular ? Finding::counted(code, 1) : Finding(code);
        QCOMPARE(findingText(f), findingEnglish(f));
    }
}

void TestFindingText::numbersFollowTheLocale()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    // No German catalogue here: the English sentence, but German numbers, as a German wizard would format
    // them.
    QCOMPARE(findingText(retransmitted(1234, 16'252'475)),
             QStringLiteral("MM5 was retransmitted 1.234 times over 16,3 s."));
    QCOMPARE(findingText(Finding(FindingCode::MessageArrivedInFragments,
                                 {FindingArgument::message(QStringLiteral("MM5")), FindingArgument::count(2),
                                  FindingArgument::bytes(1500)})),
             QStringLiteral("MM5 arrived complete in 2 IP fragments (largest fragment 1.500 bytes)."));
    // Identifiers are never grouped: a notify type stays 16430.
    QCOMPARE(findingText(Finding(FindingCode::ErrorNotifyAfterPhase1,
                                 {FindingArgument::text(QStringLiteral("16430"))})),
             QStringLiteral("an error notification (type 16430) followed the completed phase 1"));
}

void TestFindingText::vantageWords()
{
    QCOMPARE(vantagePointText(VantagePoint::Client), QStringLiteral("client"));
    QCOMPARE(vantagePlaceText(VantagePoint::Server), QStringLiteral("at the server"));
    QCOMPARE(verdictTitleText(VerdictCode::FragmentsDroppedAtServer),
             QString::fromUtf8(verdictTitleSource(VerdictCode::FragmentsDroppedAtServer)));
}

QTEST_GUILESS_MAIN(TestFindingText)
#include "TestFindingText.moc"
