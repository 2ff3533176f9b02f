// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaptureHints.h"

#include "AnalysisResult.h"

#include <algorithm>

CaptureHints CaptureHints::fromResult(const AnalysisResult& result)
{
    CaptureHints hints;
    bool ikeV1 = false;
    bool certificates = false;
    bool mainModePastRequest = false;
    for (const IkeSession& session : result.sessions) {
        if (session.version != IkeVersion::V1)
            continue;
        ikeV1 = true;
        certificates = certificates || session.certificatesExpected;
        // A CERTREQ travels in Main Mode 3/4 at the latest; MM4 without one means the peers
        // authenticate some other way, which for Windows L2TP/IPsec is a pre-shared key.
        mainModePastRequest =
            mainModePastRequest ||
            std::any_of(session.messages.begin(), session.messages.end(),
                        [](const SessionMessage& m) { return m.role == MessageRole::MainMode4; });
    }
    if (ikeV1)
        hints.protocol = VpnProtocol::L2tpIpsec;
    if (certificates)
        hints.authentication = IkeAuthentication::Certificates;
    else if (mainModePastRequest)
        hints.authentication = IkeAuthentication::PreSharedKey;
    return hints;
}
