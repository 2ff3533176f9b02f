// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagnosisSession.h"

#include "Corroborator.h"

#include <QDir>
#include <QTemporaryDir>

DiagnosisSession::DiagnosisSession(QObject* parent) : QObject(parent) {}

DiagnosisSession::~DiagnosisSession() = default;

void DiagnosisSession::setErrorCode(int code)
{
    m_errorCode = code;
}

void DiagnosisSession::setProduct(ServerProduct product)
{
    m_product = product;
}

void DiagnosisSession::setProtocol(VpnProtocol protocol)
{
    m_protocol = protocol;
}

void DiagnosisSession::setAuthentication(IkeAuthentication authentication)
{
    m_authentication = authentication;
}

void DiagnosisSession::setServerName(const QString& name)
{
    m_serverName = name.trimmed();
    // A server address typed after the logs were read still decides which firewall rows count.
    if (!m_logs.empty())
        corroborate();
}

void DiagnosisSession::setArrayName(const QString& name)
{
    m_arrayName = name.trimmed();
}

QString DiagnosisSession::displayServerName() const
{
    // The KB itself says "Expand ServerName"; that placeholder is better than nothing.
    return m_serverName.isEmpty() ? QStringLiteral("ServerName") : m_serverName;
}

QString DiagnosisSession::displayArrayName() const
{
    return m_arrayName.isEmpty() ? QStringLiteral("ArrayName") : m_arrayName;
}

SharedAnalysisResult DiagnosisSession::result(Run run) const
{
    if (run == Run::Before && m_corroborated)
        return m_corroborated;
    return data(run).result;
}

QString DiagnosisSession::evidencePath(Run run) const
{
    return data(run).evidencePath;
}

void DiagnosisSession::setResult(Run run, SharedAnalysisResult result, const QString& evidencePath)
{
    RunData& d = data(run);
    d.result = std::move(result);
    d.evidencePath = evidencePath;
    if (run == Run::Before)
        corroborate();
}

void DiagnosisSession::addLog(EvidenceResult log)
{
    m_logs.push_back(std::move(log));
    corroborate();
}

void DiagnosisSession::corroborate()
{
    m_corroborated.reset();
    if (m_logs.empty())
        return;
    auto withLogs = m_before.result ? std::make_shared<AnalysisResult>(*m_before.result)
                                    : std::make_shared<AnalysisResult>();
    // The server, when the technician typed an address, as --server does for the CLI.
    Corroborator::apply(m_logs, *withLogs, IpAddress::fromString(m_serverName));
    m_corroborated = withLogs;
}

void DiagnosisSession::clearResult(Run run)
{
    data(run) = RunData();
    if (run == Run::Before)
        corroborate();
}

void DiagnosisSession::setCaptureSkipped(bool skipped)
{
    m_captureSkipped = skipped;
}

void DiagnosisSession::setStartedFromFile(bool fromFile)
{
    m_startedFromFile = fromFile;
}

QString DiagnosisSession::evidenceDirectory()
{
    if (!m_evidenceDir)
        m_evidenceDir =
            std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/frag792-evidence-XXXXXX"));
    return m_evidenceDir->isValid() ? m_evidenceDir->path() : QDir::tempPath();
}

QString DiagnosisSession::newEvidencePath(Run run)
{
    const QString stem = run == Run::Before ? QStringLiteral("before") : QStringLiteral("after");
    return QStringLiteral("%1/%2-%3.pcapng").arg(evidenceDirectory(), stem).arg(++m_evidenceCounter);
}
