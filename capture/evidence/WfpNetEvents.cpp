// SPDX-License-Identifier: GPL-3.0-or-later
#include "WfpNetEvents.h"

#include "EvidenceCollector.h"
#include "EvidenceTimeParser.h"
#include "WindowsEventRecognizer.h"
#include "XmlStreamFeeder.h"

#include <QHash>
#include <QStringList>

namespace {

std::optional<std::int64_t> number(const QString& text)
{
    bool ok = false;
    const QString t = text.trimmed();
    const qlonglong v = t.startsWith(QLatin1String("0x"), Qt::CaseInsensitive) ? t.mid(2).toLongLong(&ok, 16)
                                                                               : t.toLongLong(&ok);
    return ok ? std::optional<std::int64_t>(v) : std::nullopt;
}

MainModeState mmState(const QString& v)
{
    // IKEEXT_MM_SA_STATE: NONE 0, SA_SENT 1, SSPI_SENT 2, FINAL 3 ("third packet has been sent"),
    // FINAL_SENT 4, COMPLETE 5.
    static const MainModeState byNumber[] = {MainModeState::NoState,    MainModeState::SentFirst,
                                             MainModeState::SentSecond, MainModeState::SentThird,
                                             MainModeState::FinalSent,  MainModeState::Complete};
    static const char* const names[] = {"IKEEXT_MM_SA_STATE_NONE",       "IKEEXT_MM_SA_STATE_SA_SENT",
                                        "IKEEXT_MM_SA_STATE_SSPI_SENT",  "IKEEXT_MM_SA_STATE_FINAL",
                                        "IKEEXT_MM_SA_STATE_FINAL_SENT", "IKEEXT_MM_SA_STATE_COMPLETE"};
    const QString t = v.trimmed();
    for (int i = 0; i < 6; ++i) {
        if (t == QLatin1String(names[i]))
            return byNumber[i];
    }
    if (const auto n = number(t); n && *n >= 0 && *n < 6)
        return byNumber[*n];
    return MainModeState::Unknown;
}

class Reader
{
public:
    Reader(EvidenceResult& result, int maxItems) : m_result(result), m_collector(result, maxItems) {}

    void token(QXmlStreamReader& xml)
    {
        if (xml.isStartElement()) {
            const QString name = xml.name().toString();
            const QString parent = m_path.isEmpty() ? QString() : m_path.last();
            if (m_path.size() < 64)
                m_path.append(name);
            else
                ++m_overflow;
            if (m_eventDepth < 0 &&
                (name == QLatin1String("netEvent") ||
                 (name == QLatin1String("item") && parent == QLatin1String("netEvents")))) {
                m_eventDepth = int(m_path.size());
                m_leaves.clear();
            }
            m_text.clear();
        } else if (xml.isCharacters()) {
            if (m_eventDepth >= 0 && m_text.size() < 4096)
                m_text.append(xml.text().left(4096));
        } else if (xml.isEndElement()) {
            if (m_overflow > 0) {
                --m_overflow;
                return;
            }
            const int depth = int(m_path.size());
            const QString name = m_path.isEmpty() ? QString() : m_path.takeLast();
            if (m_eventDepth < 0)
                return;
            if (depth == m_eventDepth) {
                m_eventDepth = -1;
                emitEvent();
                return;
            }
            if (!m_leaves.contains(name) && m_leaves.size() < 128)
                m_leaves.insert(name, m_text.trimmed());
            m_text.clear();
        }
    }

private:
    void emitEvent()
    {
        ++m_result.recordsRead;
        const QString type = m_leaves.value(QStringLiteral("type"));
        if (type != QLatin1String("FWPM_NET_EVENT_TYPE_IKEEXT_MM_FAILURE"))
            return;
        EvidenceItem item;
        item.kind = EvidenceKind::WfpMainModeFailure;
        item.facts.recordNumber = m_result.recordsRead;
        item.time = EvidenceTimeParser::parseIso(m_leaves.value(QStringLiteral("timeStamp")), TimeBasis::Utc);
        if (!item.time.isSet())
            item.facts.unread |= UnreadTime;
        auto address = [&](const char* v4, const char* v6) {
            const QString a = m_leaves.value(QLatin1String(v4));
            return IpAddress::fromString(a.isEmpty() ? m_leaves.value(QLatin1String(v6)) : a);
        };
        auto port = [&](const char* key) -> std::optional<std::uint16_t> {
            const auto n = number(m_leaves.value(QLatin1String(key)));
            return n && *n >= 0 && *n <= 65535 ? std::optional<std::uint16_t>(std::uint16_t(*n))
                                               : std::nullopt;
        };
        item.facts.local = {address("localAddrV4", "localAddrV6"), port("localPort")};
        item.facts.remote = {address("remoteAddrV4", "remoteAddrV6"), port("remotePort")};
        item.facts.errorCode = number(m_leaves.value(QStringLiteral("failureErrorCode")));
        if (!item.facts.errorCode)
            item.facts.unread |= UnreadFailureReason;
        const QString point = m_leaves.value(QStringLiteral("failurePoint"));
        item.facts.failurePoint =
            point == QLatin1String("IPSEC_FAILURE_ME") || point == QLatin1String("1")
                ? FailurePoint::LocalComputer
            : point == QLatin1String("IPSEC_FAILURE_PEER") || point == QLatin1String("2")
                ? FailurePoint::RemoteComputer
                : FailurePoint::Unknown;
        item.facts.mainModeState = mmState(m_leaves.value(QStringLiteral("mmState")));
        const QString role = m_leaves.value(QStringLiteral("saRole"));
        item.facts.role = role == QLatin1String("IKEEXT_SA_ROLE_INITIATOR") || role == QLatin1String("0")
                              ? IkeRole::Initiator
                          : role == QLatin1String("IKEEXT_SA_ROLE_RESPONDER") || role == QLatin1String("1")
                              ? IkeRole::Responder
                              : IkeRole::Unknown;
        const QString module = m_leaves.value(QStringLiteral("keyingModuleType"));
        item.facts.keyingModule =
            module == QLatin1String("IKEEXT_KEY_MODULE_IKE") || module == QLatin1String("0")
                ? KeyingModule::IkeV1
            : module == QLatin1String("IKEEXT_KEY_MODULE_AUTHIP") || module == QLatin1String("1")
                ? KeyingModule::AuthIp
            : module == QLatin1String("IKEEXT_KEY_MODULE_IKEV2") || module == QLatin1String("2")
                ? KeyingModule::IkeV2
                : KeyingModule::Unknown;
        item.facts.mainMode = true;
        item.strength =
            mainModeFailureStrength(item.facts.mainModeState, item.facts.role, item.facts.errorCode);
        m_collector.add(std::move(item));
    }

    EvidenceResult& m_result;
    EvidenceCollector m_collector;
    QStringList m_path;
    int m_overflow = 0;
    int m_eventDepth = -1;
    QHash<QString, QString> m_leaves;
    QString m_text;
};

} // namespace

void WfpNetEvents::read(QIODevice& device, const SniffResult& sniff, const EvidenceReadOptions& options,
                        EvidenceResult& result)
{
    Reader reader(result, options.maxItems);
    XmlStreamFeeder::read(device, sniff, options, result, [&](QXmlStreamReader& xml) { reader.token(xml); });
}
