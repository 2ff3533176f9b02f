// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowsEventRecognizer.h"

#include <QRegularExpression>

namespace {

constexpr qsizetype kMaxLinks = 4096;

bool isRasClient(const QString& provider)
{
    return provider.compare(QLatin1String("RasClient"), Qt::CaseInsensitive) == 0;
}

bool isSecurity(const QString& provider)
{
    return provider.compare(QLatin1String("Microsoft-Windows-Security-Auditing"), Qt::CaseInsensitive) == 0 ||
           provider.compare(QLatin1String("Security"), Qt::CaseInsensitive) == 0;
}

/** All insertion strings and the rendered message, for searches that do not care where. */
QString allText(const EventRecord& r)
{
    QString text = r.message;
    for (const auto& d : r.data) {
        text += QLatin1Char('\n');
        text += d.second;
    }
    return text;
}

QString correlationId(const QString& text)
{
    static const QRegularExpression guid(QStringLiteral(
        "\\{?([0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})\\}?"));
    const auto m = guid.match(text);
    return m.hasMatch() ? QStringLiteral("{%1}").arg(m.captured(1).toUpper()) : QString();
}

std::optional<std::int64_t> parseInteger(QStringView text)
{
    bool ok = false;
    const qlonglong v = text.trimmed().toLongLong(&ok);
    if (ok && v >= 0 && v <= 0xFFFFFFFFLL)
        return v;
    return std::nullopt;
}

/** The last standalone integer of a rendered message: where every language puts %4 of 20227. */
std::optional<std::int64_t> lastInteger(const QString& text)
{
    static const QRegularExpression integer(QStringLiteral("(?<![\\w.{-])(\\d{1,10})(?![\\w}-]|\\.\\d)"));
    std::optional<std::int64_t> last;
    auto it = integer.globalMatch(text);
    while (it.hasNext())
        last = parseInteger(it.next().captured(1));
    return last;
}

QString valueAfterKey(const QString& text, const QString& key)
{
    const QRegularExpression re(
        QStringLiteral("%1\\s*=\\s*(.+?)(?=\\s+[A-Za-z][A-Za-z /]{1,30}\\s*=|[\\r\\n]|$)")
            .arg(QRegularExpression::escape(key)));
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1).trimmed().left(128) : QString();
}

QString deviceName(const QString& text)
{
    static const QRegularExpression miniport(QStringLiteral("WAN[- ]Miniport\\s*\\(([^)\\r\\n]{1,32})\\)"),
                                             QRegularExpression::CaseInsensitiveOption);
    const auto m = miniport.match(text);
    if (m.hasMatch())
        return QStringLiteral("WAN Miniport (%1)").arg(m.captured(1).trimmed());
    const QString named = valueAfterKey(text, QStringLiteral("Device Name"));
    return named.isEmpty() ? valueAfterKey(text, QStringLiteral("Device")) : named;
}

// msobjs.dll parameter strings (%%8199-%%8223) as listed in elastic/beats winlogbeat's security
// module table; English only (the raw %% form in XML/EVTX is language independent).
struct Insertion
{
    int id;
    const char* english;
};

MainModeState stateFrom(const QString& raw, bool& recognised)
{
    static const Insertion states[] = {{8201, "No state"},
                                       {8202, "Sent first (SA) payload"},
                                       {8203, "Sent second (KE) payload"},
                                       {8204, "Sent third (ID) payload"}};
    static const MainModeState values[] = {MainModeState::NoState, MainModeState::SentFirst,
                                           MainModeState::SentSecond, MainModeState::SentThird};
    recognised = true;
    for (int i = 0; i < 4; ++i) {
        if (raw.contains(QStringLiteral("%%%1").arg(states[i].id)) ||
            raw.contains(QLatin1String(states[i].english), Qt::CaseInsensitive))
            return values[i];
    }
    // Windows Server 2003's oakley "Extra Status" states (oakley.dll 5.2 message table).
    if (raw.contains(QLatin1String("Processed first (SA) payload"), Qt::CaseInsensitive))
        return MainModeState::ProcessedFirst;
    if (raw.contains(QLatin1String("Processed second (KE) payload"), Qt::CaseInsensitive))
        return MainModeState::ProcessedSecond;
    if (raw.contains(QLatin1String("Processed third (ID) payload"), Qt::CaseInsensitive))
        return MainModeState::ProcessedThird;
    recognised = raw.trimmed().isEmpty() || raw.trimmed() == QLatin1String("-");
    return MainModeState::Unknown;
}

