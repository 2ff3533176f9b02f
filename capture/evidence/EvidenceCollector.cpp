// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceCollector.h"

#include <algorithm>

EvidenceCollector::EvidenceCollector(EvidenceResult& result, int maxItems)
    : m_result(result), m_maxItems(std::max(0, maxItems))
{
    for (const EvidenceItem& item : m_result.items)
        ++m_perStrength[std::size_t(item.strength)];
}

void EvidenceCollector::add(EvidenceItem item)
{
    ++m_result.recordsRecognised;
    if (m_result.items.size() < m_maxItems) {
        ++m_perStrength[std::size_t(item.strength)];
        m_result.items.append(std::move(item));
        return;
    }
    // Rank "points elsewhere" with "locating": both decide a verdict.
    auto rank = [](EvidenceStrength s) {
        return s == EvidenceStrength::PointsElsewhere ? int(EvidenceStrength::Locating) : int(s);
    };
    int weakest = -1;
    for (std::size_t s = 0; s < m_perStrength.size(); ++s) {
        if (m_perStrength[s] > 0 &&
            (weakest < 0 || rank(EvidenceStrength(s)) < rank(EvidenceStrength(weakest))))
            weakest = int(s);
    }
    if (weakest < 0 || rank(item.strength) <= rank(EvidenceStrength(weakest))) {
        ++m_result.itemsDropped;
        return;
    }
    for (qsizetype i = m_result.items.size() - 1; i >= 0; --i) {
        if (int(m_result.items[i].strength) == weakest) {
            m_result.items.removeAt(i);
            --m_perStrength[std::size_t(weakest)];
            ++m_result.itemsDropped;
            break;
        }
    }
    ++m_perStrength[std::size_t(item.strength)];
    m_result.items.append(std::move(item));
}
