// SPDX-License-Identifier: GPL-3.0-or-later
// The privilege seam: who may run the helper (decided from made-up files and users), the fix a
// technician pastes, and where the helper is looked for.
#include "CapturePermission.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

namespace {

using HelperAccess::Verdict;

constexpr quint32 kSomeGroup = 1234;
constexpr quint32 kUser = 1000;
constexpr quint32 kUserGroup = 1000;

/** The packaged helper: root-owned, mode 0750, group "somegroup", with CAP_NET_RAW. */
HelperAccess::HelperFile packagedHelper()
{
    HelperAccess::HelperFile f;
    f.exists = true;
    f.ownerUid = 0;
    f.groupGid = kSomeGroup;
    f.groupName = QStringLiteral("somegroup");
    f.mode = 0750;
    f.capNetRaw = true;
    return f;
}

/** An ordinary user, member of nothing but their own group. */
HelperAccess::User ordinaryUser()
{
    HelperAccess::User u;
    u.euid = kUser;
    u.egid = kUserGroup;
    u.sessionGroups = {kUserGroup, 24, 27};
    u.accountGroups = u.sessionGroups;
    return u;
}

} // namespace

class TestCapturePermission : public QObject
{
    Q_OBJECT

private slots:
    void grantCommandIsPasteable_data();
    void grantCommandIsPasteable();
    void helperPathFollowsEnvironment();
    void decision_data();
    void decision();
    void groupFixIsJoinAndLogIn();
    void logInAgainHasNoCommand();
    void factsComeFromTheFile();
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

void TestCapturePermission::decision_data()
{
    QTest::addColumn<int>("fileMode");
    QTest::addColumn<bool>("capability");
    QTest::addColumn<bool>("inSession");
    QTest::addColumn<bool>("inAccount");
    QTest::addColumn<int>("euid");
    QTest::addColumn<int>("expected");
    // The package's helper, a user outside its group: the capability is no use to them.
    QTest::newRow("0750 root:somegroup, not a member")
        << 0750 << true << false << false << int(kUser) << int(Verdict::JoinGroup);
    QTest::newRow("0754: others may read, not run")
        << 0754 << true << false << false << int(kUser) << int(Verdict::JoinGroup);
    QTest::newRow("added to the group after logging in")
        << 0750 << true << false << true << int(kUser) << int(Verdict::LogInAgain);
    QTest::newRow("member, helper has the capability")
        << 0750 << true << true << true << int(kUser) << int(Verdict::Permitted);
    QTest::newRow("member, capability lost (chown, copy)")
        << 0750 << false << true << true << int(kUser) << int(Verdict::GrantCapabilities);
    QTest::newRow("source build: 0755, no capability")
        << 0755 << false << false << false << int(kUser) << int(Verdict::GrantCapabilities);
    QTest::newRow("source build: 0755 with capability")
        << 0755 << true << false << false << int(kUser) << int(Verdict::Permitted);
    QTest::newRow("0700: no group would help")
        << 0700 << true << false << false << int(kUser) << int(Verdict::NotExecutable);
    QTest::newRow("root, not a member") << 0750 << false << false << false << 0 << int(Verdict::Permitted);
    QTest::newRow("root, no execute bit at all")
        << 0640 << true << false << false << 0 << int(Verdict::NotExecutable);
}

void TestCapturePermission::decision()
{
    QFETCH(int, fileMode);
    QFETCH(bool, capability);
    QFETCH(bool, inSession);
    QFETCH(bool, inAccount);
    QFETCH(int, euid);
    QFETCH(int, expected);
    HelperAccess::HelperFile file = packagedHelper();
    file.mode = quint32(fileMode);
    file.capNetRaw = capability;
    HelperAccess::User user = ordinaryUser();
    user.euid = quint32(euid);
    if (inSession)
        user.sessionGroups << kSomeGroup;
    if (inAccount)
        user.accountGroups << kSomeGroup;
    const HelperAccess::Decision d = HelperAccess::decide(file, user);
    QCOMPARE(int(d.verdict), expected);
    QCOMPARE(d.group, QStringLiteral("somegroup"));
}

void TestCapturePermission::groupFixIsJoinAndLogIn()
{
    // The primary group counts as membership; without it the fix is the group, not setcap.
    HelperAccess::User user = ordinaryUser();
    user.egid = kSomeGroup;
    QCOMPARE(HelperAccess::decide(packagedHelper(), user).verdict, Verdict::Permitted);

    const HelperAccess::Decision d = HelperAccess::decide(packagedHelper(), ordinaryUser());
    QCOMPARE(d.verdict, Verdict::JoinGroup);
    const QString helper = QStringLiteral("/usr/libexec/frag792/frag792-capture-helper");
    const QString message = CapturePermission::fixMessage(d, helper);
    QVERIFY2(message.contains(QStringLiteral("sudo usermod -aG somegroup $USER")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("log in again")), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("setcap")), qPrintable(message));

