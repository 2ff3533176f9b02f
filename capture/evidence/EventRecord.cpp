// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventRecord.h"

QString EventRecord::value(const QString& name, qsizetype index) const
{
    bool anyNamed = false;
    for (const auto& [n, v] : data) {
        if (n.isEmpty())
            continue;
        anyNamed = true;
        if (n == name)
            return v;
    }
    if (!anyNamed && index >= 0 && index < data.size())
        return data.at(index).second;
    return {};
}
