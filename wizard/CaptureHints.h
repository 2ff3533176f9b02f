// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaseModel.h"

#include <optional>

struct AnalysisResult;

/**
 * What a capture already answers of the environment questions, so a technician who opened a
 * file is not asked what the file shows. Each answer is unset when the capture cannot tell;
 * the page then keeps the technician's own answer.
 */
struct CaptureHints
{
    /** L2TP/IPsec when IKEv1 was seen (PPTP and SSTP never use IKE; IKEv2 is not L2TP). */
    std::optional<VpnProtocol> protocol;
    /**
     * Certificates when a certificate or certificate request was seen; a pre-shared key when
     * Main Mode got past message 4 (where a certificate request would have been) without either.
     */
    std::optional<IkeAuthentication> authentication;

    static CaptureHints fromResult(const AnalysisResult& result);
};