    // A group root owns is never offered: joining root's group is not a fix.
    HelperAccess::HelperFile rootGroup = packagedHelper();
    rootGroup.groupGid = 0;
    rootGroup.groupName = QStringLiteral("root");
    QCOMPARE(HelperAccess::decide(rootGroup, ordinaryUser()).verdict, Verdict::NotExecutable);
    // Nor is the group when the owner class decides: the owner without owner-execute stays refused.
    HelperAccess::HelperFile ownerOnly = packagedHelper();
    ownerOnly.ownerUid = kUser;
    ownerOnly.mode = 0070;
    QCOMPARE(HelperAccess::decide(ownerOnly, ordinaryUser()).verdict, Verdict::NotExecutable);
    // An ACL entry for this user: the kernel allows what the mode bits alone would refuse.
    HelperAccess::HelperFile acl = packagedHelper();
    acl.executeAllowedByKernel = true;
    QCOMPARE(HelperAccess::decide(acl, ordinaryUser()).verdict, Verdict::Permitted);
}

void TestCapturePermission::logInAgainHasNoCommand()
{
    HelperAccess::User user = ordinaryUser();
    user.accountGroups << kSomeGroup;
    const HelperAccess::Decision d = HelperAccess::decide(packagedHelper(), user);
    QCOMPARE(d.verdict, Verdict::LogInAgain);
    const QString message = CapturePermission::fixMessage(d, QStringLiteral("/x/frag792-capture-helper"));
    QVERIFY2(message.contains(QStringLiteral("Log out and in again")), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("usermod")), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("setcap")), qPrintable(message));
}

void TestCapturePermission::factsComeFromTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("frag792-capture-helper"));
    QVERIFY(!CapturePermission::helperFile(path).exists);
    QCOMPARE(CapturePermission::helperAccess(path).verdict, Verdict::HelperMissing);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0750), 0);
    const HelperAccess::HelperFile file = CapturePermission::helperFile(path);
    QVERIFY(file.exists);
    QCOMPARE(file.mode, quint32(0750));
    QCOMPARE(file.ownerUid, quint32(::geteuid()));
    QCOMPARE(file.groupGid, quint32(::getegid()));
    QVERIFY(!file.capNetRaw);
    // This process, as the kernel sees it.
    const HelperAccess::User user = CapturePermission::currentUser();
    QCOMPARE(user.euid, quint32(::geteuid()));
    QCOMPARE(user.egid, quint32(::getegid()));
    // Our own file, owner-executable: root may capture; anyone else lacks only the capability.
    QCOMPARE(CapturePermission::helperAccess(path).verdict,
             ::geteuid() == 0 ? Verdict::Permitted : Verdict::GrantCapabilities);
}

QTEST_GUILESS_MAIN(TestCapturePermission)
#include "TestCapturePermission.moc"
