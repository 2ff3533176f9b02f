// SPDX-License-Identifier: GPL-3.0-or-later
// The capture page's "how to capture on the server" guide: the recipe follows the product, the
// commands filter by address (never by port) and keep whole packets, Copy copies what is shown,
// and whatever is typed as the address goes into a command only when it is an address.
#include "DiagnosisSession.h"
#include "widgets/CaptureGuide.h"
#include "widgets/CapturePanel.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

class TestCaptureGuide : public QObject
{
    Q_OBJECT

private slots:
    void recipeFollowsTheProduct_data()
    {
        QTest::addColumn<int>("product");
        QTest::addColumn<int>("recipe");
        QTest::addColumn<QString>("tool");
        QTest::newRow("ISA 2004") << int(ServerProduct::Isa2004) << int(CaptureGuide::Recipe::NmcapServer2003)
                                  << "nmcap /network * /capture IPv4.Address==";
        QTest::newRow("ISA 2006 EE") << int(ServerProduct::Isa2006Enterprise)
                                     << int(CaptureGuide::Recipe::NmcapServer2003) << "nmcap";
        QTest::newRow("TMG MBE") << int(ServerProduct::TmgMbe) << int(CaptureGuide::Recipe::NmcapServer2008)
                                 << "nmcap";
        QTest::newRow("TMG 2010") << int(ServerProduct::Tmg2010)
                                  << int(CaptureGuide::Recipe::NetshTrace2008R2)
                                  << "netsh trace start capture=yes";
    }

    void recipeFollowsTheProduct()
    {
        QFETCH(int, product);
        QFETCH(int, recipe);
        QFETCH(QString, tool);
        CaptureGuide guide;
        guide.setProduct(ServerProduct(product));
        QCOMPARE(int(guide.recipe()), recipe);
        QVERIFY2(guide.commands().contains(tool), qPrintable(guide.commands()));
    }

    void everyRecipeIsFragmentSafe()
    {
        CaptureGuide guide;
        auto* recipes = guide.findChild<QComboBox*>(QStringLiteral("captureGuideRecipe"));
        QVERIFY(recipes);
        QCOMPARE(recipes->count(), 5);
        for (int i = 0; i < recipes->count(); ++i) {
            recipes->setCurrentIndex(i);
            const QString c = guide.commands();
            QVERIFY2(!c.isEmpty(), qPrintable(recipes->currentText()));
            // A port filter drops every non-first fragment; a size limit cuts what frag792 reads.
            QVERIFY2(!c.contains(QLatin1String("Port")) && !c.contains(QLatin1String(" -p ")) &&
                         !c.contains(QLatin1String("MaxFrameLength")) &&
                         !c.contains(QLatin1String("packettruncatebytes"), Qt::CaseInsensitive),
                     qPrintable(c));
            if (c.contains(QLatin1String("pktmon start")))
                QVERIFY(c.contains(QLatin1String("--pkt-size 0")) && c.contains(QLatin1String("etl2pcap")));
            if (c.contains(QLatin1String("netsh trace start")))
                QVERIFY(c.contains(QLatin1String("etl2pcapng")) &&
                        !c.contains(QLatin1String("filemode=single")));
        }
        const QString rules = guide.findChild<QLabel*>(QStringLiteral("captureGuideRules"))->text();
        QVERIFY(rules.contains(QLatin1String("128 bytes")));
    }

    void addressGoesIntoTheCommandsOnlyWhenValid()
    {
        CaptureGuide guide;
        guide.setProduct(ServerProduct::Isa2004);
        auto* address = guide.findChild<QLineEdit*>(QStringLiteral("captureGuideAddress"));
        address->setText(QStringLiteral("192.0.2.77"));
        QVERIFY(guide.commands().contains(QLatin1String("IPv4.Address==192.0.2.77")));
        address->setText(QStringLiteral("192.0.2.77 & del C:\\*"));
        QVERIFY(!guide.commands().contains(QLatin1String("del")));
        address->setText(QStringLiteral("2001:db8::5"));
        QVERIFY(guide.commands().contains(QLatin1String("IPv6.Address==2001:db8::5")));
    }

    void copyPutsTheCommandsOnTheClipboard()
    {
        CaptureGuide guide;
        guide.setProduct(ServerProduct::Tmg2010);
        QTest::mouseClick(guide.findChild<QPushButton*>(QStringLiteral("captureGuideCopy")), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text().trimmed(), guide.commands().trimmed());
    }

    void etlFileGetsConversionAdvice()
    {
        QTemporaryDir dir;
        const QString etl = dir.filePath(QStringLiteral("trace.ETL"));
        DiagnosisSession session;
        CapturePanel panel(&session, DiagnosisSession::Run::Before);
        panel.analyzeFile(etl);
        QVERIFY(!panel.isRunning());
        const QString status = panel.findChild<QLabel*>(QStringLiteral("captureStatus"))->text();
        QVERIFY2(status.contains(QLatin1String("pktmon etl2pcap")) &&
                     status.contains(QLatin1String("etl2pcapng")),
                 qPrintable(status));
    }
};

QTEST_MAIN(TestCaptureGuide)
#include "TestCaptureGuide.moc"
