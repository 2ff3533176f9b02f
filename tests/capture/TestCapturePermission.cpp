// SPDX-License-Identifier: GPL-3.0-or-later
// The privilege seam: the grant command a technician pastes, and where the helper is looked for.
#include "CapturePermission.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCapturePermission : public QObject
{
    Q_OBJECT

private slots:
    void grantCommandIsPasteable_data();
    void grantCommandIsPasteable();
    void helperPathFollowsEnvironment();
};

void TestCapturePermission::grantCommandIsPasteable_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("plain") << "/usr/libexec/frag792/frag792-capture-helper";
    QTest::newRow("spaces") << "/home/tech/My Tools/frag792-capture-helper";
    QTest::newRow("quote") << "/opt/it's here/frag792-capture-helper";
}

void TestCapturePermission::grantCommandIsPasteable()
{
    QFETCH(QString, path);
    const QString command = CapturePermission::grantCommand(path);
    QVERIFY(command.startsWith(QLatin1String("sudo setcap cap_net_raw,cap_net_admin=eip ")));
    // What a shell makes of the pasted command: the last word must be exactly the path.
    QProcess sh;
    sh.start(QStringLiteral("sh"),
             {QStringLiteral("-c"),
              QStringLiteral("set -- %1; eval 'last=${'$#'}'; printf %s \"$last\"").arg(command)});
    QVERIFY(sh.waitForFinished(5000));
    QCOMPARE(QString::fromUtf8(sh.readAllStandardOutput()), path);
}

void TestCapturePermission::helperPathFollowsEnvironment()
{
    QTemporaryDir dir;
    const QString helper = dir.filePath(QStringLiteral("frag792-capture-helper"));
    qputenv("FRAG792_CAPTURE_HELPER", helper.toLocal8Bit());
    QCOMPARE(CapturePermission::captureHelperPath(), helper);
    qunsetenv("FRAG792_CAPTURE_HELPER");
    QVERIFY(CapturePermission::captureHelperPath().endsWith(QLatin1String("frag792-capture-helper")));
}

QTEST_GUILESS_MAIN(TestCapturePermission)
#include "TestCapturePermission.moc"
