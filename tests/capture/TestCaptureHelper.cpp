// SPDX-License-Identifier: GPL-3.0-or-later
// The privileged helper's argument checks, with hostile arguments: what reaches libpcap with
// CAP_NET_RAW is exactly one valid interface name and one printable filter, or nothing.
#include "CaptureHelper.h"
#include "CaptureHelperProtocol.h"

#include <QTest>

#include <string>
#include <vector>

class TestCaptureHelper : public QObject
{
    Q_OBJECT

private slots:
    void acceptsTheDocumentedArguments();
    void refusesHostileArguments_data();
    void refusesHostileArguments();
    void interfaceNames_data();
    void interfaceNames();
    void filterText();
    void statusLinesAreOneLine();
    void errorWordsRoundTrip();

private:
    /** parseArguments over @p args (argv[0] added); @p error receives the refusal. */
    static bool parse(const std::vector<std::string>& args, CaptureHelper::Options& options,
                      std::string& error);
};

bool TestCaptureHelper::parse(const std::vector<std::string>& args, CaptureHelper::Options& options,
                              std::string& error)
{
    std::vector<std::string> storage{"frag792-capture-helper"};
    storage.insert(storage.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    return CaptureHelper::parseArguments(int(storage.size()), argv.data(), options, error);
}

void TestCaptureHelper::acceptsTheDocumentedArguments()
{
    CaptureHelper::Options o;
    std::string error;
    QVERIFY(parse({"--interface", "eth0", "--filter", "udp port 500"}, o, error));
    QCOMPARE(o.interfaceName, std::string("eth0"));
    QCOMPARE(o.filter, std::string("udp port 500"));
    QVERIFY(!o.promiscuous);

    CaptureHelper::Options p;
    QVERIFY(parse({"--promiscuous", "--filter", "", "--interface", "any"}, p, error));
    QCOMPARE(p.interfaceName, std::string("any"));
    QVERIFY(p.filter.empty());
    QVERIFY(p.promiscuous);
}

void TestCaptureHelper::refusesHostileArguments_data()
{
    QTest::addColumn<QStringList>("args");
    const QString f = QStringLiteral("--filter");
    const QString i = QStringLiteral("--interface");
    QTest::newRow("nothing") << QStringList{};
    QTest::newRow("interface only") << QStringList{i, "eth0"};
    QTest::newRow("filter only") << QStringList{f, "udp"};
    QTest::newRow("interface without value") << QStringList{f, "udp", i};
    QTest::newRow("filter without value") << QStringList{i, "eth0", f};
    QTest::newRow("repeated interface") << QStringList{i, "eth0", f, "udp", i, "lo"};
    QTest::newRow("repeated filter") << QStringList{i, "eth0", f, "udp", f, "tcp"};
    QTest::newRow("repeated promiscuous")
        << QStringList{i, "eth0", f, "udp", "--promiscuous", "--promiscuous"};
    QTest::newRow("unknown option") << QStringList{i, "eth0", f, "udp", "--write", "/etc/passwd"};
    QTest::newRow("equals form") << QStringList{"--interface=eth0", f, "udp"};
    QTest::newRow("single dash") << QStringList{"-i", "eth0", f, "udp"};
    QTest::newRow("stray word") << QStringList{i, "eth0", f, "udp", "extra"};
    QTest::newRow("empty argument") << QStringList{i, "eth0", f, "udp", ""};
    QTest::newRow("flag as interface") << QStringList{i, "--promiscuous", f, "udp"};
    QTest::newRow("empty interface") << QStringList{i, "", f, "udp"};
    QTest::newRow("interface with newline") << QStringList{i, "eth0\nok 1 2", f, "udp"};
    QTest::newRow("interface with space") << QStringList{i, "eth 0", f, "udp"};
    QTest::newRow("interface with slash") << QStringList{i, "../../dev/sda", f, "udp"};
    QTest::newRow("interface non-ASCII") << QStringList{i, QStringLiteral("ethé"), f, "udp"};
    QTest::newRow("interface too long") << QStringList{i, QString(16, QLatin1Char('a')), f, "udp"};
    QTest::newRow("interface overlong") << QStringList{i, QString(100000, QLatin1Char('a')), f, "udp"};
    QTest::newRow("filter with newline") << QStringList{i, "eth0", f, "udp\nerror perm x"};
    QTest::newRow("filter with tab") << QStringList{i, "eth0", f, "udp\tport 500"};
    QTest::newRow("filter with DEL") << QStringList{i, "eth0", f, QStringLiteral("udp\x7f")};
    QTest::newRow("filter non-ASCII") << QStringList{i, "eth0", f, QStringLiteral("udp port 500 ü")};
    QTest::newRow("filter overlong") << QStringList{
        i, "eth0", f, QString(int(CaptureHelper::kMaxFilterLength) + 1, QLatin1Char('u'))};
}

void TestCaptureHelper::refusesHostileArguments()
{
    QFETCH(QStringList, args);
    std::vector<std::string> argv;
    for (const QString& a : args)
        argv.push_back(a.toStdString());
    CaptureHelper::Options o;
    std::string error;
    QVERIFY(!parse(argv, o, error));
    QVERIFY(!error.empty());
    // The refusal is written as one status line: it must not carry a line of its own.
    QVERIFY(error.find('\n') == std::string::npos);
}

void TestCaptureHelper::interfaceNames_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("eth0") << QByteArray("eth0") << true;
    QTest::newRow("vlan") << QByteArray("eth0.100") << true;
    QTest::newRow("dash and underscore") << QByteArray("veth_cap-1") << true;
    QTest::newRow("15 characters") << QByteArray(15, 'x') << true;
    QTest::newRow("16 characters") << QByteArray(16, 'x') << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("dot") << QByteArray(".") << false;
    QTest::newRow("dot dot") << QByteArray("..") << false;
    QTest::newRow("leading dash") << QByteArray("-eth0") << false;
    QTest::newRow("colon alias") << QByteArray("eth0:1") << false;
    QTest::newRow("slash") << QByteArray("a/b") << false;
    QTest::newRow("embedded NUL") << QByteArray("eth0\0x", 6) << false;
    QTest::newRow("newline") << QByteArray("eth0\n") << false;
    QTest::newRow("UTF-8") << QByteArray("eth\xc3\xa9") << false;
    QTest::newRow("high byte") << QByteArray("eth\xff") << false;
}

