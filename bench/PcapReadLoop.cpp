// SPDX-License-Identifier: GPL-3.0-or-later
//
// frag792-bench-readloop FILE
//
// The benchmark's baseline: the cheapest honest way to read a capture with libpcap.
// pcap_open_offline + pcap_next_ex, touching every packet (caplen, wire length, first and
// last byte, a 64-bit word from the middle) so nothing can be optimised away. Prints the
// packet count, byte count and a checksum. `frag792 analyze` can never be faster than
// this; the benchmark reports how many times slower it is.

#include <pcap/pcap.h>

#include <cstdint>
#include <cstdio>
#include <cstring>

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s FILE\n", argv[0]);
        return 2;
    }
    char errbuf[PCAP_ERRBUF_SIZE] = {};
    pcap_t* handle = pcap_open_offline_with_tstamp_precision(argv[1], PCAP_TSTAMP_PRECISION_MICRO, errbuf);
    if (!handle) {
        std::fprintf(stderr, "%s: %s\n", argv[1], errbuf);
        return 1;
    }
    std::uint64_t packets = 0;
    std::uint64_t bytes = 0;
    std::uint64_t checksum = 0;
    std::int64_t lastUs = 0;
    std::uint64_t outOfOrder = 0;
    struct pcap_pkthdr* header = nullptr;
    const u_char* data = nullptr;
    int rc = 0;
    while ((rc = pcap_next_ex(handle, &header, &data)) == 1) {
        ++packets;
        bytes += header->caplen;
        const std::int64_t us = std::int64_t(header->ts.tv_sec) * 1'000'000 + header->ts.tv_usec;
        outOfOrder += us < lastUs ? 1 : 0;
        lastUs = us;
        std::uint64_t word = 0;
        if (header->caplen >= 8)
            std::memcpy(&word, data + header->caplen / 2 - 4, 8);
        const std::uint64_t edge =
            header->caplen ? (std::uint64_t(data[0]) << 8 | data[header->caplen - 1]) : 0;
        checksum = (checksum ^ (word + edge + header->len)) * 1099511628211ULL;
    }
    if (rc == PCAP_ERROR) {
        std::fprintf(stderr, "%s: read error after %llu packets: %s\n", argv[1], (unsigned long long)packets,
                     pcap_geterr(handle));
        pcap_close(handle);
        return 1;
    }
    pcap_close(handle);
    std::printf("packets %llu bytes %llu checksum %016llx out_of_order %llu\n", (unsigned long long)packets,
                (unsigned long long)bytes, (unsigned long long)checksum, (unsigned long long)outOfOrder);
    return 0;
}
