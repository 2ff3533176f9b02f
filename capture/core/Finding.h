// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <vector>

enum class VantagePoint : std::uint8_t;
enum class VerdictCode : std::uint8_t;
struct Finding;

/**
 * Every sentence the engine says about a capture: evidence, outcomes, phase-2 notes, how the
 * vantage point was decided and where the statement and the packets disagree. Each code has
 * one English sentence in the table in Finding.cpp (context "Finding"); the engine records
 * the code with its arguments and never translates. The English rendering (JSON, CLI) is
 * findingEnglish(); translated, locale-formatted rendering happens where the text is shown
 * (report/FindingText). Codes and keys are stable: they appear in the JSON (evidence_codes).
 */
enum class FindingCode : std::uint8_t
{
    // Evidence of a completed SA
    SaCompleted,
    SaEstablishedBeforeCapture,
    FragmentedMessagesAnswered,
    IkeFragmentationUsed,
    AfterPhase1,
    // Evidence of a stalled SA
    SaStalledSentByInitiator,
    SaStalledSentByResponder,
    MessageLeftInFragments,
    MessageArrivedInFragments,
    MessageNotFragmented,
    MessageRetransmitted,
    MessageNotRetransmitted,
    DatagramsNeverCompleted,
    AnswerArrivedYetRepeated,
    AnswerSentYetRepeated,
    NoAnswerSeen,
    NextMessageNeverArrived,
    CertificatesMakeMessageLarge,
    AuthMethodMakesMessageLarge,
    AuthMethodsOfferedMakeMessageLarge,
    IkeAuthSizeShowsCertificates,
    InitiatorDatagramsIncomplete,
    CapturePoint,
    // Evidence of the whole capture
    NoIkeDecoded,
    IkeDatagramsNeverCompleted,
    SeveralSas,
    NotValidIke,
    // Outcomes (short phrases)
    OutcomeCompleted,
    OutcomeEstablishedBeforeCapture,
    OutcomeStalledAt,
    OutcomeStalledAfter,
    // Notes after a completed phase 1
    QuickModeUnanswered,
    CreateChildSaUnanswered,
    ErrorNotifyAfterPhase1,
    // How the vantage point was decided
    VantageStated,
    VantageResponderOnInterface,
    VantageResponderGivenAsServer,
    VantageInitiatorOnInterface,
    VantageInitiatorGivenAsServer,
    VantageNeitherOnInterface,
    VantageNeitherGivenAsServer,
    VantageOneSided,
    VantageTtlServer,
    VantageTtlClient,
    VantageTtlPath,
    VantageTtlUnclear,
    // The statement against the packets
    VantageStatedBasis,
    ConflictTtlServer,
    ConflictTtlClient,
    ConflictTtlPath,
    ConflictChangesVerdict,
    ConflictSameVerdict,
    // Windows logs given as evidence (capture/evidence): what an item says
    LogRasDialing,
    LogRasDevice,
    LogRasEstablished,
    LogRasFailed,
    LogMainModeFailed,
    LogOakleyShortMessage,
    LogOakleyTimedOut,
    LogFirewallFragmentDropped,
    LogFirewallPacketDropped,
    LogFirewallIkeTraffic,
    // Windows logs: what they mean together
    LogsVerdictBasis,
    LogsNoFragmentRow,
    LogsNoResultColumn,
    LogsZoneUnknown,
    LogsZoneUtc,
    LogsCorroborate,
    LogsContradict,
    LogsPointElsewhere,
    LogsFileUnreadable,
    LogsErrorWithoutState,
    LogsOutsideCapture,
};

