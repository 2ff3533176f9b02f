// SPDX-License-Identifier: GPL-3.0-or-later
// Redaction: labels are stable, boundaries are respected, and nothing of the input leaks.
#include "Redactor.h"
#include "ReportFixtures.h"
#include "ReportHtml.h"
#include "ReportJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ReportFixtures;

class TestRedactor : public QObject
{
    Q_OBJECT

private slots:
    void disabledLeavesTextAlone();
    void addressBoundaries();
    void notAddresses();
    void ipv6();
    void rolesFromSessions();
    void names();
    void reportLeaksNoAddress_data();
    void reportLeaksNoAddress();
    void sameAddressSameLabelAcrossReport();
};

void TestRedactor::disabledLeavesTextAlone()
{
    Redactor r;
    r.learn(blockedAtServer());
    r.addName(QStringLiteral("VPNGW01"));
    const QString text = QStringLiteral("192.0.2.10 talks to VPNGW01");
    QCOMPARE(r.apply(text), text);
}

void TestRedactor::addressBoundaries()
{
    Redactor r(true);
    // 10.0.0.1 must not eat the start of 10.0.0.12, and a sentence's final dot stays.
    QCOMPARE(r.apply(QStringLiteral("10.0.0.1 and 10.0.0.12.")), QStringLiteral("host-1 and host-2."));
    QCOMPARE(r.apply(QStringLiteral("(10.0.0.12) then 10.0.0.1:500")),
             QStringLiteral("(host-2) then host-1:500"));
    QCOMPARE(r.labels().value(QStringLiteral("10.0.0.1")), QStringLiteral("host-1"));
    QCOMPARE(r.labels().size(), qsizetype(2));
}

void TestRedactor::notAddresses()
{
    Redactor r(true);
    for (const char* text :
         {"frag792 0.1.0", "at 01:24:35 UTC", "1.2.3.4.5", "999.1.1.1", "spi 1122334455667788", "v10.0.0.1x"})
        QCOMPARE(r.apply(QString::fromLatin1(text)), QString::fromLatin1(text));
    QVERIFY(r.labels().isEmpty());
}

void TestRedactor::ipv6()
{
    Redactor r(true);
    QCOMPARE(r.apply(QStringLiteral("from 2001:db8:1::10 to 2001:db8:1::1.")),
             QStringLiteral("from host-1 to host-2."));
    // Another spelling of the same address gets the same label.
    QCOMPARE(r.apply(QStringLiteral("2001:DB8:1:0:0:0:0:10")), QStringLiteral("host-1"));
}

void TestRedactor::rolesFromSessions()
{
    Redactor r(true);
    r.learn(blockedAtServer());
    // Text order does not matter: the SA's roles decide.
    QCOMPARE(r.apply(QStringLiteral("198.51.100.1 answered 192.0.2.10")),
             QStringLiteral("server-1 answered client-1"));
}

void TestRedactor::names()
{
    Redactor r(true);
    r.addName(QStringLiteral("vpngw01.corp.example"));
    r.addName(QStringLiteral("VPNGW01"), QStringLiteral("server-name"));
    QCOMPARE(r.apply(QStringLiteral("Expand vpngw01, then VPNGW01.corp.example.")),
             QStringLiteral("Expand server-name, then name-1."));
    // Not inside longer words.
    QCOMPARE(r.apply(QStringLiteral("xvpngw01 vpngw01x")), QStringLiteral("xvpngw01 vpngw01x"));
}

void TestRedactor::reportLeaksNoAddress_data()
{
    QTest::addColumn<bool>("json");
    QTest::newRow("html") << false;
    QTest::newRow("json") << true;
}

void TestRedactor::reportLeaksNoAddress()
{
    QFETCH(bool, json);
    ReportInput in = blockedInput(ServerProduct::TmgMbe);
    in.after = shared(completedAtServer());
    in.redact = true;
    in.redactNames = {QStringLiteral("vpn.corp.example")};
    in.notes = QStringLiteral("Client %1 behind vpn.corp.example, server %2, also 2001:db8::5.")
                   .arg(QLatin1String(kClient), QLatin1String(kServer));
    in.caseTitle = QStringLiteral("VPNGW01 rejects %1").arg(QLatin1String(kClient));
    const QString text = json ? QString::fromUtf8(QJsonDocument(reportJson(in)).toJson()) : reportHtml(in);

    for (const char* secret : {kClient, kServer, "2001:db8::5", "VPNGW01", "vpn.corp.example", "/home/alice"})
        QVERIFY2(!text.contains(QLatin1String(secret), Qt::CaseInsensitive), secret);
    // Catch-all: no dotted quad at all survives (the chart's base64 has no dots).
    QVERIFY(!text.contains(
        QRegularExpression(QStringLiteral("\\b\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\b"))));
    QVERIFY(text.contains(QStringLiteral("client-1")));
    QVERIFY(text.contains(QStringLiteral("server-1")));
    QVERIFY(text.contains(QStringLiteral("server-name")));
    QVERIFY(text.contains(QStringLiteral("before-fix.pcapng")));
}

void TestRedactor::sameAddressSameLabelAcrossReport()
{
    ReportInput in = blockedInput();
    in.after = shared(completedAtServer());
    in.redact = true;
    const QJsonObject o = reportJson(in);
    const QJsonObject session = o[QStringLiteral("sessions")].toArray().first().toObject();
    QCOMPARE(session[QStringLiteral("initiator")].toString(), QStringLiteral("client-1"));
    QCOMPARE(session[QStringLiteral("responder")].toString(), QStringLiteral("server-1"));
    const QJsonObject after = o[QStringLiteral("report")][QStringLiteral("after")][QStringLiteral("sessions")]
                                  .toArray()
                                  .first()
                                  .toObject();
    QCOMPARE(after[QStringLiteral("initiator")].toString(), QStringLiteral("client-1"));
    QCOMPARE(after[QStringLiteral("responder")].toString(), QStringLiteral("server-1"));
    // Inside the engine's evidence sentences too.
    const QString evidence =
        QJsonDocument(o[QStringLiteral("verdict")][QStringLiteral("evidence")].toArray()).toJson();
    QVERIFY(evidence.contains(QStringLiteral("client-1 (initiator) and server-1 (responder)")));
    QCOMPARE(o[QStringLiteral("report")][QStringLiteral("case")][QStringLiteral("notes")].toString(),
             QStringLiteral("Client client-1 cannot connect."));
    // Two runs give the same labels.
    QCOMPARE(reportJson(in), o);
}

QTEST_MAIN(TestRedactor)
#include "TestRedactor.moc"
