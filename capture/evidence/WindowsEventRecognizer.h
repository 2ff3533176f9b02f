// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EventRecord.h"
#include "EvidenceCollector.h"

#include <QHash>

/**
 * Turns event records into evidence items:
 *  - RasClient 20221 (VpnStrategy), 20222 (device), 20225 (connected), 20227 (failed, error code),
 *    linked by their CoId correlation GUID (finish() fills the 20227 items from their 20221/20222);
 *  - Security 4653 (Vista+): Main Mode failed, with state (%%8201-%%8204), role (%%8205/%%8206),
 *    failure point (%%8199/%%8200), keying module and failure reason (13805/13813 when recognised);
 *  - Security 547 (2000/XP/2003): IKE negotiation failed: mode, failure point, reason, and the
 *    2003 "Extra Status" state and role.
 * Raw values (XML/EVTX/EVT) are read by name or position; rendered messages (text/CSV) by numbers,
 * addresses and GUIDs, which every language keeps, plus the English wording of states and
 * reasons. What a rendered message in another language hides is marked in EvidenceFacts::unread
 * and counted as UnrecognisedLanguage.
 */
class WindowsEventRecognizer
{
public:
    WindowsEventRecognizer(EvidenceResult& result, int maxItems);
    void add(const EventRecord& record);
    /** Links 20227 items to the 20221/20222 of the same CoId; call once after the last record. */
    void finish();

private:
    void addRas(const EventRecord& record);
    void addMainModeFailure(const EventRecord& record);
    void addIkeFailure547(const EventRecord& record);

    EvidenceResult& m_result;
    EvidenceCollector m_collector;
    struct RasLink
    {
        QString vpnStrategy;
        QString deviceName;
        bool dialing = false;
        bool device = false;
    };
    QHash<QString, RasLink> m_links; ///< CoId -> what 20221/20222 said (bounded)
};

/** MM progress as a strength, the one rule every Main Mode failure source shares. */
EvidenceStrength mainModeFailureStrength(MainModeState state, IkeRole role,
                                         std::optional<std::int64_t> errorCode);
