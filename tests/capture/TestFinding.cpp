// SPDX-License-Identifier: GPL-3.0-or-later
// The finding table: stable unique keys, every sentence renders in English with its arguments
// filled and proper plurals, and arguments are substituted in one pass.
#include "Finding.h"
#include "Vantage.h"
#include "Verdict.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

class TestFinding : public QObject
{
    Q_OBJECT

private slots:
    void keysAreStableAndUnique();
    void everySentenceRendersCompletely();
    void englishPluralsFollowTheCount();
    void nestedFindingsAndTypedArguments();
    void placeholdersAreFilledInOnePass();
    void englishFastPathMatchesTheGeneralRenderer();
};

namespace {

/** The highest %N a sentence uses. */
int placeholders(const QString& text)
{
    int highest = 0;
    QRegularExpressionMatchIterator it = QRegularExpression(QStringLiteral("%(\\d+)")).globalMatch(text);
    while (it.hasNext())
        highest = std::max(highest, it.next().captured(1).toInt());
    return highest;
}

} // namespace

void TestFinding::keysAreStableAndUnique()
{
    QSet<QString> keys;
    const QRegularExpression kebab(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    for (FindingCode code : allFindingCodes()) {
        const QString key = QString::fromLatin1(findingSource(code).key);
        QVERIFY2(kebab.match(key).hasMatch(), qPrintable(key));
        QVERIFY2(!keys.contains(key), qPrintable(key));
        keys.insert(key);
    }
    QCOMPARE(keys.size(), int(FindingCode::LogsOutsideCapture) + 1); // every code is in the table (the last)
    QCOMPARE(QString::fromLatin1(findingSource(FindingCode::MessageRetransmitted).key),
             QStringLiteral("message-retransmitted"));
}

void TestFinding::everySentenceRendersCompletely()
{
    for (FindingCode code : allFindingCodes()) {
        const FindingSource s = findingSource(code);
        const QString text = QString::fromUtf8(s.text);
        std::vector<FindingArgument> args;
        for (int i = 1; i <= placeholders(text); ++i)
            args.push_back(FindingArgument::message(QStringLiteral("ARG%1").arg(i)));
        for (std::uint64_t n : {std::uint64_t(1), std::uint64_t(3)}) {
            const Finding f = s.singular ? Finding::counted(code, n, args) : Finding(code, args);
            const QString english = findingEnglish(f);
            QVERIFY2(!english.contains(QLatin1Char('%')), qPrintable(english));
            QVERIFY2(!english.contains(QLatin1String("(s)")), qPrintable(english));
            for (int i = 1; i <= placeholders(text); ++i)
                QVERIFY2(english.contains(QStringLiteral("ARG%1").arg(i)), qPrintable(english));
        }
        // A plural sentence says %Ln in both forms or words the singular out ("once").
        if (s.singular)
            QVERIFY2(text.contains(QLatin1String("%Ln")), s.key);
        else
            QVERIFY2(!text.contains(QLatin1String("%Ln")), s.key);
    }
}

void TestFinding::englishPluralsFollowTheCount()
{
    const auto datagrams = [](std::uint64_t n) {
        return findingEnglish(Finding::counted(FindingCode::NotValidIke, n));
    };
    QCOMPARE(datagrams(1), QStringLiteral("1 datagram on UDP 500/4500 was not valid IKE (see malformed)."));
    QCOMPARE(datagrams(2), QStringLiteral("2 datagrams on UDP 500/4500 were not valid IKE (see malformed)."));
    QCOMPARE(datagrams(0), QStringLiteral("0 datagrams on UDP 500/4500 were not valid IKE (see malformed)."));
    // Plain digits, whatever the default locale: JSON and the CLI are not localised.
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::German));
    const QString big = findingEnglish(Finding::counted(
        FindingCode::MessageRetransmitted, 1234,
        {FindingArgument::message(QStringLiteral("MM5")), FindingArgument::seconds(16'252'475)}));
    QLocale::setDefault(previous);
    QCOMPARE(big, QStringLiteral("MM5 was retransmitted 1234 times over 16.3 s."));
}

