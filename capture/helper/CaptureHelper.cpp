// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaptureHelper.h"

#include "CaptureHelperProtocol.h"

#include <pcap/pcap.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <grp.h>
#include <linux/capability.h>
#include <net/if.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace {

constexpr int kSnapLength = 262144;
constexpr int kReadTimeoutMs = 200;
constexpr int kBufferBytes = 4 * 1024 * 1024;
constexpr std::int64_t kStatsIntervalMs = 1000;
constexpr std::size_t kStreamBufferBytes = 256 * 1024;

// Shared with the signal handler: only lock-free atomics and pcap_breakloop() there.
std::atomic<pcap_t*> g_handle{nullptr};
std::atomic<bool> g_stop{false};

struct DumpState
{
    pcap_dumper_t* dumper = nullptr;
};

void onPacket(u_char* user, const struct pcap_pkthdr* header, const u_char* bytes)
{
    auto* state = reinterpret_cast<DumpState*>(user);
    // Buffered; run() flushes after every pcap_dispatch() batch, which in immediate mode
    // is whatever arrived since the last wakeup: live for the reader, one write per burst.
    pcap_dump(reinterpret_cast<u_char*>(state->dumper), header, bytes);
}

std::int64_t monotonicMs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return std::int64_t(ts.tv_sec) * 1000 + ts.tv_nsec / 1'000'000;
}

namespace Protocol = CaptureHelperProtocol;
using Protocol::ErrorWord;

/** libpcap's texts may be null; errorLine() keeps every message to one line. */
std::string text(const char* message)
{
    return message ? message : "";
}

void fail(ErrorWord word, const std::string& message)
{
    CaptureHelper::status(Protocol::errorLine(word, message));
}

void reportStatistics(pcap_t* handle)
{
    struct pcap_stat stats;
    std::memset(&stats, 0, sizeof stats);
    if (pcap_stats(handle, &stats) == 0)
        CaptureHelper::status(
            Protocol::statisticsLine(stats.ps_recv, std::uint64_t(stats.ps_drop) + stats.ps_ifdrop));
}

} // namespace

void CaptureHelper::status(const std::string& line)
{
    const std::string framed = line + "\n";
    [[maybe_unused]] const ssize_t written = ::write(STDERR_FILENO, framed.data(), framed.size());
}

void CaptureHelper::requestStop()
{
    g_stop.store(true);
    if (pcap_t* handle = g_handle.load())
        pcap_breakloop(handle); // documented as safe in a signal handler; wakes the poll
}

bool CaptureHelper::validInterfaceName(const std::string& name)
{
    if (name.empty() || name.size() >= IFNAMSIZ || name == "." || name == ".." || name.front() == '-')
        return false;
    for (const char c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                        c == '_' || c == '.' || c == '-';
        if (!ok)
            return false;
    }
    return true;
}

bool CaptureHelper::validFilterText(const std::string& filter)
{
    if (filter.size() > kMaxFilterLength)
        return false;
    for (const char c : filter)
        if (c < 0x20 || c > 0x7E)
            return false;
    return true;
}

bool CaptureHelper::parseArguments(int argc, char** argv, Options& out, std::string& error)
{
    bool haveInterface = false;
    bool haveFilter = false;
    bool havePromiscuous = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--interface" && !haveInterface && i + 1 < argc) {
            out.interfaceName = argv[++i];
            haveInterface = true;
        } else if (arg == "--filter" && !haveFilter && i + 1 < argc) {
            out.filter = argv[++i];
            haveFilter = true;
        } else if (arg == "--promiscuous" && !havePromiscuous) {
            out.promiscuous = true;
            havePromiscuous = true;
        } else {
            error = "unexpected argument (usage: --interface NAME --filter BPF [--promiscuous])";
            return false;
        }
    }
    if (!haveInterface || !haveFilter) {
        error = "--interface NAME and --filter BPF are both required";
        return false;
    }
    if (!validInterfaceName(out.interfaceName)) {
        error = "invalid interface name (1-15 characters of A-Z a-z 0-9 _ . -)";
        return false;
    }
    if (!validFilterText(out.filter)) {
        error = "invalid filter text (printable ASCII, at most 4096 characters)";
        return false;
    }
    return true;
}

bool CaptureHelper::dropPrivileges()
{
    // After activation the packet socket is open and the filter attached: reading it,
    // its statistics and closing it need no privilege, so keep none.
    //
    // Started by root (a technician who ran frag792 with sudo, or a service), the helper
    // would otherwise keep uid 0 and with it every root-owned file: become nobody first,
    // the way dumpcap and tcpdump -Z do. The numeric id, not getpwnam(): no NSS modules
    // are loaded into a privileged process.
    if (::geteuid() == 0 || ::getuid() == 0) {
        constexpr uid_t kNobody = 65534;
        constexpr gid_t kNoGroup = 65534;
        if (::setgroups(0, nullptr) != 0 || ::setresgid(kNoGroup, kNoGroup, kNoGroup) != 0 ||
            ::setresuid(kNobody, kNobody, kNobody) != 0)
            return false;
        if (::setuid(0) == 0) // must be impossible from here on
            return false;
        // Changing the effective uid clears the parent-death signal main() asked for.
        ::prctl(PR_SET_PDEATHSIG, SIGTERM, 0, 0, 0);
    }
    // Effective, permitted and inheritable; clearing permitted also clears the ambient set.
    __user_cap_header_struct header{};
    header.version = _LINUX_CAPABILITY_VERSION_3;
    header.pid = 0;
    __user_cap_data_struct data[2] = {};
    return ::syscall(SYS_capset, &header, data) == 0;
}

