// SPDX-License-Identifier: GPL-3.0-or-later
// Every .ts file is complete: no unfinished or empty translation, every numerus form filled,
// and the engine's "Verdict" and "Finding" texts are in it. The English catalogue holds the
// plural forms only, and they are the engine's own English (the finding table's singular and
// plural), so the wizard in English says what the JSON says. Also checks that the catalogues
// load and that a plural is picked by count in every language. Then walks every page (and the
// console mimic, chart and report page) in each language and fails on a visible text that is
// still the English one, or on an English word inside a translated sentence.
#include "CaptureFixtures.h"
#include "CaseModel.h"
#include "Finding.h"
#include "FindingText.h"
#include "SecurityAnswers.h"
#include "TroubleshootWizard.h"
#include "VisibleText.h"
#include "WizardDriver.h"
#include "WizardTranslator.h"
#include "mimic/ConsoleMimic.h"

#include <QAbstractButton>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

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
    void noEnglishLeftOnScreen_data();
    void noEnglishLeftOnScreen();

private:
    /** Every visible text of every page, walking the wizard as a technician would. */
    QList<VisibleText::Item> walkWizard();
    /** Words (lowercase, three letters or more) the translators of @p language used anywhere. */
    static QSet<QString> vocabulary(const QString& language);
    /** Why an English text may stay on screen in every language; empty when it may not. */
    static QString allowed(const VisibleText::Item& item, const QStringList& sourceTitles);
    /** Words spelled the same in English and in @p language, and names; each with its reason. */
    static QSet<QString> sameInBothLanguages(const QString& language);
    QTemporaryDir m_dir;
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

QList<VisibleText::Item> TestTranslations::walkWizard()
{
    QList<VisibleText::Item> items;
    const QString blocked = CaptureFixtures::write(VerdictCode::FragmentsDroppedAtServer, m_dir.path());
    const QString passes = CaptureFixtures::write(VerdictCode::NegotiationCompleted, m_dir.path());
    if (blocked.isEmpty() || passes.isEmpty())
        return items;
    {
        TroubleshootWizard w;
        w.resize(1000, 780);
        w.show();
        if (!QTest::qWaitForWindowExposed(&w))
            return items;
        const auto page = [&](const QString& name) {
            items += VisibleText::collect(&w, name);
            // FRAG792_SCREENSHOT_DIR=dir keeps an image of every page in every language, to look at.
            const QString dir = qEnvironmentVariable("FRAG792_SCREENSHOT_DIR");
            if (!dir.isEmpty())
                w.grab().save(QStringLiteral("%1/%2-%3.png").arg(dir, QLocale().name(), name));
        };
        if (!WizardDriver::chooseError(w, 792))
            return items;
        page(QStringLiteral("symptom"));
        w.next();
        if (!WizardDriver::describeServer(w, ServerProduct::Isa2004, QStringLiteral("ISA01")))
            return items;
        page(QStringLiteral("environment"));
        w.next();
        page(QStringLiteral("cause"));
        w.next();
        if (!WizardDriver::analyzeOnCurrentPage(w, blocked))
            return items;
        page(QStringLiteral("capture"));
        w.next();
        auto* mimic = w.currentPage()->findChild<ConsoleMimic*>();
        for (int step = 0; mimic; ++step) {
            page(QStringLiteral("resolution-step%1").arg(step));
            if (mimic->isCompleted() || !WizardDriver::clickNextStep(mimic))
                break;
        }
        w.next();
        if (!WizardDriver::analyzeOnCurrentPage(w, passes))
            return items;
        page(QStringLiteral("verify"));
        w.next();
        page(QStringLiteral("report"));
    }
    {
        TroubleshootWizard w;
        w.resize(1000, 780);
        w.show();
        if (!QTest::qWaitForWindowExposed(&w) || !WizardDriver::chooseError(w, 789))
            return items;
        w.next();
        items += VisibleText::collect(&w, QStringLiteral("elsewhere"));
    }
    {
        // Opened from a file: the verdict first, then the questions with the capture's answers.
        TroubleshootWizard w;
        w.resize(1000, 780);
        w.show();
        if (!QTest::qWaitForWindowExposed(&w) || !w.openCaptureFile(blocked) ||
            !QTest::qWaitFor([&w] { return w.button(QWizard::NextButton)->isEnabled(); }, 20000))
            return items;
        w.next();
        items += VisibleText::collect(&w, QStringLiteral("open-file-environment"));
    }
    return items;
}

