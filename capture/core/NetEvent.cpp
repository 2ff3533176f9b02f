// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetEvent.h"

#include <algorithm>

namespace {

// EVENT_HEADER is 80 bytes; NetMon adds the buffer context, two counts and a flag byte.
constexpr std::size_t kTimestampOffset = 16;
constexpr std::size_t kProviderOffset = 24;
constexpr std::size_t kEventIdOffset = 40;
constexpr std::size_t kKeywordOffset = 48;
constexpr std::size_t kExtendedCountOffset = 84;
constexpr std::size_t kUserDataLengthOffset = 86;
constexpr std::size_t kFixedSize = 89;
constexpr std::size_t kExtendedItemHeader = 8;

// ETW is little-endian whatever the capturing machine; read byte by byte, no struct casts.
std::uint16_t le16(std::span<const std::uint8_t> d, std::size_t at)
{
    return std::uint16_t(d[at] | (d[at + 1] << 8));
}

std::uint32_t le32(std::span<const std::uint8_t> d, std::size_t at)
{
    return std::uint32_t(d[at]) | (std::uint32_t(d[at + 1]) << 8) | (std::uint32_t(d[at + 2]) << 16) |
           (std::uint32_t(d[at + 3]) << 24);
}

std::uint64_t le64(std::span<const std::uint8_t> d, std::size_t at)
{
    return std::uint64_t(le32(d, at)) | (std::uint64_t(le32(d, at + 4)) << 32);
}

// {2ED6006E-4729-4609-B423-3EE7BCD678EF} in GUID storage order (Data1-3 little-endian).
constexpr std::array<std::uint8_t, 16> kNdisPacketCaptureGuid = {
    0x6E, 0x00, 0xD6, 0x2E, 0x29, 0x47, 0x09, 0x46, 0xB4, 0x23, 0x3E, 0xE7, 0xBC, 0xD6, 0x78, 0xEF};

} // namespace

NetEvent parseNetEvent(std::span<const std::uint8_t> record)
{
    NetEvent e;
    if (record.size() < kFixedSize)
        return e;
    e.timestampFiletime = le64(record, kTimestampOffset);
    std::copy_n(record.begin() + kProviderOffset, 16, e.providerGuid.begin());
    e.eventId = le16(record, kEventIdOffset);
    e.keyword = le64(record, kKeywordOffset);
    const std::uint16_t extendedCount = le16(record, kExtendedCountOffset);
    const std::uint16_t userDataLength = le16(record, kUserDataLengthOffset);
    std::size_t at = kFixedSize;
    // At most 65535 items of at least 8 bytes each: bounded by the record, checked per item.
    for (std::uint32_t i = 0; i < extendedCount; ++i) {
        if (record.size() - at < kExtendedItemHeader)
            return e;
        const std::uint16_t size = le16(record, at + 6);
        at += kExtendedItemHeader;
        if (record.size() - at < size)
            return e;
        at += size;
    }
    if (record.size() - at < userDataLength) {
        e.status = NetEvent::Status::UserDataShort;
        return e;
    }
    e.userData = record.subspan(at, userDataLength);
    e.status = NetEvent::Status::Ok;
    return e;
}

namespace NdisPacketCapture {

bool isNdisProvider(const NetEvent& event)
{
    return event.providerGuid == kNdisPacketCaptureGuid;
}

NdisPacketFragment parseFragment(std::span<const std::uint8_t> userData)
{
    NdisPacketFragment f;
    if (userData.size() < 12)
        return f;
    f.miniportIfIndex = le32(userData, 0);
    f.lowerIfIndex = le32(userData, 4);
    const std::uint32_t size = le32(userData, 8);
    if (userData.size() - 12 < size)
        return f;
    f.fragment = userData.subspan(12, size);
    f.ok = true;
    return f;
}

} // namespace NdisPacketCapture
