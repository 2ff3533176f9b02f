// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

/**
 * The privileged half of live capture, in the manner of Wireshark's dumpcap: the only
 * frag792 code that ever holds CAP_NET_RAW / CAP_NET_ADMIN. Deliberately tiny and free
 * of Qt so that the code running with privileges can be read in one sitting.
 *
 * The command line, the status lines and the exit codes are in CaptureHelperProtocol.h,
 * which frag792's side (CaptureHelperProcess) includes too; what the helper promises, and
 * how each promise is tested, is README.md "What frag792 guarantees".
 */
class CaptureHelper
{
public:
    struct Options
    {
        std::string interfaceName;
        std::string filter;
        bool promiscuous = false;
    };

    /** Accepts exactly the documented arguments, each once; anything else is refused. */
    static bool parseArguments(int argc, char** argv, Options& out, std::string& error);
    /** Linux interface name rules, narrowed: 1-15 of [A-Za-z0-9_.-], not "." or "..", no leading '-'. */
    static bool validInterfaceName(const std::string& name);
    /** Printable ASCII only and at most kMaxFilterLength; libpcap then compiles it. */
    static bool validFilterText(const std::string& filter);
    /** Writes one status line to the status channel (async-signal-safe: a single write()). */
    static void status(const std::string& line);

    /** Captures until stopped; returns the exit status. */
    int run(const Options& options);
    /** For the signal handler: ends run() soon, which still reports final statistics. */
    static void requestStop();

    static constexpr std::size_t kMaxFilterLength = 4096;

private:
    static bool dropPrivileges();
};
