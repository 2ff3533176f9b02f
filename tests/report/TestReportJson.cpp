// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON report: the engine's contract plus the case, the steps and the verification.
#include "AnalysisJson.h"
#include "ReportFixtures.h"
#include "ReportJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ReportFixtures;

class TestReportJson : public QObject
{
    Q_OBJECT

private slots:
    void engineFieldsAndReport();
    void afterResult();
    void unspecifiedProduct();
    void vantageConflict();

private:
    static QJsonObject roundTrip(const QJsonObject& o);
};

QJsonObject TestReportJson::roundTrip(const QJsonObject& o)
{
    QJsonParseError error;
    const QJsonDocument doc =
        QJsonDocument::fromJson(QJsonDocument(o).toJson(QJsonDocument::Indented), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("report JSON does not parse: %s", qPrintable(error.errorString()));
    return doc.object();
}

void TestReportJson::engineFieldsAndReport()
{
    const ReportInput in = blockedInput(ServerProduct::TmgMbe);
    const QJsonObject o = roundTrip(reportJson(in));
    const QJsonObject engine = analysisToJson(*in.before);
    // Every engine field is there with the same value (redaction is off).
    for (auto it = engine.constBegin(); it != engine.constEnd(); ++it) {
        if (it.key() == QLatin1String("frag792_version"))
            continue; // filled in by the report when the application has not set one
        QVERIFY2(o.contains(it.key()), qPrintable(it.key()));
        QCOMPARE(o.value(it.key()), it.value());
    }
    QCOMPARE(o[QStringLiteral("verdict")][QStringLiteral("code")].toString(),
             QStringLiteral("fragments-dropped-at-server"));
    QVERIFY(!o[QStringLiteral("frag792_version")].toString().isEmpty());

    const QJsonObject r = o[QStringLiteral("report")].toObject();
    QCOMPARE(r[QStringLiteral("product")].toString(), QStringLiteral("tmg-mbe"));
    QCOMPARE(r[QStringLiteral("server_name")].toString(), QStringLiteral("VPNGW01"));
    QCOMPARE(r[QStringLiteral("case")][QStringLiteral("title")].toString(), in.caseTitle);
    QCOMPARE(r[QStringLiteral("case")][QStringLiteral("technician")].toString(), in.technician);
    QCOMPARE(r[QStringLiteral("environment")][QStringLiteral("error_code")].toString(),
             QStringLiteral("792"));
    QCOMPARE(r[QStringLiteral("environment")][QStringLiteral("vpn_protocol")].toString(),
             QStringLiteral("L2TP/IPsec"));
    QCOMPARE(r[QStringLiteral("environment")][QStringLiteral("authentication")].toString(),
             QStringLiteral("certificates"));
    QCOMPARE(r[QStringLiteral("generated")].toString(), QStringLiteral("2026-01-02T03:04:05Z"));
    QVERIFY(r[QStringLiteral("after")].isNull());
    QVERIFY(r[QStringLiteral("verification")].isNull());
    QCOMPARE(r[QStringLiteral("redacted")].toBool(), false);

    const QJsonArray steps = r[QStringLiteral("resolution_steps")].toArray();
    QCOMPARE(steps.size(),
             qsizetype(resolutionSteps(ServerProduct::TmgMbe, QStringLiteral("VPNGW01")).size()));
    const QString joined =
        steps.toVariantList().first().toString() + QLatin1Char('\n') + QJsonDocument(steps).toJson();
    QVERIFY(joined.contains(QStringLiteral("Configure IP Preferences")));
    QVERIFY(joined.contains(QStringLiteral("Block IP fragments")));
    QVERIFY(joined.contains(QStringLiteral("Expand VPNGW01.")));
    // JSON stays plain text: no HTML markup from the localized steps.
    QVERIFY(!joined.contains(QStringLiteral("<b>")));
    QCOMPARE(r[QStringLiteral("resolution_paths")].toArray().size(), qsizetype(1));
}

void TestReportJson::afterResult()
{
    ReportInput in = blockedInput(ServerProduct::Isa2006Standard);
    in.after = shared(completedAtServer());
    QJsonObject r = roundTrip(reportJson(in))[QStringLiteral("report")].toObject();
    const QJsonObject after = r[QStringLiteral("after")].toObject();
    QCOMPARE(after[QStringLiteral("verdict")][QStringLiteral("code")].toString(),
             QStringLiteral("negotiation-completed"));
    QCOMPARE(after[QStringLiteral("sessions")].toArray().size(), qsizetype(in.after->sessions.size()));
    QCOMPARE(r[QStringLiteral("verification")][QStringLiteral("case_closed")].toBool(), true);
    QCOMPARE(r[QStringLiteral("verification")][QStringLiteral("verdict")].toString(),
             QStringLiteral("negotiation-completed"));

    in.after = shared(blockedAtServer());
    r = roundTrip(reportJson(in))[QStringLiteral("report")].toObject();
    QCOMPARE(r[QStringLiteral("verification")][QStringLiteral("case_closed")].toBool(), false);
    QVERIFY(r[QStringLiteral("verification")][QStringLiteral("advice")].toString().contains(
        QStringLiteral("still drops")));
}

void TestReportJson::unspecifiedProduct()
{
    const QJsonObject r =
        roundTrip(reportJson(blockedInput(ServerProduct::Unspecified)))[QStringLiteral("report")].toObject();
    QVERIFY(r[QStringLiteral("product")].isNull());
    const QJsonArray paths = r[QStringLiteral("resolution_paths")].toArray();
    QCOMPARE(paths.size(), qsizetype(5));
    QStringList keys;
    for (const QJsonValue& p : paths)
        keys << p[QStringLiteral("product")].toString();
    QCOMPARE(keys, (QStringList{"isa2004", "isa2006", "isa2006-enterprise", "tmg-mbe", "tmg2010"}));
    const QString steps =
        QString::fromUtf8(QJsonDocument(r[QStringLiteral("resolution_steps")].toArray()).toJson());
    for (ServerProduct p : allServerProducts())
        QVERIFY2(steps.contains(serverProductEnglishName(p) + QLatin1Char(':')),
                 qPrintable(serverProductEnglishName(p)));
}

void TestReportJson::vantageConflict()
{
    ReportInput in = blockedInput();
    QCOMPARE(roundTrip(reportJson(in))[QStringLiteral("vantage")][QStringLiteral("conflict")].type(),
             QJsonValue::Null);
    in.before = shared(blockedAtClientStatedAsServer());
    in.redact = true;
    const QJsonObject o = roundTrip(reportJson(in));
    const QString conflict = o[QStringLiteral("vantage")][QStringLiteral("conflict")].toString();
    QVERIFY2(
        conflict.startsWith(QStringLiteral("The verdict assumes the capture was taken at the server (the "
                                           "responder server-1 is the address given with --server)")),
        qPrintable(conflict));
    QVERIFY(conflict.endsWith(QStringLiteral("If the TTLs are right, the verdict is fragments-unanswered.")));
    QCOMPARE(
        o[QStringLiteral("sessions")][0][QStringLiteral("vantage")][QStringLiteral("conflict")].toString(),
        conflict);
}

QTEST_MAIN(TestReportJson)
#include "TestReportJson.moc"
