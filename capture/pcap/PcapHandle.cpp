// SPDX-License-Identifier: GPL-3.0-or-later
#include "PcapHandle.h"

#include "CaptureTime.h"

#include <QFileInfo>

#include <pcap/pcap.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <unistd.h>

struct PcapHandle::Private
{
    pcap_t* handle = nullptr;
    const PacketSource::PacketCallback* callback = nullptr;
    LinkType linkType = LinkType::Unknown; ///< one per libpcap reader, stamped on every packet
    FILE* stream = nullptr;                ///< openStream only; owned by the pcap_t
    std::unique_ptr<char[]> readBuffer;    ///< openFile's stdio buffer; outlives pcap_close (in ~Private)

    ~Private()
    {
        if (handle)
            pcap_close(handle);
    }
};

namespace {

void onPacket(u_char* user, const struct pcap_pkthdr* header, const u_char* bytes)
{
    auto* d = reinterpret_cast<PcapHandle::Private*>(user);
    PacketSource::Packet p;
    p.linkType = d->linkType;
    // pcapng can state any 64-bit time: convert without overflow, the analyzer clamps the range.
    p.timestampUs =
        CaptureTime::fromSecondsAndMicros(std::int64_t(header->ts.tv_sec), std::int64_t(header->ts.tv_usec));
    p.data = std::span<const std::uint8_t>(bytes, header->caplen);
    p.originalLength = header->len;
    (*d->callback)(p);
}

/** libpcap words its file errors for programmers; say what a technician needs to know. */
CaptureError classifyOpenError(const QString& path, const QString& message)
{
    if (path != QLatin1String("-")) {
        const QFileInfo info(path);
        if (!info.exists())
            return CaptureError::FileMissing;
    }
    if (message.contains(QLatin1String("truncated")))
        return CaptureError::FileTruncated;
    return CaptureError::FileUnreadable;
}

/**
 * libpcap reads a file with fread(); glibc's default buffer (the file system block, 4 KiB)
 * costs a read(2) every few packets, which perf showed as the larger part of the time spent
 * reading a file (bench/RESULTS.md). One large buffer keeps libpcap's format handling.
 * 256 KiB reads as fast as 1 MiB did (frag792-bench-readloop FILE 262144) and keeps 768 KiB
 * less resident.
 */
constexpr std::size_t kFileReadBuffer = 256 * 1024;

} // namespace

PcapHandle::PcapHandle() : d(std::make_unique<Private>()) {}
PcapHandle::~PcapHandle() = default;
// The base's error state is copied along; moved-from handles are only destroyed.
PcapHandle::PcapHandle(PcapHandle&&) noexcept = default;
PcapHandle& PcapHandle::operator=(PcapHandle&&) noexcept = default;

bool PcapHandle::openFile(const QString& path)
{
    char errbuf[PCAP_ERRBUF_SIZE] = {};
    if (path != QLatin1String("-")) {
        const QFileInfo info(path);
        if (!info.exists()) {
            setError(CaptureError::FileMissing, QStringLiteral("%1: no such file").arg(path));
            return false;
        }
        if (info.isDir()) {
            setError(CaptureError::FileUnreadable,
                     QStringLiteral("%1: is a directory, not a capture file").arg(path));
            return false;
        }
        if (info.isFile() && info.size() == 0) {
            setError(CaptureError::FileUnreadable, QStringLiteral("%1: empty file, not a capture").arg(path));
            return false;
        }
    }
    const QByteArray localPath = path.toLocal8Bit();
    if (FILE* file = path != QLatin1String("-") ? std::fopen(localPath.constData(), "rb") : nullptr) {
        d->readBuffer = std::make_unique<char[]>(kFileReadBuffer);
        std::setvbuf(file, d->readBuffer.get(), _IOFBF, kFileReadBuffer);
        d->handle = pcap_fopen_offline_with_tstamp_precision(file, PCAP_TSTAMP_PRECISION_MICRO, errbuf);
        if (!d->handle)
            std::fclose(file); // libpcap closes the file only once it owns a handle
    } else {
        // Standard input, or a file fopen() refused: libpcap opens it and words the error.
        d->handle = pcap_open_offline_with_tstamp_precision(localPath.constData(),
                                                            PCAP_TSTAMP_PRECISION_MICRO, errbuf);
    }
    if (!d->handle) {
        const QString message = QString::fromLocal8Bit(errbuf);
        const bool unknownFormat = message.contains(QLatin1String("unknown file format")) ||
                                   message.contains(QLatin1String("bad dump file format"));
        m_formatRefused = unknownFormat && path != QLatin1String("-");
        if (unknownFormat)
            setError(classifyOpenError(path, message),
                     QStringLiteral("%1: not a pcap or pcapng capture file (%2)").arg(path, message));
        else if (message.contains(QLatin1String("truncated")))
            setError(classifyOpenError(path, message),
                     QStringLiteral("%1: truncated in the file header (%2)").arg(path, message));
        else
            setError(classifyOpenError(path, message), QStringLiteral("%1: %2").arg(path, message));
        return false;
    }
    d->linkType = linkTypeFromDlt(pcap_datalink(d->handle));
    if (d->linkType == LinkType::Unknown) {
        const int dlt = pcap_datalink(d->handle);
        const char* name = pcap_datalink_val_to_name(dlt);
        setError(CaptureError::UnsupportedLinkType,
                 QStringLiteral("%1: unsupported link type %2 (%3); frag792 reads Ethernet, Linux cooked, "
                                "raw IP and BSD loopback")
                     .arg(path)
                     .arg(dlt)
                     .arg(name ? QString::fromLatin1(name) : QStringLiteral("unknown")));
        pcap_close(d->handle);
        d->handle = nullptr;
        return false;
    }
    return true;
}

