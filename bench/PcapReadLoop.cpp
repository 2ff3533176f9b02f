// SPDX-License-Identifier: GPL-3.0-or-later
//
// frag792-bench-readloop FILE [STDIO_BUFFER_BYTES]
//
// The benchmark's baseline: the cheapest honest way to read a capture with libpcap.
// pcap_open_offline + pcap_next_ex, touching every packet (caplen, wire length, first and
// last byte, a 64-bit word from the middle) so nothing can be optimised away. Prints the
// packet count, byte count and a checksum. The benchmark reports how many times slower
// `frag792 analyze` is than this.
//
// With STDIO_BUFFER_BYTES the file is opened with fopen() and given a stdio buffer of that size
// before libpcap reads it, exactly as frag792's PcapHandle does (256 KiB): the strict baseline.
// Without it, libpcap opens the file itself and glibc gives it a 4 KiB buffer, which costs a
// read(2) every few packets; frag792 avoids that cost, so against the default loop it can even
// come out faster than "reading", which says nothing about the engine.

#include <pcap/pcap.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>

int main(int argc, char** argv)
{
    if (argc != 2 && argc != 3) {
        std::fprintf(stderr, "usage: %s FILE [STDIO_BUFFER_BYTES]\n", argv[0]);
        return 2;
    }
    char errbuf[PCAP_ERRBUF_SIZE] = {};
    pcap_t* handle = nullptr;
    std::unique_ptr<char[]> stdioBuffer; // must outlive pcap_close, which fcloses the file
    if (argc == 3) {
        char* end = nullptr;
        const unsigned long long size = std::strtoull(argv[2], &end, 10);
        if (!end || *end || size < 4096 || size > (1ULL << 30)) {
            std::fprintf(stderr, "%s: STDIO_BUFFER_BYTES must be 4096..1073741824\n", argv[0]);
            return 2;
        }
        FILE* file = std::fopen(argv[1], "rb");
        if (!file) {
            std::perror(argv[1]);
            return 1;
        }
        stdioBuffer = std::make_unique<char[]>(size);
        std::setvbuf(file, stdioBuffer.get(), _IOFBF, size);
        handle = pcap_fopen_offline_with_tstamp_precision(file, PCAP_TSTAMP_PRECISION_MICRO, errbuf);
        if (!handle)
            std::fclose(file);
    } else {
        handle = pcap_open_offline_with_tstamp_precision(argv[1], PCAP_TSTAMP_PRECISION_MICRO, errbuf);
    }
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
