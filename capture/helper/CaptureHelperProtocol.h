// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

/**
 * The words frag792-capture-helper and frag792 exchange, in one place for both ends: the
 * helper (no Qt) writes these lines, CaptureHelperProcess reads them. Plain C++ on purpose.
 *
 *   frag792-capture-helper --interface NAME --filter BPF [--promiscuous]
 *   stdout: a classic pcap stream (header, then records, flushed after every batch)
 *   stderr: the status channel, one line each:
 *       ok <dlt> <snaplen>             capture running, pcap header already written
 *       stats <received> <dropped>     every second and once at the end (kernel counters)
 *       error <code> <message>         the first one is the cause; code is an ErrorWord
 *   exit status: 0 stopped (SIGTERM/SIGINT/SIGHUP or reader gone), 1 capture error, 2 usage
 */
namespace CaptureHelperProtocol {

inline constexpr std::string_view kReady = "ok";
inline constexpr std::string_view kStatistics = "stats";
inline constexpr std::string_view kError = "error";

/** A status line longer than this is not one the helper writes; the reader drops it. */
inline constexpr std::size_t kMaxStatusLine = 4096;

/** The <code> of an error line. */
enum class ErrorWord
{
    Usage,           ///< arguments refused
    NoSuchInterface, ///< the interface does not exist
    PermissionDenied,
    BadFilter,
    InterfaceDown, ///< not up at the start, or went away while capturing
    Output,        ///< the packet stream could not be written
    Other
};

constexpr std::string_view errorWordText(ErrorWord word)
{
    switch (word) {
    case ErrorWord::Usage:
        return "usage";
    case ErrorWord::NoSuchInterface:
        return "nosuchif";
    case ErrorWord::PermissionDenied:
        return "perm";
    case ErrorWord::BadFilter:
        return "badfilter";
    case ErrorWord::InterfaceDown:
        return "ifdown";
    case ErrorWord::Output:
        return "output";
    case ErrorWord::Other:
        break;
    }
    return "other";
}

/** The reader's side: an unknown word is Other, never an error of its own. */
constexpr ErrorWord errorWordFromText(std::string_view text)
{
    for (ErrorWord word : {ErrorWord::Usage, ErrorWord::NoSuchInterface, ErrorWord::PermissionDenied,
                           ErrorWord::BadFilter, ErrorWord::InterfaceDown, ErrorWord::Output})
        if (text == errorWordText(word))
            return word;
    return ErrorWord::Other;
}

inline std::string readyLine(int dlt, int snapLength)
{
    return std::string(kReady) + ' ' + std::to_string(dlt) + ' ' + std::to_string(snapLength);
}

inline std::string statisticsLine(std::uint64_t received, std::uint64_t dropped)
{
    return std::string(kStatistics) + ' ' + std::to_string(received) + ' ' + std::to_string(dropped);
}

/** @p message is made one line: a newline in it would start a line of its own. */
inline std::string errorLine(ErrorWord word, std::string_view message)
{
    std::string line = std::string(kError) + ' ' + std::string(errorWordText(word)) + ' ';
    for (const char c : message)
        line += (c == '\n' || c == '\r' || c == '\0') ? ' ' : c;
    return line;
}

} // namespace CaptureHelperProtocol
