// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IpAddress.h"

#include <QString>

#include <vector>

/** A capturable interface as libpcap (or Npcap) lists it. */
struct NetworkInterface
{
    QString name;
    QString description;
    std::vector<IpAddress> addresses;
    bool up = false;
    bool loopback = false;
};

/** Lists interfaces through pcap_findalldevs (portable to Npcap); error text in @p error. */
std::vector<NetworkInterface> listNetworkInterfaces(QString* error = nullptr);
/** The addresses of @p name, empty when unknown. */
std::vector<IpAddress> interfaceAddresses(const QString& name);
