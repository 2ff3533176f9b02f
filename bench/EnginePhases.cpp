// SPDX-License-Identifier: GPL-3.0-or-later
//
// frag792-bench-phases FILE
//
// Where `frag792 analyze FILE --format json` spends its time and memory, phase by phase,
// without the capture thread and the event loop around it. Reads FILE with libpcap the way
// CaptureThread does (pcap_dispatch in batches of 256), feeds an Analyzer, then repeats
// what CaptureThread and HeadlessRunner do with the result (move it into the shared result
// the signal carries, stream the JSON with writeAnalysisJson; here to /dev/null) and
// reports after each phase: wall time, heap in use
// (mallinfo2) and the process's resident and peak resident memory. Wall and CPU time are both
// shown: on a shared machine the CPU time is the steadier of the two. The JSON itself is not
// printed.

#include "AnalysisJson.h"
#include "Analyzer.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include <pcap/pcap.h>

#include <malloc.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <string>

namespace {

/** Stands in for stdout: takes everything, keeps nothing but the count. */
class CountingSink : public QIODevice
{
public:
    qint64 written() const { return m_written; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char*, qint64 length) override
    {
        m_written += length;
        return length;
    }

private:
    qint64 m_written = 0;
};

using Clock = std::chrono::steady_clock;

double mib(double bytes)
{
    return bytes / (1024.0 * 1024.0);
}

/** Resident and peak resident set size in bytes, from /proc/self/status. */
void residentMemory(double& rss, double& peak)
{
    rss = peak = 0;
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmRSS:", 0) == 0)
            rss = std::stod(line.substr(6)) * 1024.0;
        else if (line.rfind("VmHWM:", 0) == 0)
            peak = std::stod(line.substr(6)) * 1024.0;
    }
}

/** CPU time of the process (user + system), immune to waiting for a shared core. */
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double heapInUse()
{
    const struct mallinfo2 mi = mallinfo2();
    return double(mi.uordblks + mi.hblkhd);
}

class PhaseTable
{
public:
    PhaseTable()
    {
        m_last = Clock::now();
        m_lastCpu = cpuMs();
        std::printf("%-34s %9s %9s %9s %9s %9s\n", "phase", "wall ms", "cpu ms", "heap MiB", "RSS MiB",
                    "peak MiB");
        row("start (Qt up, nothing read)");
    }
    void row(const char* name)
    {
        const auto now = Clock::now();
        const double ms = std::chrono::duration<double, std::milli>(now - m_last).count();
        const double cpu = cpuMs() - m_lastCpu;
        double rss = 0;
        double peak = 0;
        residentMemory(rss, peak);
        std::printf("%-34s %9.1f %9.1f %9.1f %9.1f %9.1f\n", name, ms, cpu, mib(heapInUse()), mib(rss),
                    mib(peak));
        std::fflush(stdout);
        m_total += ms;
        m_totalCpu += cpu;
        m_last = Clock::now(); // the row itself is not part of the next phase
        m_lastCpu = cpuMs();
    }
    double totalMs() const { return m_total; }
    double totalCpuMs() const { return m_totalCpu; }

private:
    Clock::time_point m_last;
    double m_lastCpu = 0;
    double m_total = 0;
    double m_totalCpu = 0;
};

void onPacket(u_char* user, const struct pcap_pkthdr* header, const u_char* bytes)
{
    auto* analyzer = reinterpret_cast<Analyzer*>(user);
    analyzer->processPacket(std::int64_t(header->ts.tv_sec) * 1'000'000 + header->ts.tv_usec,
                            std::span<const std::uint8_t>(bytes, header->caplen), header->len);
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s FILE\n", argv[0]);
        return 2;
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("frag792"));
    PhaseTable table;

    char errbuf[PCAP_ERRBUF_SIZE] = {};
    pcap_t* handle = pcap_open_offline_with_tstamp_precision(argv[1], PCAP_TSTAMP_PRECISION_MICRO, errbuf);
    if (!handle) {
        std::fprintf(stderr, "%s: %s\n", argv[1], errbuf);
        return 1;
    }
    Analyzer analyzer;
    analyzer.setSource(QString::fromLocal8Bit(argv[1]));
    analyzer.setLinkType(linkTypeFromDlt(pcap_datalink(handle)));
    int n = 0;
    while ((n = pcap_dispatch(handle, 256, &onPacket, reinterpret_cast<u_char*>(&analyzer))) > 0) {
    }
    if (n == PCAP_ERROR)
        std::fprintf(stderr, "%s: %s\n", argv[1], pcap_geterr(handle));
    pcap_close(handle);
    table.row("read + processPacket");

    analyzer.finish();
    table.row("finish (verdicts)");

    // CaptureThread moves the result into the shared, immutable result its signal carries.
    const SharedAnalysisResult shared = std::make_shared<const AnalysisResult>(analyzer.takeResult());
    table.row("move into SharedAnalysisResult");
    const AnalysisResult& result = *shared;

    // HeadlessRunner streams the JSON to stdout; here to a sink that only counts the bytes.
    CountingSink sink;
    if (!sink.open(QIODevice::WriteOnly) || !writeAnalysisJson(result, sink)) {
        std::fprintf(stderr, "cannot stream the JSON\n");
        return 1;
    }
    const qint64 jsonBytes = sink.written();
    table.row("writeAnalysisJson (streamed)");

    std::size_t messages = 0;
    for (const IkeSession& s : result.sessions)
        messages += s.messages.size();
    std::printf("%-34s %9.1f %9.1f\n", "total", table.totalMs(), table.totalCpuMs());
    std::printf("packets %llu, sessions %zu, session messages %zu, JSON %.1f MiB, verdict %s\n",
                (unsigned long long)result.packets, result.sessions.size(), messages, mib(double(jsonBytes)),
                qPrintable(verdictCodeKey(result.verdict.code)));
    return 0;
}
