// SPDX-License-Identifier: GPL-3.0-or-later
// Every .ts file is complete: no unfinished or empty translation, every numerus form filled,
// and the engine's "Verdict" texts are in it. Also checks that the catalogues load.
#include "WizardTranslator.h"

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
    QVERIFY(messages > 100);
    QVERIFY(contexts.contains(QStringLiteral("Verdict")));
    QVERIFY(contexts.contains(QStringLiteral("ConsoleLabel")));
}

void TestTranslations::cataloguesAreBuiltIn()
{
    const QStringList languages = WizardTranslator::availableLanguages();
    for (const char* language : {"de", "es", "fr", "pt_BR"}) {
        QVERIFY2(languages.contains(QLatin1String(language)), language);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/frag792_%1.qm").arg(QLatin1String(language))));
        QVERIFY(!translator.isEmpty());
    }
}

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
