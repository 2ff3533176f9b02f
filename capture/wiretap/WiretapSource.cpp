// SPDX-License-Identifier: GPL-3.0-or-later
#include "WiretapSource.h"

#include "CaptureTime.h"
#include "NetEventAssembler.h"

#include <QFile>

// wireshark.h first: it brings glib and the symbol-export macros the other headers expect.
#include <wireshark.h>
#include <ws_version.h>

#include <wiretap/pcap-encap.h> // wtap_pcap_encap_to_wtap_encap
#include <wiretap/wtap.h>
#include <wsutil/buffer.h>
#include <wsutil/wslog.h>

#include <pcap/pcap.h>

#include <atomic>
#include <mutex>

// The read API changed after 4.0 (wtap_read lost its Buffer, wtap_rec_init gained a size):
// a build against anything untried must stop here, not compile into something untested.
#if WIRESHARK_VERSION_MAJOR != 4 || WIRESHARK_VERSION_MINOR != 0
#error                                                                                                       \
    "WiretapSource is written and tested against libwiretap 4.0.x (Debian 12); port and test it for this Wireshark version"
#endif

namespace {

/** The most bytes one record may hand over; wiretap's own cap for a packet. */
constexpr std::uint32_t kSnapLength = 262144;

void silentLogWriter(const char*, enum ws_log_level, struct timespec, const char*, long, const char*,
                     const char*, va_list, void*)
{
    // wiretap logs format-probing details at debug level; frag792's output says what matters.
}

void initialiseWiretap()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Without this, libwiretap prints "(noinit)" debug lines to stderr while probing formats.
        ws_log_init_with_writer("frag792", &silentLogWriter, nullptr);
        ws_log_set_level(LOG_LEVEL_CRITICAL);
        wtap_init(FALSE); // no wiretap plugins: only the readers Debian's library carries
    });
}

/** "NetMon 2.x" header: magic, minor version, major version (little-endian file). */
struct NetmonVersion
{
    int major = -1;
    int minor = -1;
};

NetmonVersion readNetmonVersion(const QString& path)
{
    QFile f(path);
    NetmonVersion v;
    if (!f.open(QIODevice::ReadOnly))
        return v;
    const QByteArray head = f.read(6);
    if (head.size() == 6 && (head.startsWith("GMBU") || head.startsWith("RTSS"))) {
        v.minor = std::uint8_t(head[4]);
        v.major = std::uint8_t(head[5]);
    }
    return v;
}

QString encapDescription(int encap)
{
    const char* d = wtap_encap_description(encap);
    return d ? QString::fromUtf8(d) : QStringLiteral("encapsulation %1").arg(encap);
}

/**
 * A link type frag792 decodes for @p encap, or Unknown (then the record is refused). Debian's
 * library exports only the pcap-to-wiretap direction, so each of frag792's link types is
 * mapped forward through it: one table (LinkLayer's), no copy of wiretap's numbering here.
 */
LinkType linkTypeForEncap(int encap)
{
    if (encap == WTAP_ENCAP_PER_PACKET || encap == WTAP_ENCAP_UNKNOWN)
        return LinkType::Unknown;
    for (int i = 0; i < int(LinkType::Unknown); ++i)
        if (wtap_pcap_encap_to_wtap_encap(dltFromLinkType(LinkType(i))) == encap)
            return LinkType(i);
    return LinkType::Unknown;
}

/** The DLT libpcap's filter compiler knows for @p type (LINKTYPE_RAW is written 101, compiled 12). */
int filterDlt(LinkType type)
{
    return type == LinkType::RawIp ? DLT_RAW : dltFromLinkType(type);
}

} // namespace

struct WiretapSource::Private
{
    wtap* handle = nullptr;
    wtap_rec rec{};
    Buffer buffer{};
    bool recordInitialised = false;
    QString path;
    QString format;
    int fileEncap = WTAP_ENCAP_UNKNOWN;
    LinkType fileLinkType = LinkType::Unknown;
    PacketSource::TimestampZone zone = PacketSource::TimestampZone::Utc;
    std::atomic<bool> breakRequested{false};
    NetEventAssembler netEvents;
    std::map<QString, std::uint64_t> refused;

    struct Filter
    {
        bpf_program program{};
        bool compiled = false;
    };
    QString filterText;
    std::map<LinkType, Filter> filters;

    ~Private()
    {
        for (auto& [type, f] : filters)
            if (f.compiled)
                pcap_freecode(&f.program);
        if (recordInitialised) {
            wtap_rec_cleanup(&rec);
            ws_buffer_free(&buffer);
        }
        if (handle)
            wtap_close(handle);
    }

