// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AnalysisResult.h"

#include <QHash>
#include <QJsonValue>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <vector>

struct ReportInput;

/**
 * Replaces IP addresses and given names in report text with stable labels: the initiator
 * of an IKE SA becomes client-N, the responder server-N, any other address host-N, each
 * name name-N. "Stable" means one address gets one label everywhere in the report (before
 * and after captures alike), and the same input gives the same labels every time.
 *
 * Addresses are found by pattern, not only by the list the result carries, because the
 * engine's evidence sentences and the user's notes contain addresses too. Matching respects
 * address boundaries, so 10.0.0.1 never eats the start of 10.0.0.12.
 *
 * A disabled Redactor returns its input unchanged, so callers need not branch.
 */
class Redactor
{
public:
    Redactor() = default;
    explicit Redactor(bool enabled) : m_enabled(enabled) {}

    /** Set up for one report: both captures learned (before first), the server name and redactNames added. */
    static Redactor forReport(const ReportInput& input);

    bool isEnabled() const { return m_enabled; }

    /** Gives the result's peers their roles first, so labels follow the SAs rather than text order. */
    void learn(const AnalysisResult& result);
    /**
     * A name (server, certificate subject) to hide; matched case-insensitively on word boundaries.
     * Without @p label it becomes name-N.
     */
    void addName(const QString& name, const QString& label = {});
    /** The server name's label, or the name itself when not redacting. */
    QString serverLabel(const QString& serverName);

    QString apply(const QString& text);
    /**
     * How a report names the capture file (the HTML and the JSON both use this). Redacting,
     * only the file name is kept (a full path can name the user's home directory), and the
     * names and addresses inside it are replaced too: file names join words with '_' and
     * '-' and end in ".pcapng", where prose boundaries would let "ISA01_10.1.2.3.pcapng" through.
     */
    QString captureName(const QString& source);
    QStringList apply(const QStringList& texts);
    /** Every string inside @p value, recursively; keys are left alone. */
    QJsonValue apply(const QJsonValue& value);

    /** Address text (canonical form) to its label; for tests and the report's key. */
    const QHash<QString, QString>& labels() const { return m_labels; }

private:
    QString labelFor(const IpAddress& address, const char* role);
    QString replaceAddresses(const QString& text);
    QString replaceNames(const QString& text);

    bool m_enabled = false;
    QHash<QString, QString> m_labels; ///< canonical address text -> label
    QHash<QString, int> m_counters;   ///< role -> last number handed out
    struct NameRule
    {
        QString name;
        QString label;
        QRegularExpression pattern; ///< compiled once: apply() runs on every string of a report
    };
    std::vector<NameRule> m_names; ///< longest name first
};
