// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvtxWriter.h"

#include <QDateTime>

#include <array>

namespace {

constexpr int kFileHeaderSize = 4096;
constexpr int kChunkSize = 65536;
constexpr int kChunkHeaderSize = 512;

std::uint32_t crc32(const char* data, qsizetype size, std::uint32_t crc = 0)
{
    static const auto table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t i = 0; i < 256; ++i) {
            std::uint32_t c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    crc = ~crc;
    for (qsizetype i = 0; i < size; ++i)
        crc = table[(crc ^ std::uint8_t(data[i])) & 0xFF] ^ (crc >> 8);
    return ~crc;
}

void put16(QByteArray& b, qsizetype at, std::uint16_t v)
{
    b[at] = char(v & 0xFF);
    b[at + 1] = char(v >> 8);
}
void put32(QByteArray& b, qsizetype at, std::uint32_t v)
{
    for (int i = 0; i < 4; ++i)
        b[at + i] = char((v >> (8 * i)) & 0xFF);
}
void put64(QByteArray& b, qsizetype at, std::uint64_t v)
{
    for (int i = 0; i < 8; ++i)
        b[at + i] = char((v >> (8 * i)) & 0xFF);
}
void add8(QByteArray& b, std::uint8_t v)
{
    b.append(char(v));
}
void add16(QByteArray& b, std::uint16_t v)
{
    b.append(char(v & 0xFF));
    b.append(char(v >> 8));
}
void add32(QByteArray& b, std::uint32_t v)
{
    for (int i = 0; i < 4; ++i)
        b.append(char((v >> (8 * i)) & 0xFF));
}
void add64(QByteArray& b, std::uint64_t v)
{
    for (int i = 0; i < 8; ++i)
        b.append(char((v >> (8 * i)) & 0xFF));
}

/** Binary XML of one record; offsets are relative to the chunk start (@p base). */
class BinXml
{
public:
    explicit BinXml(qsizetype base) : m_base(base) {}
    QByteArray bytes;

    void name(const QString& n)
    {
        // Name offset pointing right behind itself: the name is defined here.
        add32(bytes, std::uint32_t(m_base + bytes.size() + 4));
        add32(bytes, 0);
        std::uint16_t hash = 0;
        std::uint32_t h = 0;
        for (const QChar c : n)
            h = h * 65599 + c.unicode();
        hash = std::uint16_t(h & 0xFFFF);
        add16(bytes, hash);
        add16(bytes, std::uint16_t(n.size()));
        for (const QChar c : n)
            add16(bytes, c.unicode());
        add16(bytes, 0);
    }
    /** Template values, in substitution order: (type, bytes). */
    QList<QPair<std::uint8_t, QByteArray>> values;

    void substitute(std::uint8_t type, const QByteArray& value)
    {
        add8(bytes, 0x0d); // normal substitution
        add16(bytes, std::uint16_t(values.size()));
        add8(bytes, type);
        values.append({type, value});
    }
    void text(const QString& value)
    {
        QByteArray utf16;
        for (const QChar c : value)
            add16(utf16, c.unicode());
        substitute(0x01, utf16);
    }
    /** A GUID value ("{...}"), stored little-endian as type 0x0f like Windows does. */
    void guid(const QString& text)
    {
        const QByteArray hex = text.toLatin1().replace("{", "").replace("}", "").replace("-", "");
        const QByteArray b = QByteArray::fromHex(hex);
        QByteArray v;
        if (b.size() == 16) {
            for (int i = 3; i >= 0; --i)
                v.append(b[i]);
            v.append(b[5]);
            v.append(b[4]);
            v.append(b[7]);
            v.append(b[6]);
            v.append(b.mid(8));
        }
        substitute(0x0f, v);
    }
    void literal(const QString& value, std::uint8_t token = 0x05)
    {
        add8(bytes, token);
        add8(bytes, 0x01); // string
        add16(bytes, std::uint16_t(value.size()));
        for (const QChar c : value)
            add16(bytes, c.unicode());
    }
    /** Opens an element; returns the position of its data-size field. */
    qsizetype open(const QString& n, const QList<QPair<QString, QString>>& attributes)
    {
        add8(bytes, attributes.isEmpty() ? 0x01 : 0x41);
        add16(bytes, 0xFFFF); // dependency identifier: not set
        const qsizetype sizeAt = bytes.size();
        add32(bytes, 0);
        name(n);
        if (!attributes.isEmpty()) {
            const qsizetype listAt = bytes.size();
            add32(bytes, 0);
            for (qsizetype i = 0; i < attributes.size(); ++i) {
                add8(bytes, i + 1 < attributes.size() ? 0x46 : 0x06);
                name(attributes[i].first);
                if (attributes[i].first == QLatin1String("Guid"))
                    guid(attributes[i].second);
                else
                    text(attributes[i].second);
            }
            put32(bytes, listAt, std::uint32_t(bytes.size() - listAt - 4));
        }
        return sizeAt;
    }
    void close(qsizetype sizeAt) { put32(bytes, sizeAt, std::uint32_t(bytes.size() - sizeAt - 4)); }

