// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Finding.h"
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
    StalledWithoutFragmentation,
    IdMessageUnanswered, ///< from logs alone: Main Mode stopped after the client sent MM5 (ID)
    LogsInconclusive     ///< logs alone, none of which shows where the negotiation stopped
};

QString verdictCodeKey(VerdictCode code);
std::optional<VerdictCode> verdictCodeFromKey(const QString& key);
/**
 * English title and explanation (context "Verdict"). The engine never translates: JSON and
 * the CLI use these as they are, the wizard and the report translate them where they are shown.
 */
const char* verdictTitleSource(VerdictCode code);
const char* verdictExplanationSource(VerdictCode code);
/** Higher is a more specific failure; picks the overall verdict among several SAs. */
int verdictSpecificity(VerdictCode code);
bool isFragmentVerdict(VerdictCode code);

/** True when the KB 838438 change (clear "Block IP fragments") is the next step for this diagnosis. */
bool verdictResolutionApplies(VerdictCode code);
/** True when a verification capture with this verdict closes the case. */
bool verdictClosesCase(VerdictCode code);

/** The advice the verdict table holds, one sentence set per moment of the case (context "VerdictAdvice"). */
enum class VerdictAdvice : std::uint8_t
{
    AfterDiagnosis,    ///< what the first capture means and what to check
    ResolutionIntro,   ///< how the resolution steps relate to this diagnosis
    AfterVerification, ///< what the verification capture means and what to try next
};
inline constexpr const char* kVerdictAdviceContext = "VerdictAdvice";
/** English source text of @p advice for @p code. */
const char* verdictAdviceSource(VerdictCode code, VerdictAdvice advice);

/** The message a stalled negotiation is stuck on. */
struct StalledMessage
{
    QString name;            ///< "MM5", "IKE_AUTH request"
    std::int32_t index = -1; ///< first copy in the session timeline
    bool fromInitiator = true;
    std::uint32_t fragmentCount = 1; ///< most IP fragments any copy arrived in
    std::uint32_t ikeLength = 0;
    std::uint32_t retransmissions = 0;
    bool answered = false;
    QString answerName; ///< set when an answer was seen
    std::uint32_t answerFragmentCount = 0;
    std::uint32_t incompleteDatagrams = 0; ///< from the sender to its peer, never completed
};

/**
 * What the verdict rules look at when a negotiation stalled. Each stall verdict's rule in the
 * verdict table is a predicate over these facts; the rules are mutually exclusive, and a
 * stall no rule claims is stalled-without-fragmentation.
 */
struct StallFacts
{
    VantagePoint where = VantagePoint::Unknown;
    bool answeredThenRepeated = false;      ///< the answer came and the initiator kept repeating its request
    bool answerFragmented = false;          ///< that answer travelled in IP fragments
    bool fromInitiator = true;              ///< the stalled message is the initiator's
    bool fragmented = false;                ///< the stalled message travelled in IP fragments
    bool senderDatagramsIncomplete = false; ///< datagrams from its sender to its peer never completed
    /** Stuck after the responder spoke: a large initiator message (certificates) is due next. */
    bool largeMessageDue = false;
    bool initiatorDatagramsIncomplete = false; ///< datagrams from the initiator never completed
};

/** The verdict for a stalled negotiation: the table's rule that claims @p facts. */
VerdictCode verdictForStall(const StallFacts& facts);

struct SessionVerdict
{
    VerdictCode code = VerdictCode::NoIkeTraffic;
    VantageDecision vantage;
    bool completed = false;
    Finding outcome;                   ///< "completed", "stalled at MM5", ...
    std::optional<Finding> phase2Note; ///< Quick Mode / CHILD_SA trouble after a completed phase 1
    std::optional<StalledMessage> stalled;
    Findings evidence;
};

struct Verdict
{
    VerdictCode code = VerdictCode::NoIkeTraffic;
    std::int32_t sessionIndex = -1; ///< the SA the overall verdict comes from
    VantageDecision vantage;
    std::optional<StalledMessage> stalled;
    Findings evidence;
};