QSet<QString> TestTranslations::vocabulary(const QString& language)
{
    QSet<QString> words;
    QFile file(QStringLiteral(FRAG792_SOURCE_DIR "/translations/frag792_%1.ts").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        return words;
    static const QRegularExpression word(QStringLiteral("\\b[A-Za-z][a-z]{2,}\\b"));
    const auto wordsOf = [](const QString& text) {
        QSet<QString> out;
        for (const auto& m : word.globalMatch(text))
            out.insert(m.captured());
        return out;
    };
    QXmlStreamReader xml(&file);
    QString context;
    QSet<QString> sourceWords;
    QHash<QString, int> messagesUsing; // cognates ("client", "messages" in French) recur
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            sourceWords = wordsOf(xml.readElementText());
            // The console's own English labels: the mimic and its instructions keep them in
            // English on purpose, with the translation beside them.
            if (context == QLatin1String("ConsoleLabel"))
                words += sourceWords;
        } else if (xml.name() == QLatin1String("translation") || xml.name() == QLatin1String("numerusform")) {
            // A word counts as the language's own where the translator wrote it without the source
            // having it, or in more than one message: a sentence left in English does not vouch
            // for itself.
            const QSet<QString> translated =
                wordsOf(xml.readElementText(QXmlStreamReader::IncludeChildElements));
            words += translated - sourceWords;
            for (const QString& w : translated)
                if (++messagesUsing[w] == 2)
                    words.insert(w);
        }
    }
    return words;
}

QSet<QString> TestTranslations::sameInBothLanguages(const QString& language)
{
    // Names: Windows Vista (product), "tap" (the network device, not translated in the trade).
    QSet<QString> words{QStringLiteral("Vista"), QStringLiteral("tap")};
    // Words that are that language's own and happen to be spelled as in English, used once so far.
    if (language == QLatin1String("fr"))
        words +=
            {QStringLiteral("retransmission"), QStringLiteral("tickets"),  QStringLiteral("validation"),
             QStringLiteral("destination"),    QStringLiteral("captures"), QStringLiteral("sections"),
             QStringLiteral("audio"),          QStringLiteral("bits"),     QStringLiteral("Alternatives"),
             QStringLiteral("version")};
    if (language == QLatin1String("es"))
        words += {QStringLiteral("real"), QStringLiteral("audio"), QStringLiteral("streaming"),
                  QStringLiteral("bits")};
    if (language == QLatin1String("pt_BR"))
        words += {QStringLiteral("real"), QStringLiteral("streaming"), QStringLiteral("bits")};
    return words;
}

QString TestTranslations::allowed(const VisibleText::Item& item, const QStringList& sourceTitles)
{
    // The console mimic shows the server's English labels on purpose, with the translation beside them.
    if (item.path.contains(QLatin1String("/mimicStage")))
        return QStringLiteral("console label kept in English");
    // A cited document keeps its published title and author (the security answer's source list).
    for (const QString& label : sourceTitles)
        if (item.text.startsWith(label))
            return QStringLiteral("title of a cited document");
    // Interface names and descriptions come from the system (libpcap), not from frag792.
    if (item.path.contains(QLatin1String("/interfaceCombo")))
        return QStringLiteral("system interface name");
    // Product names are the same in every language.
    for (ServerProduct p : allServerProducts())
        if (item.text == serverProductName(p))
            return QStringLiteral("product name");
    return {};
}

