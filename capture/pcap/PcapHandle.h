// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaptureRequest.h"
#include "LinkLayer.h"

#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <span>

/**
 * Move-only RAII owner of one libpcap reader: a capture file, standard input, or the pcap
 * stream frag792-capture-helper writes (live capture happens only there). The only class whose
 * implementation includes pcap.h; its header stays free of libpcap types so nothing
 * outside capture/ ever sees them (and an Npcap build swaps nothing here).
 */
class PcapHandle
{
public:
    struct Packet
    {
        std::int64_t timestampUs = 0;
        std::span<const std::uint8_t> data;
        std::uint32_t originalLength = 0;
    };
    using PacketCallback = std::function<void(const Packet&)>;

    enum class DispatchStatus
    {
        Ok, ///< one or more packets handled
        EndOfFile,
        BrokenLoop, ///< breakLoop() was called
        Error
    };

    PcapHandle();
    ~PcapHandle();
    PcapHandle(PcapHandle&&) noexcept;
    PcapHandle& operator=(PcapHandle&&) noexcept;

    /** Opens a pcap or pcapng file, or standard input for "-". */
    bool openFile(const QString& path);
    /**
     * Reads a pcap stream from @p fd (a pipe from frag792-capture-helper). The descriptor is
     * duplicated, so the caller keeps ownership of @p fd. A caller that must not block
     * dispatches one packet at a time while hasBufferedInput() or poll() on @p fd says so.
     */
    bool openStream(int fd, const QString& name);
    /** Stream only: bytes already read from the descriptor and not yet handed out. */
    bool hasBufferedInput() const;
    bool setFilter(const QString& filter);

    /** Handles up to @p maxPackets packets; see DispatchStatus. */
    DispatchStatus dispatch(int maxPackets, const PacketCallback& callback);
    /** Thread-safe and async-signal-safe: makes a blocked dispatch() return. */
    void breakLoop();

    bool isOpen() const;
    LinkType linkType() const;
    std::uint32_t snapLength() const;
    /** Bytes of the file consumed so far, or -1 (standard input, a stream). */
    qint64 fileOffset() const;

    CaptureError lastErrorCode() const { return m_errorCode; }
    QString lastError() const { return m_error; }

    struct Private; ///< opaque: holds the pcap_t

private:
    std::unique_ptr<Private> d;
    CaptureError m_errorCode = CaptureError::None;
    QString m_error;
};
