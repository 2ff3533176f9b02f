// SPDX-License-Identifier: GPL-3.0-or-later
// The command line's vantage options (--server, --vantage) against what the packets say.
#include "CliRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace CliRun;
using namespace PacketBuilder;

class TestCliVantage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void serverOptionSetsVantage();
    void statementAgainstPackets();
    void correctStatementsRaiseNoConflict_data();
    void correctStatementsRaiseNoConflict();

private:
    QTemporaryDir m_dir;
};

void TestCliVantage::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(FRAG792_BINARY_DIR "/app/frag792")));
}

void TestCliVantage::serverOptionSetsVantage()
{
    // A capture whose TTLs look like the client's side: both peers' TTLs say "client".
    MainModeScenario s;
    s.clientTtl = 128;
    s.serverTtl = 60;
    s.mm6Sent = false;
    s.mm6Delivered = false;
    const QString path = m_dir.filePath(QStringLiteral("client-like.pcapng"));
    QVERIFY(writeScenario(path, s));
    auto verdictOf = [&](const QStringList& extra) {
        const Run r = frag792(
            QStringList{QStringLiteral("analyze"), path, QStringLiteral("--format"), QStringLiteral("json")} +
            extra);
        const QJsonObject j = QJsonDocument::fromJson(r.out).object();
        return QStringList{
            j.value(QStringLiteral("vantage")).toObject().value(QStringLiteral("point")).toString(),
            j.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("code")).toString()};
    };
    QCOMPARE(verdictOf({}), (QStringList{"client", "fragments-unanswered"}));
    // --server names the VPN server: the capture is then taken as the server's own.
    QCOMPARE(verdictOf({QStringLiteral("--server"), QStringLiteral("198.51.100.1")}),
             (QStringList{"server", "fragments-dropped-at-server"}));
    // --vantage states it outright and wins over --server.
    QCOMPARE(verdictOf({QStringLiteral("--server"), QStringLiteral("198.51.100.1"),
                        QStringLiteral("--vantage"), QStringLiteral("path")}),
             (QStringList{"path", "fragments-unanswered"}));
}

void TestCliVantage::statementAgainstPackets()
{
    // Taken at the client (the client's TTL is initial, the server's decremented), yet stated
    // as the server's: the statement decides, and the output says why it may be wrong.
    const QString sample =
        QStringLiteral(FRAG792_SOURCE_DIR "/resources/samples/lab-server-blocks-client.pcapng");
    const auto analyze = [&](const QStringList& extra) {
        const Run r = frag792(QStringList{QStringLiteral("analyze"), sample, QStringLiteral("--format"),
                                          QStringLiteral("json")} +
                              extra);
        return QJsonDocument::fromJson(r.out).object();
    };
    const QString ttls = QStringLiteral(
        "but the TTLs say it was taken at the client (initiator TTL 64, responder TTL 63: the initiator's "
        "packets had not crossed a router yet). If the TTLs are right, the verdict is fragments-unanswered.");

    const QJsonObject unstated = analyze({});
    QCOMPARE(unstated[QStringLiteral("verdict")][QStringLiteral("code")].toString(),
             QStringLiteral("fragments-unanswered"));
    QVERIFY(unstated[QStringLiteral("vantage")][QStringLiteral("conflict")].isNull());

    const QJsonObject server = analyze({QStringLiteral("--server"), QStringLiteral("198.51.100.2")});
    QCOMPARE(server[QStringLiteral("verdict")][QStringLiteral("code")].toString(),
             QStringLiteral("fragments-dropped-at-server"));
    const QString expected = QStringLiteral("The verdict assumes the capture was taken at the server (the "
                                            "responder 198.51.100.2 is the address given with --server), ") +
                             ttls;
    QCOMPARE(server[QStringLiteral("vantage")][QStringLiteral("conflict")].toString(), expected);
    QCOMPARE(server[QStringLiteral("sessions")][0][QStringLiteral("vantage")][QStringLiteral("conflict")]
                 .toString(),
             expected);

    const QJsonObject stated = analyze({QStringLiteral("--vantage"), QStringLiteral("server")});
    QCOMPARE(stated[QStringLiteral("verdict")][QStringLiteral("code")].toString(),
             QStringLiteral("fragments-dropped-at-server"));
    QCOMPARE(
        stated[QStringLiteral("vantage")][QStringLiteral("conflict")].toString(),
        QStringLiteral("The verdict assumes the capture was taken at the server (as the user stated), ") +
            ttls);

    // The text output says it too, after the evidence.
    const Run text =
        frag792({QStringLiteral("analyze"), sample, QStringLiteral("--vantage"), QStringLiteral("server")});
    QCOMPARE(text.exitCode, 0);
    const QString out = QString::fromUtf8(text.out);
    QVERIFY2(out.contains(
                 QStringLiteral("\nCapture point in doubt:\n  The verdict assumes the capture was taken at "
                                "the server (as the user stated), but the TTLs say")),
             qPrintable(out));

    // Evidence as data beside the sentences: the same findings, by code, with typed arguments.
    const QJsonArray evidence = server[QStringLiteral("verdict")][QStringLiteral("evidence")].toArray();
    const QJsonArray codes = server[QStringLiteral("verdict")][QStringLiteral("evidence_codes")].toArray();
    QCOMPARE(codes.size(), evidence.size());
    bool retransmitted = false;
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const QJsonObject c = codes[i].toObject();
        if (c[QStringLiteral("code")].toString() != QLatin1String("message-retransmitted"))
            continue;
        retransmitted = true;
        QCOMPARE(c[QStringLiteral("count")].toInt(), 4);
        const QJsonArray args = c[QStringLiteral("args")].toArray();
        QCOMPARE(args.size(), 2);
        QCOMPARE(args[0].toString(), QStringLiteral("MM5"));
        QCOMPARE(args[1].toDouble(), 16.252475); // seconds from the first MM5 to its last copy
        QCOMPARE(evidence[i].toString(), QStringLiteral("MM5 was retransmitted 4 times over 16.3 s."));
    }
    QVERIFY(retransmitted);
}