void TestTranslations::noEnglishLeftOnScreen_data()
{
    QTest::addColumn<QString>("language");
    for (const char* language : {"de", "fr", "es", "pt_BR"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TestTranslations::noEnglishLeftOnScreen()
{
    QFETCH(QString, language);
    QVERIFY(m_dir.isValid());
    const QLocale previous;
    // The English run, as the app shows it: the plural catalogue only.
    QTranslator plurals;
    QVERIFY(plurals.load(QStringLiteral(":/i18n/frag792_en.qm")));
    QCoreApplication::installTranslator(&plurals);
    QLocale::setDefault(QLocale(QStringLiteral("en")));
    const QList<VisibleText::Item> english = walkWizard();
    QCoreApplication::removeTranslator(&plurals);
    QVERIFY(english.size() > 200);

    QTranslator own;
    QTranslator qt;
    QVERIFY(own.load(QStringLiteral(":/i18n/frag792_%1.qm").arg(language)));
    QVERIFY(qt.load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    QCoreApplication::installTranslator(&own);
    QCoreApplication::installTranslator(&qt);
    QLocale::setDefault(QLocale(language));
    const QList<VisibleText::Item> translated = walkWizard();
    const QStringList sourceTitles = SecurityAnswers::sourceLabels(true);
    QCoreApplication::removeTranslator(&qt);
    QCoreApplication::removeTranslator(&own);
    QLocale::setDefault(previous);
    QCOMPARE(translated.size(), english.size()); // the same widgets, so the paths pair up

    QHash<QString, QString> source;
    for (const VisibleText::Item& item : english)
        source.insert(item.path, item.text);
    // A word the translators never wrote anywhere in this language is English left behind.
    // Acronyms and mixed-case names (IPsec, IKEv2, NetBIOS) are names, not words.
    const QSet<QString> known = vocabulary(language) + sameInBothLanguages(language);
    static const QRegularExpression word(QStringLiteral("\\b[A-Za-z][a-z]{2,}\\b"));
    static const QRegularExpression address(QStringLiteral("\\bhttps?://\\S+"));
    // A file path names a file (the capture helper's), whatever the language around it.
    static const QRegularExpression filePath(QStringLiteral("(?<![\\w.])/[\\w.+-]+(?:/[\\w.+-]+)+"));
    // Quotation marks set off verbatim text: a console label, a document title, "ping of death".
    static const QRegularExpression quoted(QStringLiteral("„[^“]*“|«[^»]*»|\"[^\"]*\"|“[^”]*”"));
    const auto unknownWords = [&known](QString text, const QSet<QString>& among) {
        text.remove(address); // a web address is not a sentence
        text.remove(filePath);
        text.remove(quoted);
        QStringList out;
        for (const auto& m : word.globalMatch(text))
            if (!known.contains(m.captured()) && !known.contains(m.captured().toLower()) &&
                (among.isEmpty() || among.contains(m.captured())))
                out << m.captured();
        return out;
    };
    QStringList problems;
    for (const VisibleText::Item& item : translated) {
        const QString en = source.value(item.path);
        if (en.isEmpty() || !allowed(item, sourceTitles).isEmpty())
            continue;
        if (item.text == en) {
            const QStringList left = unknownWords(item.text, {});
            if (!left.isEmpty())
                problems << QStringLiteral("still English (%1): %2: \"%3\"")
                                .arg(left.join(QLatin1Char(' ')), item.path, item.text.left(90));
            continue;
        }
        QSet<QString> englishWords;
        for (const auto& m : word.globalMatch(en))
            englishWords.insert(m.captured());
        const QStringList left = unknownWords(item.text, englishWords);
        if (!left.isEmpty())
            problems << QStringLiteral("English word (%1) in %2: \"%3\"")
                            .arg(left.join(QLatin1Char(' ')), item.path, item.text.left(90));
    }
    for (const QString& p : problems)
        qInfo().noquote() << p;
    problems.replaceInStrings(QRegularExpression(QStringLiteral("resolution-step\\d+")),
                              QStringLiteral("resolution"));
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problems:\n").arg(problems.size()) +
                                            problems.mid(0, 60).join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
