// SPDX-License-Identifier: GPL-3.0-or-later
// NetMon NetEvent records (ETW events saved from an .etl) to packets: the pure parser and the
// assembler, with events written by NetmonWriter from the published layout, and hostile ones.
#include "NetEvent.h"
#include "NetEventAssembler.h"
#include "NetmonWriter.h"
#include "PacketBuilder.h"

#include <QTest>

using PacketBuilder::bytes;
using Kind = NetEventAssembler::Result::Kind;

class TestNetEvent : public QObject
{
    Q_OBJECT

private slots:
    void parsesTheNdisFragmentEvent()
    {
        const QByteArray frame(60, '\x45');
        const QByteArray e = NetmonWriter::ndisEvent(frame, true, true, 1'700'000'000'000'000, 0x1, 12);
        const NetEvent ev = parseNetEvent(bytes(e));
        QCOMPARE(ev.status, NetEvent::Status::Ok);
        QVERIFY(NdisPacketCapture::isNdisProvider(ev));
        QCOMPARE(ev.eventId, std::uint16_t(1001));
        QVERIFY(ev.keyword & NdisPacketCapture::kPacketStart);
        QVERIFY(ev.keyword & NdisPacketCapture::kPacketEnd);
        const NdisPacketFragment f = NdisPacketCapture::parseFragment(ev.userData);
        QVERIFY(f.ok);
        QCOMPARE(f.miniportIfIndex, std::uint32_t(12));
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(f.fragment.data()), qsizetype(f.fragment.size())),
                 frame);
    }

    void everyCutIsRefusedNotRead()
    {
        // Each prefix of a valid event: refused with a reason, never read past its end (ASan).
        const QByteArray e = NetmonWriter::ndisEvent(QByteArray(40, 'x'), true, true, 0);
        for (int n = 0; n < e.size(); ++n) {
            const QByteArray cut = e.left(n);
            NetEventAssembler a;
            const auto r = a.add(bytes(cut));
            QCOMPARE(r.kind, Kind::Refused);
            QVERIFY(r.refusal != nullptr);
        }
        NetEventAssembler a;
        QCOMPARE(a.add(bytes(e)).kind, Kind::Packet);
    }

    void fragmentSizeBeyondTheEventIsRefused()
    {
        QByteArray e = NetmonWriter::ndisEvent(QByteArray(40, 'x'), true, true, 0);
        // FragmentSize sits 4 bytes before the fragment, which ends the record.
        const int at = e.size() - 40 - 4;
        e[at] = char(0xFF);
        e[at + 1] = char(0xFF);
        NetEventAssembler a;
        const auto r = a.add(bytes(e));
        QCOMPARE(r.kind, Kind::Refused);
        QCOMPARE(QByteArray(r.refusal), QByteArray("NetEvent NDIS packet event with a damaged fragment"));
    }

    void reassemblesPiecesAndSaysWhatIsMissing()
    {
        const QByteArray frame = PacketBuilder::ethernet(QByteArray(900, '\x45'));
        NetEventAssembler a;
        const std::vector<QByteArray> pieces = NetmonWriter::ndisEvents(frame, 3, 0);
        QCOMPARE(pieces.size(), std::size_t(3));
        QCOMPARE(a.add(bytes(pieces[0])).kind, Kind::Pending);
        QCOMPARE(a.add(bytes(pieces[1])).kind, Kind::Pending);
        const auto done = a.add(bytes(pieces[2]));
        QCOMPARE(done.kind, Kind::Packet);
        QCOMPARE(done.linkType, LinkType::Ethernet);
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(done.packet.data()), qsizetype(done.packet.size())),
                 frame);

        // A middle piece whose start was lost; a start whose end never comes.
        const auto orphan = a.add(bytes(pieces[1]));
        QCOMPARE(orphan.kind, Kind::Refused);
        QCOMPARE(a.add(bytes(pieces[0])).kind, Kind::Pending);
        QCOMPARE(a.unfinishedPackets(), std::uint64_t(1));
        // A new start on the same interface abandons the unfinished one, and says so.
        const auto restart = a.add(bytes(pieces[0]));
        QCOMPARE(restart.abandoned, std::uint32_t(1));
    }

    void mediumFromKeyword_data()
    {
        QTest::addColumn<qulonglong>("keyword");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("linkType");
        QTest::newRow("802.3") << qulonglong(0x1) << int(Kind::Packet) << int(LinkType::Ethernet);
        QTest::newRow("WWAN") << qulonglong(0x200) << int(Kind::Packet) << int(LinkType::RawIp);
        QTest::newRow("tunnel") << qulonglong(0x8000) << int(Kind::Packet) << int(LinkType::RawIp);
        QTest::newRow("native 802.11") << qulonglong(0x10000) << int(Kind::Refused) << int(LinkType::Unknown);
    }

    void mediumFromKeyword()
    {
        QFETCH(qulonglong, keyword);
        QFETCH(int, kind);
        QFETCH(int, linkType);
        NetEventAssembler a;
        const auto r = a.add(bytes(NetmonWriter::ndisEvent(QByteArray(20, '\x45'), true, true, 0, keyword)));
        QCOMPARE(int(r.kind), kind);
        QCOMPARE(int(r.linkType), linkType);
    }

    void otherEventsAreRefusedByName()
    {
        NetEventAssembler a;
        const auto other = a.add(bytes(NetmonWriter::ndisEvent("x", true, true, 0, 1, 7, 1001, true)));
        QCOMPARE(other.kind, Kind::Refused);
        const auto rundown = a.add(bytes(NetmonWriter::ndisEvent("x", true, true, 0, 1, 7, 1002)));
        QCOMPARE(rundown.kind, Kind::Refused);
        QCOMPARE(QByteArray(other.refusal), QByteArray(rundown.refusal));
    }

    void oversizedPacketIsCapped()
    {
        NetEventAssembler a;
        const QByteArray piece(60000, 'x');
        QCOMPARE(a.add(bytes(NetmonWriter::ndisEvent(piece, true, false, 0))).kind, Kind::Pending);
        Kind last = Kind::Pending;
        for (int i = 0; i < 10 && last == Kind::Pending; ++i)
            last = a.add(bytes(NetmonWriter::ndisEvent(piece, false, false, 0))).kind;
        QCOMPARE(last, Kind::Refused);
        QCOMPARE(a.unfinishedPackets(), std::uint64_t(0));
    }
};

QTEST_GUILESS_MAIN(TestNetEvent)
#include "TestNetEvent.moc"
