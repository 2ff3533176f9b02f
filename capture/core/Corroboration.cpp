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

ItemPlacement placeItem(const CorroborationItem& item, std::uint64_t packets, std::int64_t firstTimestampUs,
                        std::int64_t lastTimestampUs)
{
    if (!item.timeUtcMs)
        return item.localTimeMs ? ItemPlacement::LocalTime : ItemPlacement::TimeUnknown;
    if (packets == 0)
        return ItemPlacement::NoCapture;
    const std::int64_t us = *item.timeUtcMs * 1000;
    if (us < firstTimestampUs)
        return ItemPlacement::BeforeCapture;
    return us > lastTimestampUs ? ItemPlacement::AfterCapture : ItemPlacement::InCapture;
}

const char* itemPlacementKey(ItemPlacement placement)
{
    switch (placement) {
    case ItemPlacement::LocalTime:
        return "local-time";
    case ItemPlacement::NoCapture:
        return "no-capture";
    case ItemPlacement::InCapture:
        return "in-capture";
    case ItemPlacement::BeforeCapture:
        return "before-capture";
    case ItemPlacement::AfterCapture:
        return "after-capture";
    case ItemPlacement::TimeUnknown:
        break;
    }
    return "time-unknown";
}