void TestCaptureHelper::interfaceNames()
{
    QFETCH(QByteArray, name);
    QFETCH(bool, valid);
    QCOMPARE(CaptureHelper::validInterfaceName(name.toStdString()), valid);
}

void TestCaptureHelper::filterText()
{
    QVERIFY(CaptureHelper::validFilterText(""));
    QVERIFY(CaptureHelper::validFilterText("udp port 500 or (ip[6:2] & 0x3fff != 0)"));
    QVERIFY(CaptureHelper::validFilterText(std::string(CaptureHelper::kMaxFilterLength, 'u')));
    QVERIFY(!CaptureHelper::validFilterText(std::string(CaptureHelper::kMaxFilterLength + 1, 'u')));
    QVERIFY(!CaptureHelper::validFilterText(std::string("udp\0port", 8)));
    QVERIFY(!CaptureHelper::validFilterText("udp\r"));
    QVERIFY(!CaptureHelper::validFilterText("udp \x1b[2J"));
    QVERIFY(!CaptureHelper::validFilterText("udp \x80"));
}

void TestCaptureHelper::statusLinesAreOneLine()
{
    namespace P = CaptureHelperProtocol;
    QCOMPARE(P::readyLine(1, 262144), std::string("ok 1 262144"));
    QCOMPARE(P::statisticsLine(18446744073709551615ULL, 0), std::string("stats 18446744073709551615 0"));
    const char raw[] = "bad \"x\nok 1 2\r\nstats 1 2\0tail";
    const std::string line = P::errorLine(P::ErrorWord::BadFilter, std::string(raw, sizeof raw - 1));
    QCOMPARE(line, std::string("error badfilter bad \"x ok 1 2  stats 1 2 tail"));
}

void TestCaptureHelper::errorWordsRoundTrip()
{
    namespace P = CaptureHelperProtocol;
    for (P::ErrorWord w :
         {P::ErrorWord::Usage, P::ErrorWord::NoSuchInterface, P::ErrorWord::PermissionDenied,
          P::ErrorWord::BadFilter, P::ErrorWord::InterfaceDown, P::ErrorWord::Output, P::ErrorWord::Other})
        QCOMPARE(int(P::errorWordFromText(P::errorWordText(w))), int(w));
    QCOMPARE(int(P::errorWordFromText("PERM")), int(P::ErrorWord::Other));
    QCOMPARE(int(P::errorWordFromText("")), int(P::ErrorWord::Other));
    QCOMPARE(int(P::errorWordFromText(std::string_view("perm\0", 5))), int(P::ErrorWord::Other));
}

QTEST_GUILESS_MAIN(TestCaptureHelper)
#include "TestCaptureHelper.moc"
