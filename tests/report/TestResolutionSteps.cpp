// SPDX-License-Identifier: GPL-3.0-or-later
// The KB 838438 steps per product: exact console labels, the server name, the order.
#include "ResolutionSteps.h"

#include <QTest>

class TestResolutionSteps : public QObject
{
    Q_OBJECT

private slots:
    void productKeys();
    void stepsPerProduct_data();
    void stepsPerProduct();
    void placeholderWithoutServerName();
    void unspecifiedGivesEveryProduct();
    void htmlStepsEscapeTheServerName();
};

void TestResolutionSteps::productKeys()
{
    for (ServerProduct p : allServerProducts()) {
        QCOMPARE(serverProductFromKey(serverProductKey(p)), p);
        QVERIFY(!serverProductEnglishName(p).isEmpty());
    }
    QCOMPARE(serverProductFromKey(QStringLiteral("TMG-MBE")), ServerProduct::TmgMbe);
    QCOMPARE(serverProductFromKey(QStringLiteral(" isa2006-enterprise ")), ServerProduct::Isa2006Enterprise);
    QCOMPARE(serverProductFromKey(QStringLiteral("isa2008")), ServerProduct::Unspecified);
    QCOMPARE(serverProductKey(ServerProduct::Unspecified), QString());
}

void TestResolutionSteps::stepsPerProduct_data()
{
    QTest::addColumn<int>("product");
    QTest::addColumn<QStringList>("ordered"); // must appear in this order across the steps
    QTest::newRow("isa2004") << int(ServerProduct::Isa2004) << QStringList{"ISA Server Management",
                                                                           "Expand SRV1.",
                                                                           "Configuration",
                                                                           "General",
                                                                           "Additional Security Policy",
                                                                           "Define IP Preferences",
                                                                           "IP Fragments",
                                                                           "Block IP fragments",
                                                                           "Apply"};
    QTest::newRow("isa2006") << int(ServerProduct::Isa2006Standard)
                             << QStringList{"ISA Server Management",   "Expand SRV1.",
                                            "Configuration",           "General",
                                            "Configure IP Protection", "IP Fragments",
                                            "Block IP fragments",      "Apply"};
    QTest::newRow("isa2006-enterprise")
        << int(ServerProduct::Isa2006Enterprise)
        << QStringList{"ISA Server Management",   "Expand Arrays, and then expand ARRAY1.",
                       "Configuration",           "General",
                       "Configure IP Protection", "IP Fragments",
                       "Block IP fragments",      "Apply"};
    QTest::newRow("tmg-mbe")
        << int(ServerProduct::TmgMbe)
        << QStringList{
               "Medium Business Edition Management", "Expand SRV1.", "Firewall Policy",    "task pane",
               "Configure IP Preferences",           "IP Fragments", "Block IP fragments", "Apply"};
    QTest::newRow("tmg2010") << int(ServerProduct::Tmg2010)
                             << QStringList{"Forefront TMG Management",
                                            "Expand SRV1.",
                                            "Intrusion Prevention System",
                                            "Behavioral Intrusion Detection",
                                            "Configure IP Options Filtering",
                                            "IP Fragments",
                                            "Block IP fragments",
                                            "Apply"};
}

void TestResolutionSteps::stepsPerProduct()
{
    QFETCH(int, product);
    QFETCH(QStringList, ordered);
    const ServerProduct p = ServerProduct(product);
    const QStringList steps = resolutionSteps(p, QStringLiteral("SRV1"), QStringLiteral("ARRAY1"));
    const QString all = steps.join(QLatin1Char('\n'));
    qsizetype at = 0;
    for (const QString& text : ordered) {
        const qsizetype found = all.indexOf(text, at);
        QVERIFY2(found >= 0, qPrintable(QStringLiteral("\"%1\" missing or out of order").arg(text)));
        at = found + text.size();
    }
    // The last step sends the user back to the client: old sessions keep the old policy.
    QVERIFY(steps.last().contains(QStringLiteral("connect again")));
    const QString path = consolePath(p, QStringLiteral("SRV1"), QStringLiteral("ARRAY1"));
    // Enterprise Edition keeps the setting on the array, not on one server.
    const QString node = p == ServerProduct::Isa2006Enterprise ? QStringLiteral(" > Arrays > ARRAY1 > ")
                                                               : QStringLiteral(" > SRV1 > ");
    QVERIFY2(path.contains(node), qPrintable(path));
    QVERIFY(path.endsWith(QStringLiteral("> IP Fragments")));
    QVERIFY2(p == ServerProduct::Isa2006Enterprise || !all.contains(QLatin1String("ARRAY1")),
             qPrintable(all));
}

void TestResolutionSteps::placeholderWithoutServerName()
{
    const QStringList steps = resolutionSteps(ServerProduct::Isa2004, QString());
    QVERIFY(steps.join(QLatin1Char(' '))
                .contains(QStringLiteral("Expand ServerName, where ServerName is the name of the computer")));
    const QStringList enterprise = resolutionSteps(ServerProduct::Isa2006Enterprise, QString());
    QVERIFY(enterprise.join(QLatin1Char(' '))
                .contains(QStringLiteral("Expand Arrays, and then expand ArrayName, where ArrayName is")));
    QVERIFY(consolePath(ServerProduct::Isa2006Enterprise, QString())
                .contains(QStringLiteral("Arrays > ArrayName")));
}

void TestResolutionSteps::unspecifiedGivesEveryProduct()
{
    const QStringList steps = resolutionSteps(ServerProduct::Unspecified, QStringLiteral("SRV1"));
    int total = 0;
    for (ServerProduct p : allServerProducts()) {
        const qsizetype own = resolutionSteps(p, QStringLiteral("SRV1")).size();
        total += int(own);
        qsizetype prefixed = 0;
        for (const QString& s : steps)
            prefixed += s.startsWith(serverProductEnglishName(p) + QLatin1Char(':')) ? 1 : 0;
        QCOMPARE(prefixed, own);
    }
    QCOMPARE(steps.size(), qsizetype(total));
}

void TestResolutionSteps::htmlStepsEscapeTheServerName()
{
    const QStringList steps = resolutionStepsHtml(ServerProduct::TmgMbe, QStringLiteral("<srv&1>"));
    const QString all = steps.join(QLatin1Char('\n'));
    QVERIFY(all.contains(QStringLiteral("<b>&lt;srv&amp;1&gt;</b>")));
    QVERIFY(all.contains(QStringLiteral("<b>Configure IP Preferences</b>")));
    QVERIFY(!all.contains(QStringLiteral("<srv")));
}

QTEST_MAIN(TestResolutionSteps)
#include "TestResolutionSteps.moc"
