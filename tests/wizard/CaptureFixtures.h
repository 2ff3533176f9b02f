// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Verdict.h"

#include <QString>

/** Writes small pcapng captures that lead the engine to each verdict (PacketBuilder scenarios). */
namespace CaptureFixtures {

/** All verdict codes, in a fixed order for data-driven tests. */
QList<VerdictCode> allVerdicts();
/** Writes a capture for @p code into @p directory and returns its path (empty on failure). */
QString write(VerdictCode code, const QString& directory);

} // namespace CaptureFixtures