    /** Compiles the filter for @p type once (a BPF program is tied to one link type). */
    bool compileFilter(LinkType type, QString& error)
    {
        if (filters.count(type))
            return filters[type].compiled;
        Filter& f = filters[type];
        pcap_t* dead = pcap_open_dead(filterDlt(type), int(kSnapLength));
        if (!dead) {
            error = QStringLiteral("cannot prepare a filter for %1").arg(linkTypeName(type));
            return false;
        }
        if (pcap_compile(dead, &f.program, filterText.toUtf8().constData(), 1, PCAP_NETMASK_UNKNOWN) == 0)
            f.compiled = true;
        else
            error = QStringLiteral("bad capture filter \"%1\" for %2 frames: %3")
                        .arg(filterText, linkTypeName(type), QString::fromLocal8Bit(pcap_geterr(dead)));
        pcap_close(dead);
        return f.compiled;
    }

    void refuse(const QString& what) { ++refused[what]; }
};

WiretapSource::WiretapSource() : d(std::make_unique<Private>()) {}
WiretapSource::~WiretapSource() = default;

bool WiretapSource::openFile(const QString& path)
{
    initialiseWiretap();
    int err = 0;
    gchar* errInfo = nullptr;
    d->path = path;
    d->handle = wtap_open_offline(path.toLocal8Bit().constData(), WTAP_TYPE_AUTO, &err, &errInfo, FALSE);
    if (!d->handle) {
        QString why = QString::fromUtf8(wtap_strerror(err));
        if (errInfo)
            why += QStringLiteral(" (%1)").arg(QString::fromUtf8(errInfo));
        g_free(errInfo);
        const CaptureError code =
            err == WTAP_ERR_SHORT_READ ? CaptureError::FileTruncated : CaptureError::FileUnreadable;
        setError(code, QStringLiteral("%1: %2").arg(path, why));
        return false;
    }
    const int type = wtap_file_type_subtype(d->handle);
    const char* name = wtap_file_type_subtype_name(type);
    d->format = name ? QString::fromUtf8(name) : QStringLiteral("wiretap-%1").arg(type);
    d->fileEncap = wtap_file_encap(d->handle);
    d->fileLinkType = linkTypeForEncap(d->fileEncap);
    const NetmonVersion netmon = readNetmonVersion(path);
    // NetMon before 2.3 stores the capture start as a local SYSTEMTIME without a zone (2.3
    // stamps each frame with a UTC FILETIME); wiretap reads it in this machine's zone.
    if (netmon.major == 1 || (netmon.major == 2 && netmon.minor < 3))
        d->zone = TimestampZone::UnknownLocal;
    if (netmon.major >= 0)
        d->format = QStringLiteral("netmon%1.%2").arg(netmon.major).arg(netmon.minor);

    if (d->fileEncap != WTAP_ENCAP_PER_PACKET && d->fileLinkType == LinkType::Unknown &&
        d->fileEncap != WTAP_ENCAP_NETMON_NET_NETEVENT) {
        setError(CaptureError::UnsupportedLinkType,
                 QStringLiteral("%1: %2 file with %3 frames; frag792 reads Ethernet, Linux cooked, raw IP "
                                "and BSD loopback frames")
                     .arg(path, d->format, encapDescription(d->fileEncap)));
        wtap_close(d->handle);
        d->handle = nullptr;
        return false;
    }
    wtap_rec_init(&d->rec);
    ws_buffer_init(&d->buffer, 1514);
    d->recordInitialised = true;
    return true;
}

bool WiretapSource::setFilter(const QString& filter)
{
    if (!d->handle)
        return false;
    d->filterText = filter;
    QString error;
    if (d->fileLinkType != LinkType::Unknown) {
        if (d->compileFilter(d->fileLinkType, error))
            return true;
        setError(CaptureError::BadFilter, error);
        return false;
    }
    // Link types come per record: check the syntax now against the two a NetMon file usually
    // holds, compile for the others when their first record arrives.
    QString rawError;
    if (d->compileFilter(LinkType::Ethernet, error) || d->compileFilter(LinkType::RawIp, rawError))
        return true;
    setError(CaptureError::BadFilter, error);
    return false;
}