IkeRole roleFrom(const QString& raw, bool& recognised)
{
    recognised = true;
    static const QRegularExpression initiator(
        QStringLiteral("%%8205|^\\s*Initiator\\s*$|Role:\\s*Initiator\\b"),
        QRegularExpression::MultilineOption);
    static const QRegularExpression responder(
        QStringLiteral("%%8206|^\\s*Responder\\s*$|Role:\\s*Responder\\b"),
        QRegularExpression::MultilineOption);
    if (initiator.match(raw).hasMatch())
        return IkeRole::Initiator;
    if (responder.match(raw).hasMatch())
        return IkeRole::Responder;
    recognised = raw.trimmed().isEmpty();
    return IkeRole::Unknown;
}

FailurePoint failurePointFrom(const QString& raw)
{
    static const QRegularExpression local(QStringLiteral("%%8199|^\\s*(Local computer|Me)\\s*$"),
                                          QRegularExpression::MultilineOption);
    static const QRegularExpression remote(QStringLiteral("%%8200|^\\s*(Remote computer|Peer)\\s*$"),
                                           QRegularExpression::MultilineOption);
    if (local.match(raw).hasMatch())
        return FailurePoint::LocalComputer;
    if (remote.match(raw).hasMatch())
        return FailurePoint::RemoteComputer;
    return FailurePoint::Unknown;
}

/** Failure-reason text to its Windows error code: the IKE texts of oakley.dll / the system
 *  error-code table (English), or a number already in the text. */
std::optional<std::int64_t> reasonCode(const QString& raw, bool& recognised)
{
    static const Insertion reasons[] = {
        {13805, "Negotiation timed out"},
        {13813, "No response from peer"},
        {13801, "IKE authentication credentials are unacceptable"},
        {13802, "IKE security attributes are unacceptable"},
        {13806, "IKE failed to find valid machine certificate"},
        {13868, "Policy match error"},
        {13853, "No policy configured"},
    };
    recognised = true;
    for (const Insertion& r : reasons) {
        if (raw.contains(QLatin1String(r.english), Qt::CaseInsensitive))
            return r.id;
    }
    static const QRegularExpression number(QStringLiteral("(?:%%)?\\b(138\\d\\d|1[0-9]{3}|[6-9]\\d\\d)\\b"));
    if (const auto m = number.match(raw); m.hasMatch())
        return m.captured(1).toLongLong();
    recognised = raw.trimmed().isEmpty();
    return std::nullopt;
}

KeyingModule keyingModuleFrom(const QString& raw)
{
    if (raw.contains(QLatin1String("%%8222")) || raw.contains(QLatin1String("IKEv1"), Qt::CaseInsensitive))
        return KeyingModule::IkeV1;
    if (raw.contains(QLatin1String("%%8223")) || raw.contains(QLatin1String("AuthIP"), Qt::CaseInsensitive))
        return KeyingModule::AuthIp;
    if (raw.contains(QLatin1String("IKEv2"), Qt::CaseInsensitive))
        return KeyingModule::IkeV2;
    return KeyingModule::Unknown;
}

QList<IpAddress> addressesIn(const QString& text)
{
    static const QRegularExpression candidate(QStringLiteral(
        "(?<![\\w.:])(\\d{1,3}(?:\\.\\d{1,3}){3}|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})(?![\\w.:])"));
    QList<IpAddress> out;
    auto it = candidate.globalMatch(text);
    while (it.hasNext() && out.size() < 8) {
        const IpAddress a = IpAddress::fromString(it.next().captured(1));
        if (a.isValid())
            out.append(a);
    }
    return out;
}