int CaptureHelper::run(const Options& options)
{
    // Only real interfaces (and libpcap's "any"): no usbmon, nflog, dbus or other pseudo devices.
    if (options.interfaceName != "any" && if_nametoindex(options.interfaceName.c_str()) == 0) {
        fail(ErrorWord::NoSuchInterface, options.interfaceName + ": no such interface");
        return 1;
    }
    char errbuf[PCAP_ERRBUF_SIZE] = {};
    pcap_t* handle = pcap_create(options.interfaceName.c_str(), errbuf);
    if (!handle) {
        fail(ErrorWord::NoSuchInterface, options.interfaceName + ": " + text(errbuf));
        return 1;
    }
    pcap_set_snaplen(handle, kSnapLength);
    pcap_set_promisc(handle, options.promiscuous ? 1 : 0);
    pcap_set_timeout(handle, kReadTimeoutMs);
    pcap_set_immediate_mode(handle, 1);
    pcap_set_buffer_size(handle, kBufferBytes);
    const int activated = pcap_activate(handle);
    if (activated < 0) {
        const std::string detail = text(pcap_geterr(handle));
        ErrorWord word = ErrorWord::Other;
        if (activated == PCAP_ERROR_PERM_DENIED)
            word = ErrorWord::PermissionDenied;
        else if (activated == PCAP_ERROR_NO_SUCH_DEVICE)
            word = ErrorWord::NoSuchInterface;
        else if (activated == PCAP_ERROR_IFACE_NOT_UP)
            word = ErrorWord::InterfaceDown;
        fail(word, options.interfaceName + ": " + text(pcap_statustostr(activated)) +
                       (detail.empty() ? "" : " (" + detail + ")"));
        pcap_close(handle);
        return 1;
    }
    struct bpf_program program;
    if (pcap_compile(handle, &program, options.filter.c_str(), 1, PCAP_NETMASK_UNKNOWN) != 0) {
        fail(ErrorWord::BadFilter,
             "bad capture filter \"" + options.filter + "\": " + text(pcap_geterr(handle)));
        pcap_close(handle);
        return 1;
    }
    const int filtered = pcap_setfilter(handle, &program);
    pcap_freecode(&program);
    if (filtered != 0) {
        fail(ErrorWord::BadFilter, "capture filter not accepted: " + text(pcap_geterr(handle)));
        pcap_close(handle);
        return 1;
    }
    if (!dropPrivileges()) {
        fail(ErrorWord::Other, std::string("cannot drop privileges: ") + std::strerror(errno));
        pcap_close(handle);
        return 1;
    }

    DumpState state;
    // A large stdio buffer: a burst goes out in few writes instead of one per packet.
    static char streamBuffer[kStreamBufferBytes];
    std::setvbuf(stdout, streamBuffer, _IOFBF, sizeof streamBuffer);
    state.dumper = pcap_dump_fopen(handle, stdout);
    if (!state.dumper || pcap_dump_flush(state.dumper) != 0) {
        fail(ErrorWord::Output, "cannot write the packet stream: " + text(pcap_geterr(handle)));
        pcap_close(handle);
        return 1;
    }
    g_handle.store(handle);
    if (g_stop.load())
        pcap_breakloop(handle);
    status(Protocol::readyLine(pcap_datalink(handle), pcap_snapshot(handle)));

    int exitStatus = 0;
    std::int64_t lastStats = monotonicMs();
    while (!g_stop.load()) {
        const int n = pcap_dispatch(handle, -1, &onPacket, reinterpret_cast<u_char*>(&state));
        if (n > 0 && pcap_dump_flush(state.dumper) != 0)
            break; // the reader went away (EPIPE): nobody left to tell
        if (n == PCAP_ERROR_BREAK)
            break;
        if (n == PCAP_ERROR) {
            const std::string message = text(pcap_geterr(handle));
            // ENETDOWN / ENXIO / ENODEV: libpcap words these "went down" / "No such device".
            const bool down = message.find("down") != std::string::npos ||
                              message.find("No such device") != std::string::npos ||
                              message.find("disappeared") != std::string::npos;
            fail(down ? ErrorWord::InterfaceDown : ErrorWord::Other, options.interfaceName + ": " + message);
            exitStatus = 1;
            break;
        }
        if (monotonicMs() - lastStats >= kStatsIntervalMs) {
            lastStats = monotonicMs();
            reportStatistics(handle);
        }
    }
    g_handle.store(nullptr);
    reportStatistics(handle);
    pcap_dump_close(state.dumper); // closes stdout: the reader sees end of stream
    pcap_close(handle);
    return exitStatus;
}
