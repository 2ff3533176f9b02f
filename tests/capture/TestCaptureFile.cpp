// SPDX-License-Identifier: GPL-3.0-or-later
// openCaptureFile(): the one place a file reader is chosen, and libpcap's reader behind the
// PacketSource seam (per-packet link type, format name, offsets, filter, break).
#include "CaptureFile.h"
#include "PacketBuilder.h"
#include "PcapHandle.h"
#include "PcapngWriter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace PacketBuilder;

class TestCaptureFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pcapThroughTheSeam();
    void pcapngThroughTheSeam();
    void refusals_data();
    void refusals();
    void onlyAnUnknownFormatIsOfferedToAnotherReader();
    void filterAndBreak();

private:
    /** Every packet of @p source, dispatched in small batches as CaptureThread does. */
    static std::vector<PacketSource::Packet> readAll(PacketSource& source,
                                                     std::vector<qint64>* offsets = nullptr);

    QTemporaryDir m_dir;
    std::vector<TimedFrame> m_frames;
};

void TestCaptureFile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_frames = mainMode(MainModeScenario{});
}

std::vector<PacketSource::Packet> TestCaptureFile::readAll(PacketSource& source, std::vector<qint64>* offsets)
{
    std::vector<PacketSource::Packet> packets;
    std::vector<QByteArray> keep; // the data spans are valid only inside the callback
    const PacketSource::PacketCallback onPacket = [&](const PacketSource::Packet& p) {
        keep.emplace_back(reinterpret_cast<const char*>(p.data.data()), qsizetype(p.data.size()));
        packets.push_back(p);
    };
    for (;;) {
        const auto status = source.dispatch(3, onPacket);
        if (offsets)
            offsets->push_back(source.fileOffset());
        if (status != PacketSource::DispatchStatus::Ok)
            break;
    }
    return packets;
}

void TestCaptureFile::pcapThroughTheSeam()
{
    const QByteArray content = pcapFile(m_frames);
    OpenedCaptureFile opened = openCaptureFile(writeFile(m_dir.path(), QStringLiteral("a.pcap"), content));
    QVERIFY2(opened.source, qPrintable(opened.message));
    QCOMPARE(opened.error, CaptureError::None);
    PacketSource& source = *opened.source;
    QCOMPARE(source.formatName(), QStringLiteral("pcap"));
    QCOMPARE(source.linkType(), LinkType::Ethernet);
    QCOMPARE(source.snapLength(), std::uint32_t(65535));
    QCOMPARE(source.timestampZone(), PacketSource::TimestampZone::Utc);
    QVERIFY(source.refusedRecords().empty());
    std::vector<qint64> offsets;
    const auto packets = readAll(source, &offsets);
    QCOMPARE(packets.size(), m_frames.size());
    for (std::size_t i = 0; i < packets.size(); ++i) {
        QCOMPARE(packets[i].linkType, LinkType::Ethernet);
        QCOMPARE(packets[i].timestampUs, m_frames[i].timestampUs);
        QCOMPARE(packets[i].originalLength, std::uint32_t(m_frames[i].frame.size()));
    }
    // The offset moves through the file and ends at its size (the progress bar's source).
    QVERIFY(std::is_sorted(offsets.begin(), offsets.end()));
    QCOMPARE(offsets.back(), qint64(content.size()));
}

void TestCaptureFile::pcapngThroughTheSeam()
{
    const QString path = m_dir.filePath(QStringLiteral("b.pcapng"));
    PcapngWriter writer;
    QVERIFY(writer.open(path, LinkType::Ethernet, 262144, QStringLiteral("eth0")));
    for (const TimedFrame& f : m_frames)
        QVERIFY(writer.writePacket(f.timestampUs, bytes(f.frame), std::uint32_t(f.frame.size())));
    writer.close();
    OpenedCaptureFile opened = openCaptureFile(path);
    QVERIFY2(opened.source, qPrintable(opened.message));
    QCOMPARE(opened.source->formatName(), QStringLiteral("pcapng"));
    const auto packets = readAll(*opened.source);
    QCOMPARE(packets.size(), m_frames.size());
    QCOMPARE(packets.back().linkType, LinkType::Ethernet);
    QCOMPARE(packets.back().timestampUs, m_frames.back().timestampUs);
}

