// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Vantage.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

/** The stable verdict codes (a JSON contract; never renumber the keys). */
enum class VerdictCode : std::uint8_t
{
    NoIkeTraffic,
    NegotiationCompleted,
    FragmentsDroppedAtServer,
    FragmentsLostBeforeServer,
    FragmentsLostAfterServer,
    FragmentsDroppedAtClient,
    FragmentsUnanswered,
    StalledWithoutFragmentation
};

QString verdictCodeKey(VerdictCode code);
std::optional<VerdictCode> verdictCodeFromKey(const QString& key);
/** English title and explanation; translatable through the "Verdict" context. */
QString verdictTitle(VerdictCode code);
QString verdictExplanation(VerdictCode code);
/** Untranslated source strings, for reports that must stay English (JSON). */
const char* verdictTitleSource(VerdictCode code);
const char* verdictExplanationSource(VerdictCode code);
/** Higher is a more specific failure; picks the overall verdict among several SAs. */
int verdictSpecificity(VerdictCode code);
bool isFragmentVerdict(VerdictCode code);

/** The message a stalled negotiation is stuck on. */
struct StalledMessage
{
    QString name;            ///< "MM5", "IKE_AUTH request"
    std::int32_t index = -1; ///< first copy in the session timeline
    bool fromInitiator = true;
    std::uint32_t ipFragments = 1; ///< most IP fragments any copy arrived in
    std::uint32_t ikeLength = 0;
    std::uint32_t retransmissions = 0;
    bool answered = false;
    QString answerName; ///< set when an answer was seen
    std::uint32_t answerIpFragments = 0;
    std::uint32_t incompleteDatagrams = 0; ///< from the sender to its peer, never completed
};

struct SessionVerdict
{
    VerdictCode code = VerdictCode::NoIkeTraffic;
    VantageDecision vantage;
    bool completed = false;
    QString outcome;    ///< "completed", "stalled at MM5", ...
    QString phase2Note; ///< Quick Mode / CHILD_SA trouble after a completed phase 1
    std::optional<StalledMessage> stalled;
    QStringList evidence;
};

struct Verdict
{
    VerdictCode code = VerdictCode::NoIkeTraffic;
    std::int32_t sessionIndex = -1; ///< the SA the overall verdict comes from
    VantageDecision vantage;
    std::optional<StalledMessage> stalled;
    QStringList evidence;
};