void TestFinding::nestedFindingsAndTypedArguments()
{
    const Finding how(FindingCode::VantageStated, {FindingArgument::vantageWord(VantagePoint::Server)});
    const Finding point(FindingCode::CapturePoint,
                        {FindingArgument::vantageWord(VantagePoint::Server), FindingArgument::nested(how)});
    QCOMPARE(findingEnglish(point), QStringLiteral("Capture point: server, stated by the user (server)."));
    const Finding alternative(FindingCode::ConflictChangesVerdict,
                              {FindingArgument::verdict(VerdictCode::FragmentsUnanswered)});
    QCOMPARE(findingEnglish(alternative),
             QStringLiteral("If the TTLs are right, the verdict is fragments-unanswered."));
    QCOMPARE(findingEnglish(Finding(FindingCode::ErrorNotifyAfterPhase1, {FindingArgument::text("16430")})),
             QStringLiteral("an error notification (type 16430) followed the completed phase 1"));
    QCOMPARE(QString::fromUtf8(vantagePlaceSource(VantagePoint::Path)),
             QStringLiteral("on the path between client and server"));
    // Copies share the nested finding; the original stays intact.
    Finding copy = point;
    copy.arguments.clear();
    QCOMPARE(findingEnglish(point), QStringLiteral("Capture point: server, stated by the user (server)."));
}

void TestFinding::placeholdersAreFilledInOnePass()
{
    // A value that itself looks like a placeholder is never substituted again.
    QCOMPARE(fillPlaceholders(QStringLiteral("%1 and %2"), {QStringLiteral("%2"), QStringLiteral("b")}),
             QStringLiteral("%2 and b"));
    QCOMPARE(fillPlaceholders(QStringLiteral("%2-%1-%3"), {QStringLiteral("a"), QStringLiteral("b")}),
             QStringLiteral("b-a-%3"));
    QCOMPARE(fillPlaceholders(QStringLiteral("100% of %1"), {QStringLiteral("x")}),
             QStringLiteral("100% of x"));
    QStringList many;
    for (int i = 1; i <= 12; ++i)
        many << QStringLiteral("v%1").arg(i);
    QCOMPARE(fillPlaceholders(QStringLiteral("%12 %1"), many), QStringLiteral("v12 v1"));
}

void TestFinding::englishFastPathMatchesTheGeneralRenderer()
{
    // findingEnglish() renders in one pass of its own (the outputs call it per SA); it must say
    // exactly what the general renderer says in English, for every code and argument kind.
    const std::vector<FindingArgument> kinds = {
        FindingArgument::count(7),
        FindingArgument::bytes(1500),
        FindingArgument::seconds(2'345'678),
        FindingArgument::address(QStringLiteral("192.0.2.1")),
        FindingArgument::message(QStringLiteral("MM5")),
        FindingArgument::text(QStringLiteral("100% %1 \"x\"")),
        FindingArgument::vantageWord(VantagePoint::Client),
        FindingArgument::vantagePlace(VantagePoint::Path),
        FindingArgument::verdict(VerdictCode::FragmentsDroppedAtServer),
        FindingArgument::nested(Finding::counted(FindingCode::NotValidIke, 2)),
    };
    int compared = 0;
    for (FindingCode code : allFindingCodes()) {
        const QString text = QString::fromUtf8(findingSource(code).text);
        for (std::size_t shift = 0; shift < kinds.size(); ++shift) {
            std::vector<FindingArgument> args;
            for (int i = 0; i < placeholders(text); ++i)
                args.push_back(kinds[(shift + std::size_t(i)) % kinds.size()]);
            for (std::uint64_t n : {std::uint64_t(0), std::uint64_t(1), std::uint64_t(5)}) {
                for (const Finding& f : {Finding(code, args), Finding::counted(code, n, args)}) {
                    QCOMPARE(findingEnglish(f), findingsEnglish({f}).constFirst());
                    ++compared;
                }
            }
        }
    }
    QVERIFY(compared > 100);
}

QTEST_GUILESS_MAIN(TestFinding)
#include "TestFinding.moc"
