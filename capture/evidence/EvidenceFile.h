// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EvidenceResult.h"

/**
 * Reads one evidence file: sniffs its format from its first 64 KiB (content, not extension) and
 * hands it to the matching reader. Never throws; an unreadable file gives a result with
 * format Unknown and an UnreadableReason.
 */
EvidenceResult readEvidenceFile(const QString& path, const EvidenceReadOptions& options = {});