std::optional<std::uint16_t> portValue(const QString& text)
{
    const auto v = parseInteger(text);
    if (v && *v <= 65535)
        return std::uint16_t(*v);
    return std::nullopt;
}

bool isTimeoutCode(std::int64_t code)
{
    return code == 13805 || code == 13813;
}

EvidenceItem baseItem(const EventRecord& r, EvidenceKind kind)
{
    EvidenceItem item;
    item.kind = kind;
    item.time = r.time;
    item.facts.eventId = r.eventId;
    item.facts.provider = r.provider.left(128);
    item.facts.computer = r.computer.left(256);
    item.facts.recordNumber = r.recordNumber;
    item.facts.language = r.language;
    if (!r.time.isSet())
        item.facts.unread |= UnreadTime;
    return item;
}

} // namespace

EvidenceStrength mainModeFailureStrength(MainModeState state, IkeRole role,
                                         std::optional<std::int64_t> errorCode)
{
    if (errorCode && !isTimeoutCode(*errorCode))
        return EvidenceStrength::PointsElsewhere;
    switch (state) {
    case MainModeState::SentThird:
    case MainModeState::ProcessedThird:
        // Initiator at "sent third": MM5 went out, no MM6. Responder: MM6 went out, no Quick Mode.
        if (state == MainModeState::ProcessedThird && role == IkeRole::Initiator)
            return EvidenceStrength::PointsElsewhere; // MM6 arrived
        return role == IkeRole::Unknown ? EvidenceStrength::Consistent : EvidenceStrength::Indicative;
    case MainModeState::SentSecond:
        // Responder: MM4 out, MM5 never arrived. Initiator: MM3 out, MM4 (small) never came.
        return role == IkeRole::Responder   ? EvidenceStrength::Indicative
               : role == IkeRole::Initiator ? EvidenceStrength::PointsElsewhere
                                            : EvidenceStrength::Consistent;
    case MainModeState::ProcessedSecond:
        // 2003: the initiator has processed MM4 (and sent MM5); the responder MM3 (and sent MM4).
        return EvidenceStrength::Indicative;
    case MainModeState::NoState:
    case MainModeState::SentFirst:
    case MainModeState::ProcessedFirst:
    case MainModeState::FinalSent:
    case MainModeState::Complete:
        return EvidenceStrength::PointsElsewhere;
    case MainModeState::Unknown:
        break;
    }
    return EvidenceStrength::Consistent;
}

WindowsEventRecognizer::WindowsEventRecognizer(EvidenceResult& result, int maxItems)
    : m_result(result), m_collector(result, maxItems)
{
}

void WindowsEventRecognizer::add(const EventRecord& record)
{
    ++m_result.recordsRead;
    if (isRasClient(record.provider)) {
        addRas(record);
    } else if (isSecurity(record.provider) && record.eventId == 4653) {
        addMainModeFailure(record);
    } else if (isSecurity(record.provider) && record.eventId == 547) {
        addIkeFailure547(record);
    }
}

