// SPDX-License-Identifier: GPL-3.0-or-later
#include "Redactor.h"

#include <QFileInfo>

#include "ReportInput.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace {

// Candidates only: every match is validated by IpAddress::fromString, so a loose pattern
// costs nothing but a failed parse (times like 01:24:35 match the IPv6 shape and fail).
// The lookbehinds/lookaheads are the address boundaries: no digit, letter, dot or colon
// may touch an address, except a trailing sentence dot or ":port" after IPv4.
const QRegularExpression& addressPattern()
{
    static const QRegularExpression re(QStringLiteral(
        R"((?<![\w.:])(?:)"
        R"((?:\d{1,3}\.){3}\d{1,3}(?!\w|\.\d))"                                                     // IPv4
        R"(|(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?(?![\w:]|\.\d))" // IPv6
        R"())"));
    return re;
}

} // namespace

void Redactor::learn(const AnalysisResult& result)
{
    if (!m_enabled)
        return;
    for (const IkeSession& s : result.sessions) {
        labelFor(s.initiator, "client");
        labelFor(s.responder, "server");
    }
    for (const IncompleteDatagram& d : result.incompleteDatagrams) {
        labelFor(d.origin.source, "host");
        labelFor(d.origin.destination, "host");
    }
}

QString Redactor::captureName(const QString& source)
{
    if (!m_enabled)
        return source;
    QStringList parts = QFileInfo(source).fileName().split(QLatin1Char('_'));
    for (QString& part : parts)
        part = replaceAddresses(part);
    QString name = parts.join(QLatin1Char('_'));
    // Anywhere in the name, not on word boundaries: hiding too much of a file name costs nothing.
    for (const NameRule& rule : m_names)
        name.replace(rule.name, rule.label, Qt::CaseInsensitive);
    return name;
}

Redactor Redactor::forReport(const ReportInput& input)
{
    Redactor r(input.redact);
    r.learn(input.beforeResult());
    if (input.after)
        r.learn(*input.after);
    r.addName(input.serverName, QStringLiteral("server-name"));
    r.addName(input.arrayName, QStringLiteral("array-name"));
    for (const QString& name : input.redactNames)
        r.addName(name);
    // Names the Windows logs carry (computer, firewall rule, connection): the log's addresses are
    // found by pattern like every other address.
    for (const AnalysisResult* result : {&input.beforeResult(), input.after.get()}) {
        if (!result || !result->corroboration)
            continue;
        for (const CorroborationItem& item : result->corroboration->items)
            for (const QString& name : item.names)
                r.addName(name);
    }
    return r;
}

void Redactor::addName(const QString& name, const QString& label)
{
    const QString n = name.trimmed();
    if (!m_enabled || n.isEmpty())
        return;
    for (const NameRule& rule : m_names)
        if (rule.name.compare(n, Qt::CaseInsensitive) == 0)
            return;
    // \b fails next to punctuation-ended names, so the boundary is spelled out.
    QRegularExpression pattern(
        QStringLiteral("(?<![\\w.-])%1(?![\\w-]|\\.\\w)").arg(QRegularExpression::escape(n)),
        QRegularExpression::CaseInsensitiveOption);
    m_names.push_back(NameRule{
        n, label.isEmpty() ? QStringLiteral("name-%1").arg(++m_counters[QStringLiteral("name")]) : label,
        std::move(pattern)});
    // Longest first, so "vpn.example.com" goes before its own "vpn".
    std::stable_sort(m_names.begin(), m_names.end(),
                     [](const NameRule& a, const NameRule& b) { return a.name.size() > b.name.size(); });
}

QString Redactor::serverLabel(const QString& serverName)
{
    return apply(serverName.trimmed());
}

QString Redactor::labelFor(const IpAddress& address, const char* role)
{
    if (!address.isValid())
        return {};
    const QString key = address.toString();
    auto it = m_labels.constFind(key);
    if (it != m_labels.constEnd())
        return *it;
    const QString r = QString::fromLatin1(role);
    const QString label = QStringLiteral("%1-%2").arg(r).arg(++m_counters[r]);
    m_labels.insert(key, label);
    return label;
}

QString Redactor::replaceAddresses(const QString& text)
{
    QString out;
    qsizetype last = 0;
    auto it = addressPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const IpAddress address = IpAddress::fromString(m.captured(0));
        if (!address.isValid())
            continue;
        out += QStringView(text).mid(last, m.capturedStart(0) - last);
        out += labelFor(address, "host");
        last = m.capturedEnd(0);
    }
    if (last == 0)
        return text;
    out += QStringView(text).mid(last);
    return out;
}

QString Redactor::replaceNames(const QString& text)
{
    QString out = text;
    for (const NameRule& rule : m_names)
        out.replace(rule.pattern, rule.label);
    return out;
}

QString Redactor::apply(const QString& text)
{
    if (!m_enabled || text.isEmpty())
        return text;
    return replaceNames(replaceAddresses(text));
}

QStringList Redactor::apply(const QStringList& texts)
{
    QStringList out;
    out.reserve(texts.size());
    for (const QString& t : texts)
        out << apply(t);
    return out;
}

QJsonValue Redactor::apply(const QJsonValue& value)
{
    if (!m_enabled)
        return value;
    switch (value.type()) {
    case QJsonValue::String:
        return apply(value.toString());
    case QJsonValue::Array: {
        QJsonArray out;
        for (const QJsonValue& v : value.toArray())
            out.append(apply(v));
        return out;
    }
    case QJsonValue::Object: {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.constBegin(); it != in.constEnd(); ++it)
            out.insert(it.key(), apply(it.value()));
        return out;
    }
    default:
        return value;
    }
}
