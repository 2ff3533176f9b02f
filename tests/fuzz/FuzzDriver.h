// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <cstdint>
#include <span>
#include <vector>

/**
 * The code paths the fuzz targets drive, shared with the regression test so a crashing
 * input found by libFuzzer replays byte for byte in a normal (non-clang) build.
 *
 * Packet-stream framing (kept tiny so the fuzzer spends its effort inside packets):
 *   byte 0    bits 0-3: link type (LinkType value; 8 and 10-15 mean Unknown; 9: each frame is a
 *                       NetMon NetEvent record, unwrapped by NetEventAssembler first)
 *             bit 4:    tiny limits (4 datagrams, 8 sessions) so eviction paths run
 *   then      repeated [u16 big-endian header][bytes]: header bits 0-14 are the frame
 *             length, bit 15 advances capture time by 31 s first (reassembly timeout).
 * A trailing partial record is fed as whatever bytes remain.
 */
class FuzzDriver
{
public:
    static constexpr int kNetEventSelector = 9;
    /** Runs a whole Analyzer over one framed packet stream, then finish() and both renderings. */
    static void runPacketStream(std::span<const std::uint8_t> input);
    /** Writes @p input to a private temporary file and reads it like `frag792 analyze FILE`. */
    static void runCaptureFile(std::span<const std::uint8_t> input);
    /** Writes @p input to a private temporary file and reads it as an evidence file (any format). */
    static void runEvidenceFile(std::span<const std::uint8_t> input);

    /** Encodes frames (Ethernet) into the packet-stream framing; for seeds. */
    static QByteArray encodePacketStream(std::uint8_t selector, const std::vector<QByteArray>& frames);
};