void WindowsEventRecognizer::addRas(const EventRecord& r)
{
    const QString text = allText(r);
    const QString coId = correlationId(r.data.isEmpty() ? r.message : r.data.first().second + r.message);
    EvidenceItem item;
    switch (r.eventId) {
    case 20221: {
        item = baseItem(r, EvidenceKind::RasDialing);
        item.facts.vpnStrategy = valueAfterKey(text, QStringLiteral("VpnStrategy"));
        if (!coId.isEmpty() && (m_links.contains(coId) || m_links.size() < kMaxLinks)) {
            RasLink& link = m_links[coId];
            link.dialing = true;
            link.vpnStrategy = item.facts.vpnStrategy;
        }
        break;
    }
    case 20222: {
        item = baseItem(r, EvidenceKind::RasDeviceSelected);
        item.facts.deviceName = deviceName(text);
        if (!coId.isEmpty() && (m_links.contains(coId) || m_links.size() < kMaxLinks)) {
            RasLink& link = m_links[coId];
            link.device = true;
            link.deviceName = item.facts.deviceName;
        }
        break;
    }
    case 20225:
        item = baseItem(r, EvidenceKind::RasConnectionEstablished);
        break;
    case 20227: {
        item = baseItem(r, EvidenceKind::RasConnectionFailed);
        // Insertion strings: CoId, user, connection name, error code (azure-docs RasClient sample).
        if (r.data.size() >= 4) {
            item.facts.errorCode = parseInteger(r.data.at(3).second);
            item.facts.connectionName = r.data.at(2).second.left(256);
        }
        if (!item.facts.errorCode)
            item.facts.errorCode = lastInteger(r.message);
        if (!item.facts.errorCode)
            item.facts.unread |= UnreadErrorCode;
        const auto code = item.facts.errorCode.value_or(0);
        item.strength = (code == 792 || code == 809 || isTimeoutCode(code)) ? EvidenceStrength::Consistent
                                                                            : EvidenceStrength::Context;
        break;
    }
    default:
        return;
    }
    item.facts.correlationId = coId;
    m_collector.add(std::move(item));
}

void WindowsEventRecognizer::addMainModeFailure(const EventRecord& r)
{
    EvidenceItem item = baseItem(r, EvidenceKind::IpsecMainModeFailed);
    const bool raw = !r.data.isEmpty();
    // Raw fields by name (4653 template: LocalAddress %3 ... ResponderCookie %16), else the message.
    const QString stateText = raw ? r.value(QStringLiteral("State"), 10) : r.message;
    const QString roleText = raw ? r.value(QStringLiteral("Role"), 11) : r.message;
    const QString reasonText = raw ? r.value(QStringLiteral("FailureReason"), 8) : r.message;
    const QString pointText = raw ? r.value(QStringLiteral("FailurePoint"), 7) : r.message;
    const QString moduleText = raw ? r.value(QStringLiteral("KeyModName"), 6) : r.message;
    bool ok = true;
    item.facts.mainModeState = stateFrom(stateText, ok);
    if (!ok || (!raw && item.facts.mainModeState == MainModeState::Unknown))
        item.facts.unread |= UnreadState;
    item.facts.role = roleFrom(roleText, ok);
    if (!ok || (!raw && item.facts.role == IkeRole::Unknown))
        item.facts.unread |= UnreadRole;
    item.facts.errorCode = reasonCode(reasonText, ok);
    if (!item.facts.errorCode)
        item.facts.unread |= UnreadFailureReason;
    item.facts.failurePoint = failurePointFrom(pointText);
    item.facts.keyingModule = keyingModuleFrom(moduleText);
    item.facts.mainMode = true;
    if (raw) {
        item.facts.local = {IpAddress::fromString(r.value(QStringLiteral("LocalAddress"), 2).trimmed()),
                            portValue(r.value(QStringLiteral("LocalKeyModPort"), 3))};
        item.facts.remote = {IpAddress::fromString(r.value(QStringLiteral("RemoteAddress"), 4).trimmed()),
                             portValue(r.value(QStringLiteral("RemoteKeyModPort"), 5))};
    } else {
        // Every language lists the local endpoint before the remote one.
        const QList<IpAddress> addresses = addressesIn(r.message);
        if (addresses.size() >= 2) {
            item.facts.local.address = addresses.at(0);
            item.facts.remote.address = addresses.at(1);
        }
    }
    if (!item.facts.local.isSet() || !item.facts.remote.isSet())
        item.facts.unread |= UnreadAddresses;
    if (item.facts.unread & (UnreadState | UnreadRole))
        m_result.unreadable.add(UnreadableReason::UnrecognisedLanguage, r.recordNumber);
    item.strength = mainModeFailureStrength(item.facts.mainModeState, item.facts.role, item.facts.errorCode);
    m_collector.add(std::move(item));
}

