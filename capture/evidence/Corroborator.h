// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AnalysisResult.h"
#include "EvidenceResult.h"
#include "IpAddress.h"

#include <vector>

/**
 * Puts Windows logs beside an analysis (AnalysisResult::corroboration): each recognised item
 * with its time on the capture's timeline where the zone is known, the verdict the logs alone
 * support, and whether they corroborate or contradict the packets. The packets always decide
 * when there are any; with none, the verdict comes from the logs and says so.
 *
 * Verdict rules from logs (one home): a firewall row with 0xC0040013 between the client and the
 * server (the server given, or taken from the capture) gives fragments-dropped-at-server; an
 * "indicative" Main Mode failure on the initiator's side (4653 %%8204, 547, WFP mmState) gives
 * id-message-unanswered. Neighbouring drop codes are named, never taken for this cause; a log
 * without 0xC0040013 rows is said to prove nothing.
 */
class Corroborator
{
public:
    static void apply(const std::vector<EvidenceResult>& logs, AnalysisResult& analysis,
                      const IpAddress& server = {});
};