    void leaf(const QString& n, const QString& value, const QList<QPair<QString, QString>>& attributes = {})
    {
        const qsizetype at = open(n, attributes);
        if (value.isNull()) {
            add8(bytes, 0x03); // close empty element
        } else {
            add8(bytes, 0x02);
            text(value);
            add8(bytes, 0x04);
        }
        close(at);
    }
    qsizetype begin(const QString& n, const QList<QPair<QString, QString>>& attributes = {})
    {
        const qsizetype at = open(n, attributes);
        add8(bytes, 0x02);
        return at;
    }
    /** An element whose content is a typed 16-bit value (EventID), as readers expect a number there. */
    void leafUInt16(const QString& n, std::uint16_t value)
    {
        const qsizetype at = open(n, {});
        add8(bytes, 0x02);
        QByteArray v;
        add16(v, value);
        substitute(0x06, v); // UInt16Type
        add8(bytes, 0x04);
        close(at);
    }
    void end(qsizetype at)
    {
        add8(bytes, 0x04);
        close(at);
    }

private:
    qsizetype m_base;
};

QString systemTime(std::uint64_t fileTime)
{
    const qint64 ms = qint64(fileTime / 10'000) - 11'644'473'600'000LL;
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("0000Z");
}

QByteArray record(const EvtxEvent& e, std::uint64_t id, qsizetype chunkOffset)
{
    QByteArray r;
    r.append("**\0\0", 4);
    add32(r, 0); // size, patched
    add64(r, id);
    add64(r, e.fileTime);
    // Fragment header, then a template instance whose definition follows inline (33 bytes of
    // definition header), then the template's own fragment, element and end-of-file token.
    r.append("\x0f\x01\x01\x00", 4);
    add8(r, 0x0c);
    add8(r, 0x01);
    add32(r, 0x4652'4147);                               // template identifier: any value
    add32(r, std::uint32_t(chunkOffset + r.size() + 4)); // definition data: right here
    add32(r, 0);
    r.append(QByteArray::fromHex("00112233445566778899aabbccddeeff"));
    const qsizetype definitionSizeAt = r.size();
    add32(r, 0);
    BinXml x(chunkOffset + r.size());
    x.bytes.append("\x0f\x01\x01\x00", 4);
    const qsizetype event = x.begin(
        QStringLiteral("Event"),
        {{QStringLiteral("xmlns"), QStringLiteral("http://schemas.microsoft.com/win/2004/08/events/event")}});
    const qsizetype system = x.begin(QStringLiteral("System"));
    QList<QPair<QString, QString>> provider = {{QStringLiteral("Name"), e.provider}};
    if (!e.providerGuid.isEmpty())
        provider.append({QStringLiteral("Guid"), e.providerGuid});
    x.leaf(QStringLiteral("Provider"), QString(), provider);
    x.leafUInt16(QStringLiteral("EventID"), std::uint16_t(e.eventId));
    x.leaf(QStringLiteral("TimeCreated"), QString(),
           {{QStringLiteral("SystemTime"), systemTime(e.fileTime)}});
    x.leaf(QStringLiteral("EventRecordID"), QString::number(id));
    x.leaf(QStringLiteral("Channel"), e.channel);
    x.leaf(QStringLiteral("Computer"), e.computer);
    x.end(system);
    const qsizetype data = x.begin(QStringLiteral("EventData"));
    for (const auto& [name, value] : e.data) {
        if (name.isEmpty())
            x.leaf(QStringLiteral("Data"), value);
        else
            x.leaf(QStringLiteral("Data"), value, {{QStringLiteral("Name"), name}});
    }
    x.end(data);
    x.end(event);
    add8(x.bytes, 0x00); // end of file token
    put32(r, definitionSizeAt, std::uint32_t(x.bytes.size()));
    // Template instance data: value count, descriptors (size, type), values.
    add32(x.bytes, std::uint32_t(x.values.size()));
    for (const auto& [type, value] : x.values) {
        add16(x.bytes, std::uint16_t(value.size()));
        add8(x.bytes, type);
        add8(x.bytes, 0);
    }
    for (const auto& v : x.values)
        x.bytes.append(v.second);
    add8(x.bytes, 0x00); // end of the record's document
    r.append(x.bytes);
    const std::uint32_t size = std::uint32_t(r.size() + 4);
    add32(r, size);
    put32(r, 4, size);
    return r;
}

} // namespace

namespace EvtxWriter {

std::uint64_t fileTime(const QString& isoUtc)
{
    const QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    return std::uint64_t(t.toMSecsSinceEpoch() + 11'644'473'600'000LL) * 10'000;
}

void fixChecksums(QByteArray& file)
{
    if (file.size() < kFileHeaderSize)
        return;
    for (qsizetype chunk = kFileHeaderSize; chunk + kChunkSize <= file.size(); chunk += kChunkSize) {
        if (!file.mid(chunk, 8).startsWith("ElfChnk"))
            continue;
        const std::uint32_t free = std::uint32_t(std::uint8_t(file[chunk + 48])) |
                                   std::uint32_t(std::uint8_t(file[chunk + 49])) << 8 |
                                   std::uint32_t(std::uint8_t(file[chunk + 50])) << 16 |
                                   std::uint32_t(std::uint8_t(file[chunk + 51])) << 24;
        const qsizetype end = std::min<qsizetype>(free, kChunkSize);
        if (end > kChunkHeaderSize)
            put32(file, chunk + 52,
                  crc32(file.constData() + chunk + kChunkHeaderSize, end - kChunkHeaderSize));
        std::uint32_t c = crc32(file.constData() + chunk, 120);
        c = crc32(file.constData() + chunk + 128, kChunkHeaderSize - 128, c);
        put32(file, chunk + 124, c);
    }
    put32(file, 124, crc32(file.constData(), 120));
}

QByteArray write(const QList<EvtxEvent>& events)
{
    QByteArray file(kFileHeaderSize, '\0');
    std::uint64_t nextId = 1;
    int chunks = 0;
    qsizetype i = 0;
    do {
        QByteArray chunk(kChunkHeaderSize, '\0');
        chunk.replace(0, 8, QByteArray("ElfChnk\0", 8));
        const std::uint64_t first = nextId;
        qsizetype lastOffset = kChunkHeaderSize;
        while (i < events.size()) {
            const QByteArray r = record(events[i], nextId, chunk.size());
            if (chunk.size() + r.size() > kChunkSize)
                break;
            lastOffset = chunk.size();
            chunk.append(r);
            ++nextId;
            ++i;
        }
        const std::uint64_t last = nextId - 1;
        put64(chunk, 8, first);
        put64(chunk, 16, last);
        put64(chunk, 24, first);
        put64(chunk, 32, last);
        put32(chunk, 40, 128);
        put32(chunk, 44, std::uint32_t(lastOffset));
        put32(chunk, 48, std::uint32_t(chunk.size()));
        chunk.append(QByteArray(kChunkSize - chunk.size(), '\0'));
        file.append(chunk);
        ++chunks;
    } while (i < events.size());
    file.replace(0, 8, QByteArray("ElfFile\0", 8));
    put64(file, 8, 0);
    put64(file, 16, std::uint64_t(chunks - 1));
    put64(file, 24, nextId);
    put32(file, 32, 128);
    put16(file, 36, 1); // minor version
    put16(file, 38, 3); // major version
    put16(file, 40, kFileHeaderSize);
    put16(file, 42, std::uint16_t(chunks));
    put32(file, 120, 0); // flags: clean
    fixChecksums(file);
    return file;
}

} // namespace EvtxWriter
