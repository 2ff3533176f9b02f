// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AnalysisResult.h"
#include "PacketBuilder.h"
#include "ReportInput.h"

/** Analyses built packet by packet, for the report tests. */
namespace ReportFixtures {

inline const char* kClient = "192.0.2.10";
inline const char* kServer = "198.51.100.1";

AnalysisResult analyze(const std::vector<PacketBuilder::TimedFrame>& frames, const QString& source,
                       const VantageHints& hints = {});
/** KB 838438 seen at the server: MM5 arrives complete in fragments, is retransmitted, never answered. */
AnalysisResult blockedAtServer();
/**
 * MM5 unanswered, captured at the client (the client's TTL is initial), analysed with
 * --server kServer: the verdict assumes the server and carries the TTLs' conflict.
 */
AnalysisResult blockedAtClientStatedAsServer();
/** The same negotiation after the fix: MM6 answers and Quick Mode follows. */
AnalysisResult completedAtServer();
/**
 * A busy server: 12 IKE SAs from IPv4 and IPv6 clients to three servers (some blocked, some
 * completed, some with MM5 cut to its first fragment, which leaves incomplete datagrams).
 * Every address appears in sessions, evidence sentences and incomplete-datagram records.
 */
AnalysisResult crowdedCapture(const QString& source);
/** The addresses crowdedCapture() uses, as text. */
QStringList crowdedAddresses();
/** @p result as the reports take it: shared. */
SharedAnalysisResult shared(AnalysisResult result);
/** blockedAtServer() with case details filled in, for @p product. */
ReportInput blockedInput(ServerProduct product = ServerProduct::Unspecified);

} // namespace ReportFixtures