void TestCaptureFile::refusals_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("missing") << QString() << QByteArray() << int(CaptureError::FileMissing) << "no such file";
    QTest::newRow("empty") << "empty.pcap" << QByteArray() << int(CaptureError::FileUnreadable) << "empty";
    QTest::newRow("text") << "text.cap" << QByteArray("hello, not a capture\n")
                          << int(CaptureError::FileUnreadable) << "not a pcap or pcapng";
    QTest::newRow("header cut short")
        << "cut.pcap" << pcapFile({}).left(12) << int(CaptureError::FileTruncated) << "truncated";
    QTest::newRow("802.11") << "wifi.pcap" << pcapFile({}, 105) << int(CaptureError::UnsupportedLinkType)
                            << "unsupported link type 105";
}

void TestCaptureFile::refusals()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(int, error);
    QFETCH(QString, mentions);
    const QString path = name.isEmpty() ? m_dir.filePath(QStringLiteral("absent.pcap"))
                                        : writeFile(m_dir.path(), name, content);
    const OpenedCaptureFile opened = openCaptureFile(path);
    QVERIFY(!opened.source);
    QCOMPARE(int(opened.error), error);
    QVERIFY2(opened.message.contains(mentions), qPrintable(opened.message));
    QVERIFY(opened.message.contains(path));
    // A directory is not a capture either.
    QCOMPARE(openCaptureFile(m_dir.path()).error, CaptureError::FileUnreadable);
}

void TestCaptureFile::onlyAnUnknownFormatIsOfferedToAnotherReader()
{
    // The fallback decision: libpcap read the file and does not know its format.
    PcapHandle text;
    QVERIFY(!text.openFile(writeFile(m_dir.path(), QStringLiteral("netmon.cap"),
                                     QByteArray("GMBU\x00\x02", 6) + QByteArray(64, 'x'))));
    QVERIFY(text.formatRefused());
    for (const QByteArray& content : {QByteArray(), pcapFile({}).left(12), pcapFile({}, 105)}) {
        PcapHandle handle;
        QVERIFY(!handle.openFile(writeFile(m_dir.path(), QStringLiteral("other.pcap"), content)));
        QVERIFY(!handle.formatRefused());
    }
    PcapHandle missing;
    QVERIFY(!missing.openFile(m_dir.filePath(QStringLiteral("absent.cap"))));
    QVERIFY(!missing.formatRefused());
}

void TestCaptureFile::filterAndBreak()
{
    const QString path = writeFile(m_dir.path(), QStringLiteral("filter.pcap"), pcapFile(m_frames));
    OpenedCaptureFile bad = openCaptureFile(path);
    QVERIFY(!bad.source->setFilter(QStringLiteral("udp port banana")));
    QCOMPARE(bad.source->lastErrorCode(), CaptureError::BadFilter);
    QVERIFY(bad.source->lastError().contains(QStringLiteral("banana")));

    OpenedCaptureFile narrowed = openCaptureFile(path);
    QVERIFY(narrowed.source->setFilter(QStringLiteral("ip[6:2] & 0x1fff != 0"))); // non-first fragments
    const auto tails = readAll(*narrowed.source);
    QVERIFY(!tails.empty());
    QVERIFY(tails.size() < m_frames.size());

    OpenedCaptureFile broken = openCaptureFile(path);
    broken.source->breakLoop();
    int handled = 0;
    QCOMPARE(broken.source->dispatch(100, [&](const PacketSource::Packet&) { ++handled; }),
             PacketSource::DispatchStatus::BrokenLoop);
    QVERIFY(handled < int(m_frames.size()));
}

QTEST_GUILESS_MAIN(TestCaptureFile)
#include "TestCaptureFile.moc"
