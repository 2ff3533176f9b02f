// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EvidenceFormat.h"
#include "EvidenceResult.h"

class QIODevice;

/**
 * `netsh wfp show netevents` XML (<netEvents><item>...) and the netEvent elements of a wfpdiag
 * report: each IKEEXT Main Mode failure (type FWPM_NET_EVENT_TYPE_IKEEXT_MM_FAILURE) becomes a
 * WfpMainModeFailure item with the header's time (UTC) and addresses and the failure's
 * failureErrorCode, failurePoint, mmState (IKEEXT_MM_SA_STATE_*), saRole and keyingModuleType,
 * written either as enum names or as numbers (FWPM_NET_EVENT_IKEEXT_MM_FAILURE0 and the
 * IKEEXT/IPSEC enums in learn.microsoft.com's fwpmtypes.h/iketypes.h pages).
 */
class WfpNetEvents
{
public:
    static void read(QIODevice& device, const SniffResult& sniff, const EvidenceReadOptions& options,
                     EvidenceResult& result);
};
