// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Finding.h"
#include "IkeSession.h"

#include <cstdint>
#include <optional>
#include <vector>

/**
 * Where an IKE SA ended up, before the vantage point is taken into account: completed (IKEv1
 * MM6 seen and not followed by a repeated MM5; IKEv2 IKE_AUTH response seen and not followed
 * by a repeated request), or the message it is stuck on and, when the stuck request was
 * answered and still repeated, that answer.
 */
struct SessionOutcome
{
    bool completed = false;
    bool establishedBeforeCapture = false;
    std::int32_t stalledIndex = -1; ///< the first copy of the stuck message
    std::int32_t answerIndex = -1;  ///< its answer, when one came and the request was repeated anyway
    bool repeatedAfterAnswer = false;
    std::optional<Finding> phase2Note; ///< trouble after a completed phase 1
};

SessionOutcome sessionOutcome(const IkeSession& session);

/** @p index and the indexes of its retransmissions, in timeline order. */
std::vector<std::int32_t> copiesOf(const IkeSession& session, std::int32_t index);
