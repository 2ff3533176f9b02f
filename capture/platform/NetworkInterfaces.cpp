// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkInterfaces.h"

#include <pcap/pcap.h>

#include <array>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>

namespace {

bool toIpAddress(const struct sockaddr* sa, IpAddress& out)
{
    if (!sa)
        return false;
    if (sa->sa_family == AF_INET) {
        const auto* in = reinterpret_cast<const struct sockaddr_in*>(sa);
        std::array<std::uint8_t, 4> b{};
        std::memcpy(b.data(), &in->sin_addr, 4);
        out = IpAddress::fromV4(b);
        return true;
    }
    if (sa->sa_family == AF_INET6) {
        const auto* in6 = reinterpret_cast<const struct sockaddr_in6*>(sa);
        std::array<std::uint8_t, 16> b{};
        std::memcpy(b.data(), &in6->sin6_addr, 16);
        out = IpAddress::fromV6(b);
        return true;
    }
    return false;
}

} // namespace

std::vector<NetworkInterface> listNetworkInterfaces(QString* error)
{
    std::vector<NetworkInterface> out;
    char errbuf[PCAP_ERRBUF_SIZE] = {};
    pcap_if_t* devices = nullptr;
    if (pcap_findalldevs(&devices, errbuf) != 0) {
        if (error)
            *error = QString::fromLocal8Bit(errbuf);
        return out;
    }
    for (pcap_if_t* dev = devices; dev; dev = dev->next) {
        NetworkInterface iface;
        iface.name = QString::fromLocal8Bit(dev->name);
        iface.description = dev->description ? QString::fromLocal8Bit(dev->description) : QString();
        iface.up = (dev->flags & PCAP_IF_UP) != 0;
        iface.loopback = (dev->flags & PCAP_IF_LOOPBACK) != 0;
        for (pcap_addr_t* a = dev->addresses; a; a = a->next) {
            IpAddress ip;
            if (toIpAddress(a->addr, ip))
                iface.addresses.push_back(ip);
        }
        out.push_back(std::move(iface));
    }
    pcap_freealldevs(devices);
    return out;
}

std::vector<IpAddress> interfaceAddresses(const QString& name)
{
    for (const NetworkInterface& iface : listNetworkInterfaces())
        if (iface.name == name)
            return iface.addresses;
    return {};
}
