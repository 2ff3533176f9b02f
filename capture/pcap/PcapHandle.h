// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PacketSource.h"

#include <QString>

#include <cstdint>
#include <memory>

/**
 * Move-only RAII owner of one libpcap reader: a capture file, standard input, or the pcap
 * stream frag792-capture-helper writes (live capture happens only there). The fast
 * PacketSource: files normally come here through openCaptureFile(). The only class whose
 * implementation includes pcap.h; its header stays free of libpcap types so nothing
 * outside capture/ ever sees them (and an Npcap build swaps nothing here). A libpcap
 * reader has one link type, which every packet carries.
 */
class PcapHandle : public PacketSource
{
public:
    PcapHandle();
    ~PcapHandle() override;
    PcapHandle(PcapHandle&&) noexcept;
    PcapHandle& operator=(PcapHandle&&) noexcept;

    /** Opens a pcap or pcapng file, or standard input for "-". */
    bool openFile(const QString& path);
    /**
     * After a failed openFile(): libpcap read the file but does not know its format (as
     * opposed to missing, empty, a directory, cut short in the header). Only then may
     * another reader try the same file; standard input is never offered again, its bytes
     * are spent.
     */
    bool formatRefused() const { return m_formatRefused; }
    /**
     * Reads a pcap stream from @p fd (a pipe from frag792-capture-helper). The descriptor is
     * duplicated, so the caller keeps ownership of @p fd. A caller that must not block
     * dispatches one packet at a time while hasBufferedInput() or poll() on @p fd says so.
     */
    bool openStream(int fd, const QString& name);
    /** Stream only: bytes already read from the descriptor and not yet handed out. */
    bool hasBufferedInput() const;
    bool setFilter(const QString& filter) override;

    DispatchStatus dispatch(int maxPackets, const PacketCallback& callback) override;
    /** Thread-safe and async-signal-safe: makes a blocked dispatch() return. */
    void breakLoop() override;

    bool isOpen() const;
    LinkType linkType() const override;
    std::uint32_t snapLength() const override;
    qint64 fileOffset() const override;
    /** "pcap" or "pcapng" (libpcap reports pcapng's version as 1.x). */
    QString formatName() const override;

    struct Private; ///< opaque: holds the pcap_t

private:
    std::unique_ptr<Private> d;
    bool m_formatRefused = false;
};
