// SPDX-License-Identifier: GPL-3.0-or-later
// Parsing alone: how the desktop entry's "frag792 %f" reaches the wizard, with and without a file.
#include "CommandLine.h"

#include <QTest>

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void desktopEntryExec_data();
    void desktopEntryExec();
    void unknownWordIsStillAnError();
};

void TestCommandLine::desktopEntryExec_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("openFile");
    // A launcher expands %f to nothing (menu) or to one local path (file manager, drop).
    QTest::newRow("from the menu") << QStringList{"frag792"} << QString();
    QTest::newRow("a file") << QStringList{"frag792", "/home/tech/Downloads/vpn fail.pcapng"}
                            << "/home/tech/Downloads/vpn fail.pcapng";
    QTest::newRow("relative file") << QStringList{"frag792", "capture.pcap"} << "capture.pcap";
    QTest::newRow("--open FILE") << QStringList{"frag792", "--open", "/tmp/a.pcap"} << "/tmp/a.pcap";
    QTest::newRow("file and language")
        << QStringList{"frag792", "/tmp/a.pcap", "--lang", "de"} << "/tmp/a.pcap";
}

void TestCommandLine::desktopEntryExec()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, openFile);
    const CommandLine c = CommandLine::parse(arguments);
    QCOMPARE(c.command, CommandLine::Command::Wizard);
    QCOMPARE(c.openFile, openFile);
}

void TestCommandLine::unknownWordIsStillAnError()
{
    const CommandLine c = CommandLine::parse({QStringLiteral("frag792"), QStringLiteral("analyse")});
    QCOMPARE(c.command, CommandLine::Command::Invalid);
    QVERIFY(c.error.contains(QStringLiteral("unknown command")));
    // Two files are one too many for the wizard.
    QCOMPARE(
        CommandLine::parse({QStringLiteral("frag792"), QStringLiteral("/a.pcap"), QStringLiteral("/b.pcap")})
            .command,
        CommandLine::Command::Invalid);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
