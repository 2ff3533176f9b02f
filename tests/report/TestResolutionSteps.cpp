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
    for (Product p : allProducts())
        QCOMPARE(productFromKey(productKey(p)), p);
    QCOMPARE(productFromKey(QStringLiteral("TMG-MBE")), Product::TmgMbe);
    QCOMPARE(productFromKey(QStringLiteral("isa2008")), Product::Unspecified);
    QCOMPARE(productKey(Product::Unspecified), QString());
}

void TestResolutionSteps::stepsPerProduct_data()
{
    QTest::addColumn<int>("product");
    QTest::addColumn<QStringList>("ordered"); // must appear in this order across the steps
    QTest::newRow("isa2004") << int(Product::Isa2004) << QStringList{"ISA Server Management",
                                                                     "Expand SRV1.",
                                                                     "Configuration",
                                                                     "General",
                                                                     "Additional Security Policy",
                                                                     "Define IP Preferences",
                                                                     "IP Fragments",
                                                                     "Block IP fragments",
                                                                     "Apply"};
    QTest::newRow("isa2006") << int(Product::Isa2006) << QStringList{"ISA Server Management",
                                                                     "Expand SRV1.",
                                                                     "Arrays",
                                                                     "General",
                                                                     "Configure IP Protection",
                                                                     "IP Fragments",
                                                                     "Block IP fragments",
                                                                     "Apply"};
    QTest::newRow("tmg-mbe") << int(Product::TmgMbe) << QStringList{"Medium Business Edition Management",
                                                                    "Expand SRV1.",
                                                                    "Firewall Policy",
                                                                    "task pane",
                                                                    "Configure IP Preferences",
                                                                    "IP Fragments",
                                                                    "Block IP fragments",
                                                                    "Apply"};
    QTest::newRow("tmg2010") << int(Product::Tmg2010)
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
    const QStringList steps = resolutionSteps(Product(product), QStringLiteral("SRV1"));
    const QString all = steps.join(QLatin1Char('\n'));
    qsizetype at = 0;
    for (const QString& text : ordered) {
        const qsizetype found = all.indexOf(text, at);
        QVERIFY2(found >= 0, qPrintable(QStringLiteral("\"%1\" missing or out of order").arg(text)));
        at = found + text.size();
    }
    // The last step sends the user back to the client: old sessions keep the old policy.
    QVERIFY(steps.last().contains(QStringLiteral("connect again")));
    QVERIFY(consolePath(Product(product), QStringLiteral("SRV1")).contains(QStringLiteral(" > SRV1 > ")));
    QVERIFY(consolePath(Product(product), QStringLiteral("SRV1")).endsWith(QStringLiteral("> IP Fragments")));
}

void TestResolutionSteps::placeholderWithoutServerName()
{
    const QStringList steps = resolutionSteps(Product::Isa2004, QString());
    QVERIFY(steps.join(QLatin1Char(' '))
                .contains(QStringLiteral("Expand ServerName, where ServerName is the name of the computer")));
}

void TestResolutionSteps::unspecifiedGivesEveryProduct()
{
    const QStringList steps = resolutionSteps(Product::Unspecified, QStringLiteral("SRV1"));
    int total = 0;
    for (Product p : allProducts()) {
        const qsizetype own = resolutionSteps(p, QStringLiteral("SRV1")).size();
        total += int(own);
        qsizetype prefixed = 0;
        for (const QString& s : steps)
            prefixed += s.startsWith(productName(p) + QLatin1Char(':')) ? 1 : 0;
        QCOMPARE(prefixed, own);
    }
    QCOMPARE(steps.size(), qsizetype(total));
}

void TestResolutionSteps::htmlStepsEscapeTheServerName()
{
    const QStringList steps = resolutionStepsHtml(Product::TmgMbe, QStringLiteral("<srv&1>"));
    const QString all = steps.join(QLatin1Char('\n'));
    QVERIFY(all.contains(QStringLiteral("<b>&lt;srv&amp;1&gt;</b>")));
    QVERIFY(all.contains(QStringLiteral("<b>Configure IP Preferences</b>")));
    QVERIFY(!all.contains(QStringLiteral("<srv")));
}

QTEST_MAIN(TestResolutionSteps)
#include "TestResolutionSteps.moc"
