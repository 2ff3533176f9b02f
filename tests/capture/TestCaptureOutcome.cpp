// SPDX-License-Identifier: GPL-3.0-or-later
// The one outcome policy: a result is usable exactly when capturing began, whatever ended it.
#include "CaptureOutcome.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestCaptureOutcome : public QObject
{
    Q_OBJECT

private slots:
    void policy_data();
    void policy();
    void permissionMessageGrantsTheHelper();
};

void TestCaptureOutcome::policy_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<bool>("began");
    QTest::addColumn<int>("expected");
    using C = CaptureOutcome::Class;
    // Began: whatever ended it, what was read is worth showing.
    QTest::newRow("read to the end") << int(CaptureError::None) << true << int(C::Complete);
    QTest::newRow("record cut short") << int(CaptureError::FileTruncated) << true << int(C::Partial);
    QTest::newRow("interface gone") << int(CaptureError::InterfaceWentDown) << true << int(C::Partial);
    QTest::newRow("helper killed while capturing") << int(CaptureError::Other) << true << int(C::Partial);
    QTest::newRow("evidence file failed") << int(CaptureError::WriteFailed) << true << int(C::Partial);
    // Never began: nothing to show.
    QTest::newRow("no such file") << int(CaptureError::FileMissing) << false << int(C::Failed);
    QTest::newRow("not a capture") << int(CaptureError::FileUnreadable) << false << int(C::Failed);
    QTest::newRow("header cut short") << int(CaptureError::FileTruncated) << false << int(C::Failed);
    QTest::newRow("unsupported link type")
        << int(CaptureError::UnsupportedLinkType) << false << int(C::Failed);
    QTest::newRow("no such interface") << int(CaptureError::NoSuchInterface) << false << int(C::Failed);
    QTest::newRow("interface down at start")
        << int(CaptureError::InterfaceWentDown) << false << int(C::Failed);
    QTest::newRow("helper never ready") << int(CaptureError::Other) << false << int(C::Failed);
    QTest::newRow("nothing read, no code") << int(CaptureError::None) << false << int(C::Failed);
    QTest::newRow("bad filter") << int(CaptureError::BadFilter) << false << int(C::BadRequest);
    QTest::newRow("not permitted") << int(CaptureError::PermissionDenied) << false << int(C::NotPermitted);
}

void TestCaptureOutcome::policy()
{
    QFETCH(int, error);
    QFETCH(bool, began);
    QFETCH(int, expected);
    const CaptureOutcome outcome(CaptureError(error), QStringLiteral("detail"), began);
    QCOMPARE(int(outcome.outcomeClass()), expected);
    QCOMPARE(outcome.hasUsableResult(), began);
    QCOMPARE(outcome.error(), CaptureError(error));
    if (outcome.outcomeClass() != CaptureOutcome::Class::NotPermitted)
        QCOMPARE(outcome.message(), QStringLiteral("detail"));
}

void TestCaptureOutcome::permissionMessageGrantsTheHelper()
{
    // A helper anyone may run, without a capability (a source build): the fix is setcap on it.
    QTemporaryDir dir;
    const QString helper = dir.filePath(QStringLiteral("frag792-capture-helper"));
    QFile file(helper);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
    qputenv("FRAG792_CAPTURE_HELPER", QFile::encodeName(helper));
    const CaptureOutcome outcome(CaptureError::PermissionDenied, QStringLiteral("eth0: permission denied"),
                                 false);
    const QString message = outcome.message();
    QVERIFY(message.startsWith(QStringLiteral("eth0: permission denied\n")));
    QVERIFY(message.contains(QStringLiteral("setcap cap_net_raw,cap_net_admin=eip")));
    QVERIFY(message.contains(QStringLiteral("frag792-capture-helper")));
    QCOMPARE(outcome.detail(), QStringLiteral("eth0: permission denied"));
    qunsetenv("FRAG792_CAPTURE_HELPER");
}

QTEST_GUILESS_MAIN(TestCaptureOutcome)
#include "TestCaptureOutcome.moc"
