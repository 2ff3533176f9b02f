// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EvidenceResult.h"

#include <QString>

#include <algorithm>

/** Path of a constructed fixture in tests/evidence/fixtures (see README.md there). */
inline QString evidenceFixture(const QString& name)
{
    return QStringLiteral(FRAG792_SOURCE_DIR "/tests/evidence/fixtures/") + name;
}

inline QList<EvidenceItem> itemsOf(const EvidenceResult& result, EvidenceKind kind)
{
    QList<EvidenceItem> out;
    std::copy_if(result.items.begin(), result.items.end(), std::back_inserter(out),
                 [kind](const EvidenceItem& i) { return i.kind == kind; });
    return out;
}
