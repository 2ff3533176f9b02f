// SPDX-License-Identifier: GPL-3.0-or-later
#include "Corroboration.h"

QString corroborationRelationKey(CorroborationRelation relation)
{
    switch (relation) {
    case CorroborationRelation::NoCapture:
        return QStringLiteral("no-capture");
    case CorroborationRelation::Corroborates:
        return QStringLiteral("corroborates");
    case CorroborationRelation::Contradicts:
        return QStringLiteral("contradicts");
    case CorroborationRelation::Neutral:
        return QStringLiteral("neutral");
    }
    return QStringLiteral("neutral");
}
