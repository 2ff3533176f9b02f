// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FragmentReassembler.h"
#include "IkeSession.h"
#include "Verdict.h"

#include <vector>

/**
 * Turns sessions and incomplete datagrams into verdicts with evidence.
 *
 * Per SA: did it complete (IKEv1 MM6 seen and not followed by a repeated MM5; IKEv2
 * IKE_AUTH response seen and not followed by a repeated request)? If not, which message
 * is it stuck on, did that message (or its answer) travel in IP fragments, did every
 * fragment arrive, and did the sender retransmit? The vantage point then says where the
 * fragments were lost. The overall verdict is the most specific failure over all SAs.
 */
class VerdictEngine
{
public:
    /** @p captureEndUs: timestamp of the last packet, to say how long a stall was watched. */
    VerdictEngine(VantageHints hints, const std::vector<IncompleteDatagram>* incomplete,
                  std::int64_t captureEndUs);

    SessionVerdict evaluate(const IkeSession& session) const;
    Verdict overall(const std::vector<IkeSession>& sessions, const std::vector<SessionVerdict>& verdicts,
                    std::uint64_t incompleteIkeDatagrams) const;

private:
    std::uint32_t incompleteBetween(const IpAddress& from, const IpAddress& to, std::int64_t sinceUs) const;

    VantageHints m_hints;
    const std::vector<IncompleteDatagram>* m_incomplete;
    std::int64_t m_captureEndUs = 0;
};