void TestCliVantage::correctStatementsRaiseNoConflict_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QStringList>("statement");
    QTest::addColumn<QString>("verdict");
    const QStringList server{QStringLiteral("--server"), QStringLiteral("198.51.100.2")};
    const QStringList atServer{QStringLiteral("--vantage"), QStringLiteral("server")};
    const QStringList atClient{QStringLiteral("--vantage"), QStringLiteral("client")};
    QTest::newRow("blocked at server, --server")
        << "sample-blocked-at-server" << server << "fragments-dropped-at-server";
    QTest::newRow("blocked at server, --vantage")
        << "sample-blocked-at-server" << atServer << "fragments-dropped-at-server";
    QTest::newRow("fragments pass") << "sample-fragments-pass" << server << "negotiation-completed";
    QTest::newRow("router drops") << "lab-router-drops-server" << server << "fragments-lost-before-server";
    QTest::newRow("client drops") << "lab-client-drops-server" << atServer << "fragments-lost-after-server";
    QTest::newRow("NAT-T") << "lab-natt-server-blocks-server" << server << "fragments-dropped-at-server";
    QTest::newRow("IKEv2") << "lab-ikev2-nofrag-server-blocks-server" << server
                           << "fragments-dropped-at-server";
    QTest::newRow("IPv6") << "lab-ipv6-server-blocks-server"
                          << QStringList{QStringLiteral("--server"), QStringLiteral("2001:db8:2::2")}
                          << "fragments-dropped-at-server";
    QTest::newRow("PSK") << "lab-psk-server" << atServer << "negotiation-completed";
    QTest::newRow("client side, client stated")
        << "lab-server-blocks-client" << atClient << "fragments-unanswered";
    QTest::newRow("client firewall") << "lab-client-drops-client" << atClient
                                     << "fragments-dropped-at-client";
}

void TestCliVantage::correctStatementsRaiseNoConflict()
{
    QFETCH(QString, sample);
    QFETCH(QStringList, statement);
    QFETCH(QString, verdict);
    const Run r = frag792(QStringList{QStringLiteral("analyze"),
                                      QStringLiteral(FRAG792_SOURCE_DIR "/resources/samples/") + sample +
                                          QStringLiteral(".pcapng"),
                                      QStringLiteral("--format"), QStringLiteral("json")} +
                          statement);
    QCOMPARE(r.exitCode, 0);
    const QJsonObject j = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(j[QStringLiteral("verdict")][QStringLiteral("code")].toString(), verdict);
    QVERIFY(j[QStringLiteral("vantage")].toObject().contains(QStringLiteral("conflict")));
    QVERIFY2(j[QStringLiteral("vantage")][QStringLiteral("conflict")].isNull(),
             qPrintable(j[QStringLiteral("vantage")][QStringLiteral("conflict")].toString()));
    for (const QJsonValue& session : j[QStringLiteral("sessions")].toArray())
        QVERIFY(session[QStringLiteral("vantage")][QStringLiteral("conflict")].isNull());
}

QTEST_GUILESS_MAIN(TestCliVantage)
#include "TestCliVantage.moc"
