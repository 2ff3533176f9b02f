// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagnosisSession.h"

#include <QDir>
#include <QTemporaryDir>

DiagnosisSession::DiagnosisSession(QObject* parent) : QObject(parent) {}

DiagnosisSession::~DiagnosisSession() = default;

void DiagnosisSession::setErrorCode(int code)
{
    if (m_errorCode == code)
        return;
    m_errorCode = code;
    emit changed();
}

void DiagnosisSession::setProduct(ServerProduct product)
{
    if (m_product == product)
        return;
    m_product = product;
    emit changed();
}

void DiagnosisSession::setProtocol(VpnProtocol protocol)
{
    if (m_protocol == protocol)
        return;
    m_protocol = protocol;
    emit changed();
}

void DiagnosisSession::setAuthentication(IkeAuthentication authentication)
{
    if (m_authentication == authentication)
        return;
    m_authentication = authentication;
    emit changed();
}

void DiagnosisSession::setServerName(const QString& name)
{
    if (m_serverName == name.trimmed())
        return;
    m_serverName = name.trimmed();
    emit changed();
}

void DiagnosisSession::setArrayName(const QString& name)
{
    if (m_arrayName == name.trimmed())
        return;
    m_arrayName = name.trimmed();
    emit changed();
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

const std::optional<AnalysisResult>& DiagnosisSession::result(Run run) const
{
    return data(run).result;
}

QString DiagnosisSession::evidencePath(Run run) const
{
    return data(run).evidencePath;
}

QImage DiagnosisSession::chartImage(Run run) const
{
    return data(run).chart;
}

void DiagnosisSession::setResult(Run run, const AnalysisResult& result, const QString& evidencePath,
                                 const QImage& chart)
{
    RunData& d = data(run);
    d.result = result;
    d.evidencePath = evidencePath;
    d.chart = chart;
    emit resultChanged(run);
    emit changed();
}

void DiagnosisSession::clearResult(Run run)
{
    RunData& d = data(run);
    if (!d.result && d.evidencePath.isEmpty())
        return;
    d = RunData();
    emit resultChanged(run);
    emit changed();
}

void DiagnosisSession::setCaptureSkipped(bool skipped)
{
    if (m_captureSkipped == skipped)
        return;
    m_captureSkipped = skipped;
    emit changed();
}

void DiagnosisSession::setResolutionApplied(bool applied)
{
    if (m_resolutionApplied == applied)
        return;
    m_resolutionApplied = applied;
    emit changed();
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
