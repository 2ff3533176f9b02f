// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IpAddress.h"

#include <QString>

#include <cstdint>
#include <optional>

/**
 * One recognised piece of Windows evidence (an event-log record, a firewall-log row, a WFP net
 * event, an oakley.log exchange), as data: a kind code and its arguments. There is no prose here;
 * sentences are rendered later, in the reader's language, from the kind and the facts.
 *
 * Keys returned by the *Key() functions are stable machine names (kebab-case) for JSON; they are
 * added, never renamed.
 */

/** What the item is. */
enum class EvidenceKind : std::uint8_t
{
    RasDialing,        ///< RasClient 20221 ROUTERLOG_PRECONNECT_INFO: dialing started (VpnStrategy)
    RasDeviceSelected, ///< RasClient 20222 ROUTERLOG_CONNECTING_DEVICE (device, e.g. WAN Miniport (L2TP))
    RasConnectionEstablished,  ///< RasClient 20225 ROUTERLOG_RASCONNECTION_ESTABLISHED
    RasConnectionFailed,       ///< RasClient 20227 ROUTERLOG_RASCONNECTION_FAILED with its error code
    IpsecMainModeFailed,       ///< Security 4653 (Vista and later): Main Mode negotiation failed
    IkeNegotiationFailed,      ///< Security 547 (2000/XP/2003): IKE security association negotiation failed
    WfpMainModeFailure,        ///< netsh wfp netevents: FWPM_NET_EVENT_TYPE_IKEEXT_MM_FAILURE
    OakleyShortMessage,        ///< oakley.log: a received ISAKMP message shorter than its header length
    OakleyNegotiationTimedOut, ///< oakley.log: a negotiation given up (timed out / no response)
    FirewallFragmentDropped,   ///< ISA/TMG firewall log row with 0xC0040013 FWX_E_FRAGMENT_PACKET_DROPPED
    FirewallPacketDropped,     ///< ISA/TMG row with another packet-drop code (spoofing, bad length, ...)
    FirewallIkeTraffic,        ///< ISA/TMG row for UDP 500/4500 that was not dropped: the pair did talk
    Count
};

/**
 * How much an item says about this KB's cause, before it is matched against a capture or the
 * technician's client and server addresses (the integration may raise or lower it then).
 */
enum class EvidenceStrength : std::uint8_t
{
    Context,         ///< sets the scene (dialing started, the pair talked); proves nothing alone
    Consistent,      ///< consistent with fragments being dropped, but also with look-alikes (792 alone)
    Indicative,      ///< points at the KB's loss point: Main Mode stopped after MM5 went out
    Locating,        ///< locates the drop: a firewall row saying it dropped an IP fragment
    PointsElsewhere, ///< says the failure is something else (787: MM6 arrived; 788: proposals)
    Count
};

/** How a time was stated in the source. */
enum class TimeBasis : std::uint8_t
{
    Utc,              ///< the source says UTC (EVTX, event XML, W3C logs, WFP XML, ISO "Z" times)
    LocalUnknownZone, ///< wall-clock time of an unknown zone (text/CSV exports, viewer copies, oakley.log)
    None              ///< no time could be read
};

struct EvidenceTime
{
    TimeBasis basis = TimeBasis::None;
    /** Milliseconds since 1970-01-01T00:00:00 of the stated wall clock (the UTC instant when
     *  basis is Utc; the local wall-clock reading taken as if it were UTC otherwise). */
    std::int64_t msecs = 0;
    bool yearMissing = false;       ///< oakley.log prints month-day only: the year was assumed
    bool dayMonthAmbiguous = false; ///< "05/06/2010": day and month could not be told apart; the
                                    ///< export's language decided the order
    bool isSet() const { return basis != TimeBasis::None; }
};

/** Which side of the IKE exchange the logging host was. */
enum class IkeRole : std::uint8_t
{
    Unknown,
    Initiator,
    Responder
};

/**
 * How far Main Mode got, from the logging host's side. One scale for every source: 4653's
 * %%8201-%%8204, 547's "Extra Status", WFP's IKEEXT_MM_SA_STATE.
 */
enum class MainModeState : std::uint8_t
{
    Unknown,
    NoState,         ///< %%8201, IKEEXT_MM_SA_STATE_NONE: nothing sent
    SentFirst,       ///< %%8202 "Sent first (SA) payload", IKEEXT_MM_SA_STATE_SA_SENT: MM1 (MM2)
    SentSecond,      ///< %%8203 "Sent second (KE) payload", IKEEXT_MM_SA_STATE_SSPI_SENT: MM3 (MM4)
    SentThird,       ///< %%8204 "Sent third (ID) payload", IKEEXT_MM_SA_STATE_FINAL: MM5 (MM6)
    FinalSent,       ///< IKEEXT_MM_SA_STATE_FINAL_SENT
    Complete,        ///< IKEEXT_MM_SA_STATE_COMPLETE
    ProcessedFirst,  ///< 547 (2003) "Processed first (SA) payload"
    ProcessedSecond, ///< 547 (2003) "Processed second (KE) payload"
    ProcessedThird   ///< 547 (2003) "Processed third (ID) payload"
};

