// SPDX-License-Identifier: GPL-3.0-or-later
// Replays every input kept under tests/fuzz/regressions/ through the same code the fuzz
// targets run (FuzzDriver), in an ordinary build: packet-* as a packet stream, file-* as
// a capture file, evidence-* as an evidence file. A regression is back when this test crashes (or ASan
// reports it).
#include "FuzzDriver.h"

#include <QDir>
#include <QFile>
#include <QTest>

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void replay_data();
    void replay();
};

void TestFuzzRegressions::replay_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(FRAG792_SOURCE_DIR "/tests/fuzz/regressions"));
    const QStringList names = dir.entryList(QDir::Files, QDir::Name);
    int rows = 0;
    for (const QString& name : names) {
        if (name.startsWith(QLatin1String("packet-")) || name.startsWith(QLatin1String("file-")) ||
            name.startsWith(QLatin1String("evidence-"))) {
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
            ++rows;
        }
    }
    // Project-made inputs that must always replay, whether or not the fuzzer found anything.
    if (rows == 0)
        QTest::newRow("packet-empty") << QString();
}

void TestFuzzRegressions::replay()
{
    QFETCH(QString, path);
    QByteArray input;
    if (!path.isEmpty()) {
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        input = f.readAll();
    }
    const std::span<const std::uint8_t> data(reinterpret_cast<const std::uint8_t*>(input.constData()),
                                             std::size_t(input.size()));
    if (QFileInfo(path).fileName().startsWith(QLatin1String("file-")))
        FuzzDriver::runCaptureFile(data);
    else if (QFileInfo(path).fileName().startsWith(QLatin1String("evidence-")))
        FuzzDriver::runEvidenceFile(data);
    else
        FuzzDriver::runPacketStream(data);
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "TestFuzzRegressions.moc"
