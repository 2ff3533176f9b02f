// SPDX-License-Identifier: GPL-3.0-or-later
// Reports and evidence are published whole, and "do not replace" holds even against a file
// that appears while frag792 is still writing (the race a check-then-rename would lose).
#include "AtomicFileWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestAtomicFileWriter : public QObject
{
    Q_OBJECT

private slots:
    void publishesTheWholeFile();
    void fileAppearingMeanwhileIsKept();
    void existingFileRefusedUpFront();
    void cancelLeavesNothing();
    void replaceSwapsAtomically();
};

void TestAtomicFileWriter::publishesTheWholeFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.html"));
    AtomicFileWriter w(path, AtomicFileWriter::Mode::KeepExisting);
    QVERIFY2(w.open(), qPrintable(w.errorString()));
    QVERIFY(w.device()->write("first half, ") > 0);
    QVERIFY(!QFile::exists(path)); // nobody sees a half file under the real name
    QVERIFY(w.device()->write("second half") > 0);
    QVERIFY2(w.commit(), qPrintable(w.errorString()));
    QCOMPARE(readAll(path), QByteArray("first half, second half"));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("report.html")});

    // The same permissions as any file the user saves (not a temporary file's 0600).
    const QString plain = dir.filePath(QStringLiteral("plain"));
    writeFile(plain, "x");
    QCOMPARE(QFile::permissions(path), QFile::permissions(plain));
}

void TestAtomicFileWriter::fileAppearingMeanwhileIsKept()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("case.json"));
    AtomicFileWriter w(path, AtomicFileWriter::Mode::KeepExisting);
    QVERIFY(w.open());
    QVERIFY(w.device()->write("frag792's report") > 0);
    writeFile(path, "a colleague's file, saved a moment ago");
    QVERIFY(!w.commit());
    QVERIFY(w.targetExists());
    QVERIFY(w.errorString().contains(path));
    QCOMPARE(readAll(path), QByteArray("a colleague's file, saved a moment ago"));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("case.json")});
}

void TestAtomicFileWriter::existingFileRefusedUpFront()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("case.pdf"));
    writeFile(path, "old");
    AtomicFileWriter w(path, AtomicFileWriter::Mode::KeepExisting);
    QVERIFY(!w.open());
    QVERIFY(w.targetExists());
    QCOMPARE(readAll(path), QByteArray("old"));
    QCOMPARE(entries(dir.path()).size(), 1);
}

void TestAtomicFileWriter::cancelLeavesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("evidence.pcapng"));
    {
        AtomicFileWriter w(path, AtomicFileWriter::Mode::KeepExisting);
        QVERIFY(w.open());
        QVERIFY(w.device()->write(QByteArray(4096, 'x')) == 4096);
        w.cancel();
    }
    {
        AtomicFileWriter w(path, AtomicFileWriter::Mode::KeepExisting);
        QVERIFY(w.open());
        QVERIFY(w.device()->write("abandoned") > 0);
        // destroyed without commit: an error path that returned early
    }
    QVERIFY(entries(dir.path()).isEmpty());
}

void TestAtomicFileWriter::replaceSwapsAtomically()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("case.html"));
    writeFile(path, "old");
    AtomicFileWriter w(path, AtomicFileWriter::Mode::Replace);
    QVERIFY(w.open());
    QVERIFY(w.device()->write("new") > 0);
    QCOMPARE(readAll(path), QByteArray("old")); // until commit, readers see the old file
    QVERIFY2(w.commit(), qPrintable(w.errorString()));
    QCOMPARE(readAll(path), QByteArray("new"));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("case.html")});
}

QTEST_GUILESS_MAIN(TestAtomicFileWriter)
#include "TestAtomicFileWriter.moc"