/** Where IPsec placed the failure (4653 %%8199/%%8200, 547 "Me"/"Peer", IPSEC_FAILURE_POINT). */
enum class FailurePoint : std::uint8_t
{
    Unknown,
    LocalComputer,
    RemoteComputer
};

/** Which IKE flavour (4653 KeyModName %%8222/%%8223, WFP keyingModuleType). */
enum class KeyingModule : std::uint8_t
{
    Unknown,
    IkeV1,
    AuthIp,
    IkeV2
};

/** Facts a source carried but this parser could not read, as bits. */
enum UnreadFact : std::uint16_t
{
    UnreadNone = 0,
    UnreadState = 1 << 0,         ///< the MM state was rendered text in an unrecognised language
    UnreadFailureReason = 1 << 1, ///< the failure reason was text not matched to an error code
    UnreadRole = 1 << 2,
    UnreadErrorCode = 1 << 3, ///< the error code was not found in the message
    UnreadTime = 1 << 4,
    UnreadAddresses = 1 << 5,
    UnreadCorrelation = 1 << 6, ///< a 20227 without the matching 20221/20222 in the same file
};

/** An address and an optional port, as the source wrote them. */
struct EvidenceEndpoint
{
    IpAddress address;
    std::optional<std::uint16_t> port;
    bool isSet() const { return address.isValid(); }
};

/** The structured facts; a field is left empty when the source does not carry it. */
struct EvidenceFacts
{
    // Which record this is, in the source's own terms.
    std::uint32_t eventId = 0;      ///< Windows event ID (20227, 4653, 547); 0 for non-event sources
    QString provider;               ///< "RasClient", "Microsoft-Windows-Security-Auditing", "Security"
    QString computer;               ///< the logging computer's name (redaction covers it)
    std::uint64_t recordNumber = 0; ///< EventRecordID, record index or line number (1-based; 0 unknown)

    // What failed and how.
    std::optional<std::int64_t> errorCode;   ///< Windows error: 792, 809, 13805, 13813, ...
    std::optional<std::uint32_t> resultCode; ///< ISA/TMG result code (HRESULT), e.g. 0xC0040013
    FailurePoint failurePoint = FailurePoint::Unknown;
    MainModeState mainModeState = MainModeState::Unknown;
    IkeRole role = IkeRole::Unknown;
    KeyingModule keyingModule = KeyingModule::Unknown;
    bool mainMode = false;  ///< 547: "Key Exchange Mode (Main Mode)"
    bool quickMode = false; ///< 547: "Data Protection Mode (Quick Mode)"

    // Who talked. Host logs fill local/remote; firewall logs fill source/destination.
    EvidenceEndpoint local;
    EvidenceEndpoint remote;
    EvidenceEndpoint source;
    EvidenceEndpoint destination;
    QString transport; ///< firewall "IP protocol": "UDP", "TCP", a number, ...
    QString action;    ///< firewall action: "Denied", "Initiated", ...
    QString rule;      ///< firewall rule name (redaction covers it)

    // RasClient chain.
    QString correlationId;      ///< CoId GUID, "{...}" upper case
    QString vpnStrategy;        ///< 20221 "VpnStrategy = L2TP"
    QString deviceName;         ///< 20222 "WAN Miniport (L2TP)"
    QString connectionName;     ///< the phone-book entry's name (redaction covers it)
    bool linkedDialing = false; ///< a 20221 with the same CoId was found
    bool linkedDevice = false;  ///< a 20222 with the same CoId was found

    // oakley.log.
    std::optional<std::uint32_t> ikeLength;      ///< ISAKMP header length
    std::optional<std::uint32_t> receivedLength; ///< bytes actually received

    QString language; ///< language of a rendered message ("en", "de", ...); empty for raw values
    std::uint16_t unread = UnreadNone; ///< UnreadFact bits
};

struct EvidenceItem
{
    EvidenceKind kind = EvidenceKind::Count;
    EvidenceStrength strength = EvidenceStrength::Context;
    EvidenceTime time;
    EvidenceFacts facts;
};

QString evidenceKindKey(EvidenceKind kind);
QString evidenceStrengthKey(EvidenceStrength strength);
QString timeBasisKey(TimeBasis basis);
QString mainModeStateKey(MainModeState state);
QString ikeRoleKey(IkeRole role);
QString failurePointKey(FailurePoint point);
QString keyingModuleKey(KeyingModule module);