void WindowsEventRecognizer::addIkeFailure547(const EventRecord& r)
{
    EvidenceItem item = baseItem(r, EvidenceKind::IkeNegotiationFailed);
    // 2000: Mode, Filter, Failure Point, Failure Reason; XP/2003: Mode, Filter, Peer Identity,
    // Failure Point, Failure Reason, Extra Status (msaudite.h SE_AUDITID_IPSEC_NEGOTIATION_FAIL).
    QString mode = r.message;
    QString filter = r.message;
    QString point = r.message;
    QString reason = r.message;
    QString extra = r.message;
    if (r.data.size() >= 6) {
        mode = r.data.at(0).second;
        filter = r.data.at(1).second;
        point = r.data.at(3).second;
        reason = r.data.at(4).second;
        extra = r.data.at(5).second;
    } else if (r.data.size() >= 4) {
        mode = r.data.at(0).second;
        filter = r.data.at(1).second;
        point = r.data.at(2).second;
        reason = r.data.at(3).second;
        extra.clear();
    }
    item.facts.mainMode = mode.contains(QLatin1String("Main Mode"), Qt::CaseInsensitive);
    item.facts.quickMode = mode.contains(QLatin1String("Quick Mode"), Qt::CaseInsensitive);
    bool ok = true;
    item.facts.failurePoint = failurePointFrom(point);
    item.facts.errorCode = reasonCode(reason, ok);
    if (!item.facts.errorCode)
        item.facts.unread |= UnreadFailureReason;
    item.facts.mainModeState = stateFrom(extra, ok);
    static const QRegularExpression role(QStringLiteral("\\b(Initiator|Responder)\\.\\s+Delta Time"));
    if (const auto m = role.match(extra); m.hasMatch())
        item.facts.role =
            m.captured(1) == QLatin1String("Initiator") ? IkeRole::Initiator : IkeRole::Responder;
    static const QRegularExpression localAddr(QStringLiteral("IKE Local Addr\\s+(\\S+)"));
    static const QRegularExpression peerAddr(QStringLiteral("IKE Peer Addr\\s+(\\S+)"));
    const auto l = localAddr.match(filter);
    const auto p = peerAddr.match(filter);
    if (l.hasMatch() && p.hasMatch()) {
        item.facts.local.address = IpAddress::fromString(l.captured(1));
        item.facts.remote.address = IpAddress::fromString(p.captured(1));
    } else {
        // 2000 and rendered non-English text: source then destination of the filter.
        const QList<IpAddress> addresses = addressesIn(filter);
        QList<IpAddress> hosts;
        for (const IpAddress& a : addresses) {
            if (a.toString() != QLatin1String("255.255.255.255"))
                hosts.append(a);
        }
        if (hosts.size() >= 2) {
            item.facts.local.address = hosts.at(0);
            item.facts.remote.address = hosts.at(1);
        }
    }
    if (!item.facts.local.isSet())
        item.facts.unread |= UnreadAddresses;
    if (!item.facts.mainMode && !item.facts.quickMode)
        m_result.unreadable.add(UnreadableReason::UnrecognisedLanguage, r.recordNumber);
    item.strength = item.facts.quickMode ? EvidenceStrength::PointsElsewhere
                                         : mainModeFailureStrength(item.facts.mainModeState, item.facts.role,
                                                                   item.facts.errorCode);
    m_collector.add(std::move(item));
}

void WindowsEventRecognizer::finish()
{
    for (EvidenceItem& item : m_result.items) {
        if (item.kind != EvidenceKind::RasConnectionFailed)
            continue;
        const auto it = m_links.constFind(item.facts.correlationId);
        if (item.facts.correlationId.isEmpty() || it == m_links.constEnd()) {
            item.facts.unread |= UnreadCorrelation;
            continue;
        }
        item.facts.linkedDialing = it->dialing;
        item.facts.linkedDevice = it->device;
        item.facts.vpnStrategy = it->vpnStrategy;
        item.facts.deviceName = it->deviceName;
    }
}
