// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EvidenceResult.h"

/**
 * Adds items to an EvidenceResult under its cap (EvidenceReadOptions::maxItems). When the list is
 * full, a new item replaces the most recent item of the weakest strength if it is stronger;
 * otherwise it is only counted. So a 1 GB firewall log full of context rows still keeps every
 * 0xC0040013 row it can.
 */
class EvidenceCollector
{
public:
    EvidenceCollector(EvidenceResult& result, int maxItems);
    void add(EvidenceItem item);

private:
    EvidenceResult& m_result;
    int m_maxItems;
    std::array<int, std::size_t(EvidenceStrength::Count)> m_perStrength{};
};
