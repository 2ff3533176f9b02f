// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaseModel.h"

#include "AnalysisResult.h"
#include "EvidenceResult.h"
#include "Vantage.h"

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

class QTemporaryDir;

/**
 * Everything the technician told the wizard and everything the captures found, shared by
 * all pages (KeePassXC's setDatabase pattern): pages read and write this model and never
 * talk to each other. Lives in the GUI thread. Owns the temporary directory where
 * evidence captures are written until the report page copies them out.
 */
class DiagnosisSession : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosisSession)

public:
    /** Which capture run: before the change (diagnosis) or after it (verification). */
    enum class Run
    {
        Before,
        After
    };

    explicit DiagnosisSession(QObject* parent = nullptr);
    ~DiagnosisSession() override;

    /** 792, or the look-alike error the technician picked; 0 until one is picked. */
    int errorCode() const { return m_errorCode; }
    void setErrorCode(int code);

    ServerProduct product() const { return m_product; }
    void setProduct(ServerProduct product);
    VpnProtocol protocol() const { return m_protocol; }
    void setProtocol(VpnProtocol protocol);
    IkeAuthentication authentication() const { return m_authentication; }
    void setAuthentication(IkeAuthentication authentication);
    QString serverName() const { return m_serverName; }
    void setServerName(const QString& name);
    QString arrayName() const { return m_arrayName; }
    void setArrayName(const QString& name);
    /** The server name to show in console mimics: the typed one, else the KB's placeholder. */
    QString displayServerName() const;
    QString displayArrayName() const;

    /** Null until a capture for @p run gave a result; shared with the panel and the report, never copied. */
    SharedAnalysisResult result(Run run) const;
    QString evidencePath(Run run) const;
    /** The report draws its chart from the result's whole ActivitySeries; nothing else is kept. */
    void setResult(Run run, SharedAnalysisResult result, const QString& evidencePath);
    void clearResult(Run run);

    /**
     * Windows logs read by the pages. With any, result(Before) is the capture's result with the
     * Corroborator applied (as `frag792 analyze --evidence`), or a logs-only result without a capture.
     */
    const std::vector<EvidenceResult>& logs() const { return m_logs; }
    void addLog(EvidenceResult log);

    /** The technician chose to go on without a capture (they already know the setting is on). */
    bool captureSkipped() const { return m_captureSkipped; }
    void setCaptureSkipped(bool skipped);

    /** Opened from a file (--open, a drop): the verdict comes first, the questions after it. */
    bool startedFromFile() const { return m_startedFromFile; }
    void setStartedFromFile(bool fromFile);

    /** Where pages write evidence captures before export; created on first use. */
    QString evidenceDirectory();
    /** A fresh evidence file name in evidenceDirectory() for @p run. */
    QString newEvidencePath(Run run);

private:
    struct RunData
    {
        SharedAnalysisResult result;
        QString evidencePath;
    };
    RunData& data(Run run) { return run == Run::Before ? m_before : m_after; }
    const RunData& data(Run run) const { return run == Run::Before ? m_before : m_after; }

    int m_errorCode = 0;
    ServerProduct m_product = ServerProduct::Unspecified;
    VpnProtocol m_protocol = VpnProtocol::L2tpIpsec;
    IkeAuthentication m_authentication = IkeAuthentication::Certificates;
    QString m_serverName;
    QString m_arrayName;
    void corroborate();

    RunData m_before;
    std::vector<EvidenceResult> m_logs;
    SharedAnalysisResult m_corroborated; ///< m_before.result with m_logs beside it; null without logs
    RunData m_after;
    bool m_captureSkipped = false;
    bool m_startedFromFile = false;
    std::unique_ptr<QTemporaryDir> m_evidenceDir;
    int m_evidenceCounter = 0;
};
