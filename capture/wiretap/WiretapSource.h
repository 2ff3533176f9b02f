// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PacketSource.h"

#include <QString>

#include <memory>

/**
 * PacketSource over Wireshark's libwiretap: the fallback for files libpcap refuses (Network
 * Monitor 1.x and 2.x .cap above all, and whatever else wiretap reads). Each record keeps its
 * own link type (NetMon 2.1+ stamps one per frame); NetMon NetEvent records saved from an .etl
 * are unwrapped to the frames inside (NetEventAssembler). Records that map to nothing frag792
 * decodes are counted by what they are. No wiretap or glib type leaves the .cpp.
 */
class WiretapSource : public PacketSource
{
public:
    WiretapSource();
    ~WiretapSource() override;
    WiretapSource(const WiretapSource&) = delete;
    WiretapSource& operator=(const WiretapSource&) = delete;

    /** Opens @p path with wiretap's format detection; false with lastError() when it cannot. */
    bool openFile(const QString& path);

    bool setFilter(const QString& filter) override;
    DispatchStatus dispatch(int maxPackets, const PacketCallback& callback) override;
    void breakLoop() override;

    LinkType linkType() const override;
    std::uint32_t snapLength() const override;
    qint64 fileOffset() const override;
    QString formatName() const override;
    TimestampZone timestampZone() const override;
    std::map<QString, std::uint64_t> refusedRecords() const override;

    struct Private; ///< opaque: the wtap handle, its buffers, per-link-type filters

private:
    std::unique_ptr<Private> d;
};