PacketSource::DispatchStatus WiretapSource::dispatch(int maxPackets, const PacketCallback& callback)
{
    if (!d->handle)
        return DispatchStatus::Error;
    int handled = 0;
    // Records that are not packets (refused, filtered out, pieces) do not count toward
    // maxPackets, but a bounded number per call keeps breakLoop() and progress responsive.
    int records = 0;
    const int maxRecords = std::max(maxPackets, 1) * 8;
    while (handled < maxPackets && records < maxRecords) {
        if (d->breakRequested.exchange(false))
            return DispatchStatus::BrokenLoop;
        int err = 0;
        gchar* errInfo = nullptr;
        gint64 offset = 0;
        if (!wtap_read(d->handle, &d->rec, &d->buffer, &err, &errInfo, &offset)) {
            if (err == 0)
                return handled > 0 ? DispatchStatus::Ok : DispatchStatus::EndOfFile;
            QString why = QString::fromUtf8(wtap_strerror(err));
            if (errInfo)
                why += QStringLiteral(" (%1)").arg(QString::fromUtf8(errInfo));
            g_free(errInfo);
            setError(err == WTAP_ERR_SHORT_READ ? CaptureError::FileTruncated : CaptureError::FileUnreadable,
                     why);
            return DispatchStatus::Error;
        }
        ++records;
        const wtap_rec& rec = d->rec;
        if (rec.rec_type != REC_TYPE_PACKET) {
            d->refuse(QStringLiteral("%1 record (not a packet)").arg(d->format));
            wtap_rec_reset(&d->rec);
            continue;
        }
        const int encap = rec.rec_header.packet_header.pkt_encap;
        // wiretap reads caplen bytes into the buffer's start (its readers do not advance the
        // buffer's length, so ws_buffer_length() says 0): caplen is the bound it guarantees.
        const std::uint32_t caplen = rec.rec_header.packet_header.caplen;
        std::span<const std::uint8_t> bytes(ws_buffer_start_ptr(&d->buffer), caplen);
        Packet p;
        p.timestampUs =
            CaptureTime::fromSecondsAndMicros(std::int64_t(rec.ts.secs), std::int64_t(rec.ts.nsecs / 1000));
        p.originalLength = rec.rec_header.packet_header.len;
        if (encap == WTAP_ENCAP_NETMON_NET_NETEVENT) {
            const NetEventAssembler::Result r = d->netEvents.add(bytes);
            if (r.abandoned)
                d->refuse(QStringLiteral("NetEvent NDIS packet whose end never came"));
            if (r.kind == NetEventAssembler::Result::Kind::Refused)
                d->refuse(QString::fromLatin1(r.refusal));
            if (r.kind != NetEventAssembler::Result::Kind::Packet) {
                wtap_rec_reset(&d->rec);
                continue;
            }
            p.linkType = r.linkType;
            p.data = r.packet;
            // ndiscap logs no original length; a cut frame shows it in its own IP header.
            p.originalLength = std::uint32_t(r.packet.size());
        } else {
            p.linkType = linkTypeForEncap(encap);
            p.data = bytes;
            if (p.linkType == LinkType::Unknown) {
                d->refuse(QStringLiteral("%1 frames").arg(encapDescription(encap)));
                wtap_rec_reset(&d->rec);
                continue;
            }
        }
        if (!d->filterText.isEmpty()) {
            QString error;
            if (!d->compileFilter(p.linkType, error)) {
                setError(CaptureError::BadFilter, error);
                return DispatchStatus::Error;
            }
            pcap_pkthdr header{};
            header.caplen = std::uint32_t(p.data.size());
            header.len = std::max(p.originalLength, header.caplen);
            if (pcap_offline_filter(&d->filters[p.linkType].program, &header, p.data.data()) == 0) {
                wtap_rec_reset(&d->rec);
                continue;
            }
        }
        callback(p);
        ++handled;
        wtap_rec_reset(&d->rec);
    }
    return DispatchStatus::Ok;
}

void WiretapSource::breakLoop()
{
    d->breakRequested = true;
}

LinkType WiretapSource::linkType() const
{
    return d->fileLinkType;
}

std::uint32_t WiretapSource::snapLength() const
{
    const unsigned snap = d->handle ? wtap_snapshot_length(d->handle) : 0;
    return snap > 0 ? snap : kSnapLength;
}

qint64 WiretapSource::fileOffset() const
{
    return d->handle ? qint64(wtap_read_so_far(d->handle)) : -1;
}

QString WiretapSource::formatName() const
{
    return d->format;
}

PacketSource::TimestampZone WiretapSource::timestampZone() const
{
    return d->zone;
}

std::map<QString, std::uint64_t> WiretapSource::refusedRecords() const
{
    std::map<QString, std::uint64_t> out = d->refused;
    if (const std::uint64_t unfinished = d->netEvents.unfinishedPackets())
        out[QStringLiteral("NetEvent NDIS packet whose end never came")] += unfinished;
    return out;
}