bool PcapHandle::openStream(int fd, const QString& name)
{
    const int copy = ::dup(fd);
    FILE* file = copy >= 0 ? ::fdopen(copy, "rb") : nullptr;
    if (!file) {
        if (copy >= 0)
            ::close(copy);
        setError(CaptureError::Other, QStringLiteral("%1: cannot read the packet stream (%2)")
                                          .arg(name, QString::fromLocal8Bit(std::strerror(errno))));
        return false;
    }
#ifdef __GLIBC__
    // Buffered reads (few syscalls under a burst); hasBufferedInput() looks into the buffer.
    std::setvbuf(file, nullptr, _IOFBF, 256 * 1024);
#else
    // No portable way to see a stdio read buffer: unbuffered, so poll() alone tells the truth.
    std::setvbuf(file, nullptr, _IONBF, 0);
#endif
    d->stream = file;
    char errbuf[PCAP_ERRBUF_SIZE] = {};
    d->handle = pcap_fopen_offline_with_tstamp_precision(file, PCAP_TSTAMP_PRECISION_MICRO, errbuf);
    if (!d->handle) {
        std::fclose(file);
        setError(CaptureError::Other, QStringLiteral("%1: no packet stream from the capture helper (%2)")
                                          .arg(name, QString::fromLocal8Bit(errbuf)));
        return false;
    }
    d->linkType = linkTypeFromDlt(pcap_datalink(d->handle));
    if (d->linkType == LinkType::Unknown) {
        setError(CaptureError::UnsupportedLinkType,
                 QStringLiteral("%1: unsupported link type %2").arg(name).arg(pcap_datalink(d->handle)));
        pcap_close(d->handle);
        d->handle = nullptr;
        return false;
    }
    return true;
}

bool PcapHandle::setFilter(const QString& filter)
{
    if (!d->handle)
        return false;
    struct bpf_program program;
    if (pcap_compile(d->handle, &program, filter.toUtf8().constData(), 1, PCAP_NETMASK_UNKNOWN) != 0) {
        setError(CaptureError::BadFilter, QStringLiteral("bad capture filter \"%1\": %2")
                                              .arg(filter, QString::fromLocal8Bit(pcap_geterr(d->handle))));
        return false;
    }
    const int rc = pcap_setfilter(d->handle, &program);
    pcap_freecode(&program);
    if (rc != 0) {
        setError(CaptureError::BadFilter, QStringLiteral("capture filter \"%1\" not accepted: %2")
                                              .arg(filter, QString::fromLocal8Bit(pcap_geterr(d->handle))));
        return false;
    }
    return true;
}

PcapHandle::DispatchStatus PcapHandle::dispatch(int maxPackets, const PacketCallback& callback)
{
    if (!d->handle)
        return DispatchStatus::Error;
    d->callback = &callback;
    const int n = pcap_dispatch(d->handle, maxPackets, &onPacket, reinterpret_cast<u_char*>(d.get()));
    d->callback = nullptr;
    if (n == PCAP_ERROR_BREAK)
        return DispatchStatus::BrokenLoop;
    if (n == PCAP_ERROR) {
        const QString message = QString::fromLocal8Bit(pcap_geterr(d->handle));
        // The header was good, so this is a damaged record (cut short, or a length past the
        // snap length or the file): reading stopped in the middle, what came before stands.
        setError(CaptureError::FileTruncated, message);
        return DispatchStatus::Error;
    }
    if (n == 0)
        return DispatchStatus::EndOfFile;
    return DispatchStatus::Ok;
}

bool PcapHandle::hasBufferedInput() const
{
#ifdef __GLIBC__
    const FILE* f = d->handle ? d->stream : nullptr;
    return f && f->_IO_read_ptr < f->_IO_read_end;
#else
    return false;
#endif
}

void PcapHandle::breakLoop()
{
    if (d && d->handle)
        pcap_breakloop(d->handle);
}

bool PcapHandle::isOpen() const
{
    return d && d->handle;
}

LinkType PcapHandle::linkType() const
{
    return d->handle ? d->linkType : LinkType::Unknown;
}

std::uint32_t PcapHandle::snapLength() const
{
    return d->handle ? static_cast<std::uint32_t>(pcap_snapshot(d->handle)) : 0;
}

qint64 PcapHandle::fileOffset() const
{
    if (!d->handle)
        return -1;
    FILE* f = pcap_file(d->handle);
    return f ? qint64(ftell(f)) : -1;
}

QString PcapHandle::formatName() const
{
    if (!d->handle)
        return {};
    return pcap_major_version(d->handle) == 1 ? QStringLiteral("pcapng") : QStringLiteral("pcap");
}