/** One typed value of a finding, shown in place of %1, %2, ... in the order given. */
class FindingArgument
{
public:
    enum class Kind : std::uint8_t
    {
        Count,        ///< a number of things (not the one that picks the plural form)
        Bytes,        ///< a size in bytes
        Seconds,      ///< a duration, kept in microseconds, shown with one decimal
        Address,      ///< an IP address in text form
        Message,      ///< an IKE message name ("MM5", "IKE_AUTH request"); a protocol name, never translated
        Text,         ///< verbatim, never translated: TTL lists, interface names
        VantageWord,  ///< the vantage point as a noun: "server"
        VantagePlace, ///< the vantage point as a place: "at the server"
        Verdict,      ///< a verdict code, shown as its stable key
        Nested,       ///< another finding, rendered in the same language
    };

    static FindingArgument count(std::uint64_t n);
    static FindingArgument bytes(std::uint64_t n);
    static FindingArgument seconds(std::int64_t microseconds);
    static FindingArgument address(const QString& address);
    static FindingArgument message(const QString& name);
    static FindingArgument text(const QString& verbatim);
    static FindingArgument vantageWord(VantagePoint point);
    static FindingArgument vantagePlace(VantagePoint point);
    static FindingArgument verdict(VerdictCode code);
    static FindingArgument nested(Finding finding);

    Kind kind() const { return m_kind; }
    std::int64_t number() const { return m_number; } ///< Count, Bytes, Seconds (µs), vantage, verdict
    const QString& text() const { return m_text; }   ///< Address, Message, Text
    const Finding* finding() const { return m_nested.get(); } ///< Nested

private:
    FindingArgument(Kind kind, std::int64_t number, QString text = {});

    Kind m_kind;
    std::int64_t m_number = 0;
    QString m_text;
    std::shared_ptr<const Finding> m_nested;
};

struct Finding
{
    FindingCode code{};
    std::vector<FindingArgument> arguments; ///< %1, %2, ...
    std::int64_t count = -1;                ///< %Ln of a plural sentence; picks its plural form (-1: none)

    Finding() = default;
    explicit Finding(FindingCode c, std::vector<FindingArgument> args = {})
        : code(c), arguments(std::move(args))
    {
    }
    /** A sentence whose plural form follows @p n (shown where the sentence says %Ln). */
    static Finding counted(FindingCode c, std::uint64_t n, std::vector<FindingArgument> args = {});
};

using Findings = std::vector<Finding>;

/** The translation context of every finding sentence and vantage word. */
inline constexpr const char* kFindingContext = "Finding";

/** What the one table holds about a code: its stable key and its source sentence. */
struct FindingSource
{
    const char* key;      ///< stable, kebab-case: "message-retransmitted"
    const char* text;     ///< English; for plural sentences the plural form, with %Ln
    const char* singular; ///< English singular of a plural sentence; nullptr when not plural
};
FindingSource findingSource(FindingCode code);
/** Every code, in declaration order (tests walk the table with it). */
std::vector<FindingCode> allFindingCodes();
/** Source texts of the vantage point as a noun and as a place, context kFindingContext. */
const char* vantageWordSource(VantagePoint point);
const char* vantagePlaceSource(VantagePoint point);

/**
 * The parts of a rendering that depend on the language: the sentence pattern of a code (with
 * its plural form chosen and %Ln replaced), the words and the number formats. Arguments are
 * substituted by renderFinding(), the same for every language.
 */
class FindingLanguage
{
public:
    virtual ~FindingLanguage() = default;
    virtual QString pattern(FindingCode code, std::int64_t count) const = 0;
    virtual QString word(const char* source) const = 0;
    virtual QString number(std::int64_t n) const = 0;
    virtual QString seconds(double s) const = 0;
};

QString renderFinding(const Finding& finding, const FindingLanguage& language);
QStringList renderFindings(const Findings& findings, const FindingLanguage& language);

/** The English sentence, with proper English plurals and plain numbers: JSON and the CLI. */
QString findingEnglish(const Finding& finding);
QStringList findingsEnglish(const Findings& findings);

/** Replaces %1..%99 in one pass, so a value that itself contains "%2" is left alone. */
QString fillPlaceholders(const QString& pattern, const QStringList& values);
