// SPDX-License-Identifier: GPL-3.0-or-later
// The security answer: every statement cites a source, every source comes from the research
// note (docs/security-fragments.md), and the report carries the answer with working citations.
#include "ReportFixtures.h"
#include "ReportHtml.h"
#include "SecurityAnswers.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

class TestSecurityAnswers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyStatementIsSourced();
    void sourcesComeFromTheResearchNote();
    void citationsLinkToTheSourceList();
    void reportCarriesTheAnswer();

private:
    QString m_note;
};

void TestSecurityAnswers::initTestCase()
{
    QFile note(QStringLiteral(FRAG792_SOURCE_DIR "/docs/security-fragments.md"));
    QVERIFY(note.open(QIODevice::ReadOnly));
    m_note = QString::fromUtf8(note.readAll());
    QVERIFY(SecurityAnswers::statementCount() >= 12);
}

void TestSecurityAnswers::everyStatementIsSourced()
{
    for (int i = 0; i < SecurityAnswers::statementCount(); ++i) {
        QVERIFY(!SecurityAnswers::statementText(i).isEmpty());
        QVERIFY2(!SecurityAnswers::statementSources(i).isEmpty(),
                 qPrintable(SecurityAnswers::statementText(i)));
    }
}

void TestSecurityAnswers::sourcesComeFromTheResearchNote()
{
    static const QRegularExpression rfc(QStringLiteral("^https://www\\.rfc-editor\\.org/rfc/rfc(\\d+)$"));
    static const QRegularExpression kbNumber(QStringLiteral("(KB|cc|dd|bb)\\s?(\\d{5,7})"));
    for (int i = 0; i < SecurityAnswers::statementCount(); ++i) {
        for (const SecurityAnswers::Source& s : SecurityAnswers::statementSources(i)) {
            if (s.url.isEmpty()) {
                // An address-less citation names a document the note cites by number or name.
                static const QRegularExpression row(QStringLiteral("row ([A-Z]\\d+)"));
                const auto m = kbNumber.match(s.label);
                const auto r = row.match(s.label);
                const QString key = m.hasMatch()   ? m.captured(2)
                                    : r.hasMatch() ? QStringLiteral("| %1 |").arg(r.captured(1))
                                                   : s.label.section(QLatin1Char(','), 0, 0);
                QVERIFY2(m_note.contains(key), qPrintable(s.label));
                continue;
            }
            // A web address is the note's own; an RFC is cited there by number, a GitHub issue as
            // owner/repo#N.
            static const QRegularExpression issue(
                QStringLiteral("^https://github\\.com/[^/]+/([^/]+)/issues/(\\d+)$"));
            const auto m = rfc.match(s.url);
            const auto i = issue.match(s.url);
            const bool inNote = m.hasMatch() ? m_note.contains(QStringLiteral("RFC ") + m.captured(1))
                                : i.hasMatch()
                                    ? m_note.contains(i.captured(1) + QLatin1Char('#') + i.captured(2))
                                    : m_note.contains(s.url);
            QVERIFY2(inNote, qPrintable(s.url));
        }
    }
}

void TestSecurityAnswers::citationsLinkToTheSourceList()
{
    const QString html = SecurityAnswers::html(2, false);
    static const QRegularExpression cite(QStringLiteral("href=\"#(frag792-source-\\d+)\""));
    static const QRegularExpression anchor(QStringLiteral("name=\"(frag792-source-\\d+)\""));
    QSet<QString> cited;
    for (const auto& m : cite.globalMatch(html))
        cited.insert(m.captured(1));
    QSet<QString> listed;
    for (const auto& m : anchor.globalMatch(html))
        listed.insert(m.captured(1));
    QVERIFY(!cited.isEmpty());
    QCOMPARE(cited, listed); // every citation resolves, no source is listed uncited
    for (int i = 0; i < SecurityAnswers::statementCount(); ++i)
        QVERIFY(html.contains(SecurityAnswers::statementText(i).toHtmlEscaped()));
}

void TestSecurityAnswers::reportCarriesTheAnswer()
{
    const QString html = reportHtml(ReportFixtures::blockedInput(ServerProduct::Isa2004));
    QVERIFY(html.contains(SecurityAnswers::title(true).toHtmlEscaped()));
    QVERIFY(
        html.contains(QStringLiteral("https://learn.microsoft.com/en-us/security-updates/SecurityAdvisories/"
                                     "2012/2743314")));
}

QTEST_MAIN(TestSecurityAnswers)
#include "TestSecurityAnswers.moc"
