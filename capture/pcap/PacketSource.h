// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaptureRequest.h"
#include "LinkLayer.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <map>
#include <span>

/**
 * The packet-source seam: one reader of captured frames, whatever library reads them.
 *
 * libpcap (PcapHandle) reads pcap, pcapng, standard input and the live helper's stream: the
 * fast path. libwiretap (WiretapSource) reads what libpcap refuses (Network Monitor .cap
 * and other formats). Callers see only this interface; no libpcap, wiretap or glib type
 * appears in any header outside capture/.
 */
class PacketSource
{
public:
    struct Packet
    {
        std::int64_t timestampUs = 0;
        /** Per record: a file may hold several link types (NetMon 2.1+ stamps each frame). */
        LinkType linkType = LinkType::Unknown;
        std::span<const std::uint8_t> data;
        std::uint32_t originalLength = 0;
    };
    using PacketCallback = std::function<void(const Packet&)>;

    enum class DispatchStatus
    {
        Ok, ///< zero or more packets handled; call again
        EndOfFile,
        BrokenLoop, ///< breakLoop() was called
        Error       ///< lastErrorCode() / lastError() say why; packets handled before it stand
    };

    /** Whether packet timestamps are UTC, or a local time whose zone the file does not say. */
    enum class TimestampZone
    {
        Utc,
        UnknownLocal ///< NetMon 2.0: a local SYSTEMTIME with no zone
    };

    virtual ~PacketSource() = default;

    /** A BPF filter; a source with several link types compiles it per link type. */
    virtual bool setFilter(const QString& filter) = 0;
    /** Handles up to @p maxPackets records; see DispatchStatus. */
    virtual DispatchStatus dispatch(int maxPackets, const PacketCallback& callback) = 0;
    /** Thread-safe: makes a running dispatch() return soon. */
    virtual void breakLoop() = 0;

    /** The first (or only) link type, for a file's header and the JSON `link_type`. */
    virtual LinkType linkType() const = 0;
    virtual std::uint32_t snapLength() const = 0;
    /** Bytes of the file consumed so far, or -1 (standard input, a stream). */
    virtual qint64 fileOffset() const = 0;
    /** Short name of the file format: "pcap", "pcapng", "netmon2", ... */
    virtual QString formatName() const = 0;
    virtual TimestampZone timestampZone() const { return TimestampZone::Utc; }
    /**
     * Records the source read but could not hand over as packets, by what they were
     * ("IEEE 802.11", "NetMon metadata", ...): said in the output, never silently dropped.
     */
    virtual std::map<QString, std::uint64_t> refusedRecords() const { return {}; }

    CaptureError lastErrorCode() const { return m_errorCode; }
    QString lastError() const { return m_error; }

protected:
    void setError(CaptureError code, const QString& message)
    {
        m_errorCode = code;
        m_error = message;
    }

private:
    CaptureError m_errorCode = CaptureError::None;
    QString m_error;
};
