// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetmonWriter.h"

#include <QDateTime>
#include <QtEndian>

namespace NetmonWriter {
namespace {

constexpr int kHeaderSize = 128;
// 100-ns ticks between 1601-01-01 and 1970-01-01.
constexpr std::uint64_t kFiletimeEpochOffset = 116444736000000000ULL;

void u8(QByteArray& b, std::uint8_t v)
{
    b.append(char(v));
}

void u16(QByteArray& b, std::uint16_t v)
{
    char raw[2];
    qToLittleEndian(v, raw);
    b.append(raw, 2);
}

void u32(QByteArray& b, std::uint32_t v)
{
    char raw[4];
    qToLittleEndian(v, raw);
    b.append(raw, 4);
}

void u64(QByteArray& b, std::uint64_t v)
{
    u32(b, std::uint32_t(v));
    u32(b, std::uint32_t(v >> 32));
}

std::uint64_t filetime(std::int64_t unixUs)
{
    return kFiletimeEpochOffset + std::uint64_t(unixUs) * 10;
}

} // namespace

QByteArray file(int minorVersion, const std::vector<Frame>& frames)
{
    const std::int64_t startUs = frames.empty() ? 0 : frames.front().timestampUs;
    // SYSTEMTIME has milliseconds: the deltas below are counted from the rounded start.
    const std::int64_t startMsUs = startUs - (startUs % 1000);
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(startMsUs / 1000, Qt::UTC);

    QByteArray records;
    std::vector<std::uint32_t> offsets;
    for (const Frame& f : frames) {
        offsets.push_back(std::uint32_t(kHeaderSize + records.size()));
        u64(records, std::uint64_t(f.timestampUs - startMsUs));
        u32(records, f.originalLength ? f.originalLength : std::uint32_t(f.data.size()));
        u32(records, std::uint32_t(f.data.size()));
        records.append(f.data);
        if (minorVersion >= 1)
            u16(records, f.media);
        if (minorVersion >= 2)
            u32(records, 0xFFFFFFFF); // process info index: no process table in this file
        if (minorVersion >= 3) {
            u64(records, filetime(f.timestampUs));
            u8(records, 0); // time-zone index
        }
    }

    QByteArray out("GMBU");
    u8(out, std::uint8_t(minorVersion));
    u8(out, 2);
    u16(out, Ethernet); // NetMon 3 writes 1 here for backward compatibility
    u16(out, std::uint16_t(start.date().year()));
    u16(out, std::uint16_t(start.date().month()));
    u16(out, std::uint16_t(start.date().dayOfWeek() % 7));
    u16(out, std::uint16_t(start.date().day()));
    u16(out, std::uint16_t(start.time().hour()));
    u16(out, std::uint16_t(start.time().minute()));
    u16(out, std::uint16_t(start.time().second()));
    u16(out, std::uint16_t(start.time().msec()));
    u32(out, std::uint32_t(kHeaderSize + records.size()));  // frame table offset
    u32(out, std::uint32_t(offsets.size() * 4));            // frame table length
    out.append(QByteArray(kHeaderSize - out.size(), '\0')); // user data, comments, process info: none
    out.append(records);
    for (std::uint32_t o : offsets)
        u32(out, o);
    return out;
}

QByteArray ndisEvent(const QByteArray& piece, bool start, bool end, std::int64_t timestampUs,
                     std::uint64_t mediumKeyword, std::uint32_t ifIndex, std::uint16_t eventId,
                     bool otherProvider)
{
    QByteArray user;
    u32(user, ifIndex); // MiniportIfIndex
    u32(user, 0);       // LowerIfIndex
    u32(user, std::uint32_t(piece.size()));
    user.append(piece);

    QByteArray e;
    u16(e, 0);      // size: not used by readers
    u16(e, 0);      // header type
    u16(e, 0x0040); // flags: 64-bit header
    u16(e, 0);      // event property
    u32(e, 4);      // thread id
    u32(e, 4);      // process id
    u64(e, filetime(timestampUs));
    // {2ED6006E-4729-4609-B423-3EE7BCD678EF}: Data1-3 little-endian, Data4 as bytes.
    u32(e, otherProvider ? 0x12345678 : 0x2ED6006E);
    u16(e, 0x4729);
    u16(e, 0x4609);
    for (std::uint8_t b : {0xB4, 0x23, 0x3E, 0xE7, 0xBC, 0xD6, 0x78, 0xEF})
        u8(e, b);
    u16(e, eventId);
    u8(e, 0);    // version
    u8(e, 0x10); // channel
    u8(e, 4);    // level: informational
    u8(e, 0);    // opcode
    u16(e, 0);   // task
    u64(e, mediumKeyword | (start ? 0x40000000ULL : 0) | (end ? 0x80000000ULL : 0) | 0x40000000000ULL);
    u64(e, 0);                      // kernel + user time
    e.append(QByteArray(16, '\0')); // activity id
    u8(e, 0);                       // processor number
    u8(e, 0);                       // alignment
    u16(e, 0);                      // logger id
    u16(e, 0);                      // extended data count
    u16(e, std::uint16_t(user.size()));
    u8(e, 0); // reassembled
    e.append(user);
    return e;
}

std::vector<QByteArray> ndisEvents(const QByteArray& frame, int pieces, std::int64_t timestampUs,
                                   std::uint64_t mediumKeyword)
{
    std::vector<QByteArray> out;
    const qsizetype step = std::max<qsizetype>(1, (frame.size() + pieces - 1) / pieces);
    for (qsizetype at = 0; at < frame.size(); at += step) {
        const bool first = at == 0;
        const bool last = at + step >= frame.size();
        out.push_back(ndisEvent(frame.mid(at, step), first, last, timestampUs, mediumKeyword));
    }
    return out;
}

} // namespace NetmonWriter
