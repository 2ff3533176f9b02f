// SPDX-License-Identifier: GPL-3.0-or-later
// The optional readers (libwiretap, libevtx) are modules frag792 loads when a file needs them
// (capture/modules/ReaderModule.h). The real executable, run as a user would: found beside it
// without any setting, and a missing or foreign module named in the error, never a silent
// "not a capture" or an empty log.
#include "CliRun.h"
#include "EvtxWriter.h"
#include "NetmonWriter.h"
#include "ReaderModule.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace CliRun;

class TestReaderModules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void foundBesideTheExecutable();
    void missingModuleIsNamed();
    void brokenModuleIsNamed();
    void otherVersionRefused();
    void searchPathOrder();

private:
    Run run(const QStringList& args, const QString& moduleDir);
    QTemporaryDir m_dir;
    QString m_pcapng;
    QString m_cap;
    QString m_evtx;
};

void TestReaderModules::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(FRAG792_BINARY_DIR "/app/frag792")));
    // A blocked Main Mode exchange saved as Network Monitor 2.1 (libpcap refuses it).
    m_pcapng = m_dir.filePath(QStringLiteral("blocked.pcapng"));
    MainModeScenario s;
    s.mm6Sent = false;
    s.mm6Delivered = false;
    QVERIFY(writeScenario(m_pcapng, s));
    std::vector<NetmonWriter::Frame> frames;
    for (const TimedFrame& f : mainMode(s))
        frames.push_back(
            {f.timestampUs, NetmonWriter::Ethernet,
             QByteArray(reinterpret_cast<const char*>(f.frame.data()), qsizetype(f.frame.size())), 0});
    m_cap = m_dir.filePath(QStringLiteral("blocked.cap"));
    QFile cap(m_cap);
    QVERIFY(cap.open(QIODevice::WriteOnly));
    cap.write(NetmonWriter::file(1, frames));
    cap.close();
    // The client's event log: RasClient 20227 with error 792, as EVTX.
    EvtxEvent failed{QStringLiteral("RasClient"),
                     QString(),
                     20227,
                     EvtxWriter::fileTime(QStringLiteral("2010-05-20T12:32:10.123Z")),
                     QStringLiteral("Application"),
                     QStringLiteral("CLIENT01"),
                     {{QString(), QStringLiteral("{B4000371-A67F-452F-AA4C-3125AA9CFC78}")},
                      {QString(), QStringLiteral("CORP\\alice")},
                      {QString(), QStringLiteral("Work VPN")},
                      {QString(), QStringLiteral("792")}}};
    m_evtx = m_dir.filePath(QStringLiteral("Application.evtx"));
    QFile evtx(m_evtx);
    QVERIFY(evtx.open(QIODevice::WriteOnly));
    evtx.write(EvtxWriter::write({failed}));
}

/** frag792 analyze with FRAG792_MODULE_DIR set to @p moduleDir, or removed when it is empty. */
Run TestReaderModules::run(const QStringList& args, const QString& moduleDir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("FRAG792_MODULE_DIR"));
    if (!moduleDir.isEmpty())
        env.insert(QStringLiteral("FRAG792_MODULE_DIR"), moduleDir);
    return frag792(args, QStringLiteral(FRAG792_BINARY_DIR "/app/frag792"), {}, env);
}

void TestReaderModules::foundBesideTheExecutable()
{
    // No setting: the program finds its modules where the build (and the package) put them.
    Run r = run({QStringLiteral("analyze"), m_cap, QStringLiteral("--format"), QStringLiteral("json")}, {});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject cap = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(cap.value(QStringLiteral("capture_format")).toString(), QStringLiteral("netmon2.1"));
    r = run({QStringLiteral("analyze"), m_pcapng, QStringLiteral("--format"), QStringLiteral("json")}, {});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject pcapng = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(cap.value(QStringLiteral("packets")).toInt(), pcapng.value(QStringLiteral("packets")).toInt());
    QVERIFY(pcapng.value(QStringLiteral("datagrams_reassembled")).toInt() > 0);
    QCOMPARE(cap.value(QStringLiteral("datagrams_reassembled")),
             pcapng.value(QStringLiteral("datagrams_reassembled")));
    QCOMPARE(cap.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("code")).toString(),
             pcapng.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("code")).toString());
    r = run({QStringLiteral("analyze"), QStringLiteral("--evidence"), m_evtx}, {});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("RasClient 20227: the connection failed with error 792"), r.out.constData());
}

void TestReaderModules::missingModuleIsNamed()
{
    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    Run r = run({QStringLiteral("analyze"), m_cap}, empty.path());
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("frag792-wiretap is not installed"), r.err.constData());
    QVERIFY(r.err.contains("reinstall frag792"));
    QVERIFY(!r.out.contains("Verdict"));
    r = run({QStringLiteral("analyze"), QStringLiteral("--evidence"), m_evtx}, empty.path());
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("frag792-eventlog is not installed"), r.err.constData());
    QVERIFY2(r.out.isEmpty(), r.out.constData()); // no verdict from a log that was never read
}

void TestReaderModules::brokenModuleIsNamed()
{
    QTemporaryDir broken;
    QVERIFY(broken.isValid());
    for (const char* name : {ReaderModule::kWiretapModule, ReaderModule::kEventLogModule}) {
        QFile f(broken.filePath(QLatin1String(name) + QLatin1String(".so")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, '\x7f'));
    }
    const Run r = run({QStringLiteral("analyze"), m_cap}, broken.path());
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("frag792-wiretap could not be loaded"), r.err.constData());
    QVERIFY(r.err.contains("reinstall frag792"));
}

void TestReaderModules::otherVersionRefused()
{
    QTemporaryDir other;
    QVERIFY(other.isValid());
    for (const char* name : {ReaderModule::kWiretapModule, ReaderModule::kEventLogModule})
        QVERIFY(QFile::copy(QStringLiteral(FRAG792_OTHER_VERSION_MODULE),
                            other.filePath(QLatin1String(name) + QLatin1String(".so"))));
    Run r = run({QStringLiteral("analyze"), m_cap}, other.path());
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("belongs to frag792 0.0.0-other"), r.err.constData());
    r = run({QStringLiteral("analyze"), QStringLiteral("--evidence"), m_evtx}, other.path());
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("belongs to frag792 0.0.0-other"), r.err.constData());
}

void TestReaderModules::searchPathOrder()
{
    qputenv("FRAG792_MODULE_DIR", "/somewhere/else");
    QCOMPARE(ReaderModule::searchPath(), QStringList{QStringLiteral("/somewhere/else")});
    qunsetenv("FRAG792_MODULE_DIR");
    // Otherwise only beside the executable, where the install puts the modules; no absolute
    // fallback (a package built with another prefix would look in the wrong place).
    QCOMPARE(ReaderModule::searchPath(),
             QStringList{QDir::cleanPath(QCoreApplication::applicationDirPath() +
                                         QStringLiteral("/" FRAG792_MODULE_DIR_FROM_BIN))});
}

QTEST_GUILESS_MAIN(TestReaderModules)
#include "TestReaderModules.moc"
