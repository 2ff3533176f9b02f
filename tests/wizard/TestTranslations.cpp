// SPDX-License-Identifier: GPL-3.0-or-later
// Every .ts file is complete: no unfinished or empty translation, every numerus form filled,
// and the engine's "Verdict" and "Finding" texts are in it. The English catalogue holds the
// plural forms only, and they are the engine's own English (the finding table's singular and
// plural), so the wizard in English says what the JSON says. Also checks that the catalogues
// load and that a plural is picked by count in every language.
#include "Finding.h"
#include "FindingText.h"
#include "WizardTranslator.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <QDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void catalogueIsComplete_data();
    void catalogueIsComplete();
    void cataloguesAreBuiltIn();
    void englishPluralsMatchTheEngine();
    void pluralsFollowTheCount_data();
    void pluralsFollowTheCount();

private:
    /** "context\nsource" -> numerus forms, of the plural messages in @p path. */
    static QHash<QString, QStringList> pluralForms(const QString& path);
};

void TestTranslations::catalogueIsComplete_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(FRAG792_SOURCE_DIR "/translations"));
    const QStringList files = dir.entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 4);
    for (const QString& file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

void TestTranslations::catalogueIsComplete()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    int messages = 0;
    QStringList contexts;
    QStringList problems;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
            contexts << context;
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
            ++messages;
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (type == QLatin1String("unfinished"))
                problems << QStringLiteral("unfinished: %1 / %2").arg(context, source.left(60));
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                continue;
            // Plural messages carry <numerusform> children; each must be filled.
            bool numerus = false;
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                    numerus = true;
                    if (xml.readElementText().trimmed().isEmpty())
                        problems
                            << QStringLiteral("empty plural form: %1 / %2").arg(context, source.left(60));
                } else if (xml.isCharacters()) {
                    text += xml.text();
                }
            }
            if (!numerus && text.trimmed().isEmpty())
                problems << QStringLiteral("empty: %1 / %2").arg(context, source.left(60));
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(QLatin1Char('\n'))));
    if (path.endsWith(QLatin1String("_en.ts"))) {
        // Plurals only (lupdate -pluralonly): English source texts need no other translation.
        QCOMPARE(messages, int(pluralForms(path).size()));
        QVERIFY(contexts.contains(QStringLiteral("Finding")));
        return;
    }
    QVERIFY(messages > 100);
    QVERIFY(contexts.contains(QStringLiteral("Verdict")));
    QVERIFY(contexts.contains(QStringLiteral("Finding")));
    QVERIFY(contexts.contains(QStringLiteral("VerdictAdvice")));
    QVERIFY(contexts.contains(QStringLiteral("ConsoleLabel")));
}

QHash<QString, QStringList> TestTranslations::pluralForms(const QString& path)
{
    QHash<QString, QStringList> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("numerusform") && numerus) {
            out[context + QLatin1Char('\n') + source] << xml.readElementText();
        }
    }
    return out;
}

void TestTranslations::englishPluralsMatchTheEngine()
{
    const QHash<QString, QStringList> forms =
        pluralForms(QStringLiteral(FRAG792_SOURCE_DIR "/translations/frag792_en.ts"));
    int plurals = 0;
    for (FindingCode code : allFindingCodes()) {
        const FindingSource s = findingSource(code);
        if (!s.singular)
            continue;
        ++plurals;
        const QString key = QLatin1String(kFindingContext) + QLatin1Char('\n') + QString::fromUtf8(s.text);
        QVERIFY2(forms.contains(key), s.key);
        QCOMPARE(forms.value(key), QStringList({QString::fromUtf8(s.singular), QString::fromUtf8(s.text)}));
    }
    QVERIFY(plurals >= 8);
}

void TestTranslations::pluralsFollowTheCount_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("one");
    QTest::addColumn<QString>("four");
    // "MM5 was retransmitted ..." through the installed catalogue, as the wizard shows it.
    QTest::newRow("en") << "en"
                        << "MM5 was retransmitted once, 2.0 s later."
                        << "MM5 was retransmitted 4 times over 16.3 s.";
    QTest::newRow("de") << "de"
                        << "MM5 wurde einmal wiederholt, 2,0 s später."
                        << "MM5 wurde innerhalb von 16,3 s 4-mal wiederholt.";
    QTest::newRow("fr") << "fr"
                        << "MM5 a été retransmis une fois, 2,0 s plus tard."
                        << "MM5 a été retransmis 4 fois en 16,3 s.";
    QTest::newRow("es") << "es"
                        << "MM5 se retransmitió una vez, 2,0 s después."
                        << "MM5 se retransmitió 4 veces en 16,3 s.";
    QTest::newRow("pt_BR") << "pt_BR"
                           << "MM5 foi retransmitida uma vez, 2,0 s depois."
                           << "MM5 foi retransmitida 4 vezes em 16,3 s.";
}

void TestTranslations::pluralsFollowTheCount()
{
    QFETCH(QString, language);
    QFETCH(QString, one);
    QFETCH(QString, four);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/frag792_%1.qm").arg(language)));
    QCoreApplication::installTranslator(&translator);
    const QLocale previous;
    QLocale::setDefault(QLocale(language));
    const auto retransmitted = [](std::uint64_t n, std::int64_t us) {
        return findingText(Finding::counted(
            FindingCode::MessageRetransmitted, n,
            {FindingArgument::message(QStringLiteral("MM5")), FindingArgument::seconds(us)}));
    };
    const QString gotOne = retransmitted(1, 2'000'000);
    const QString gotFour = retransmitted(4, 16'300'000);
    QLocale::setDefault(previous);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(gotOne, one);
    QCOMPARE(gotFour, four);
}

void TestTranslations::cataloguesAreBuiltIn()
{
    const QStringList languages = WizardTranslator::availableLanguages();
    QCOMPARE(languages.count(QStringLiteral("en")), 1);
    for (const char* language : {"de", "en", "es", "fr", "pt_BR"}) {
        QVERIFY2(languages.contains(QLatin1String(language)), language);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/frag792_%1.qm").arg(QLatin1String(language))));
        QVERIFY(!translator.isEmpty());
    }
}

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
