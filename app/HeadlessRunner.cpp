// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeadlessRunner.h"

#include "AnalysisJson.h"
#include "AnalysisText.h"
#include "CapturePermission.h"
#include "CaptureRun.h"
#include "Corroborator.h"
#include "EvidenceFile.h"
#include "NetworkInterfaces.h"
#include "SignalBridge.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QStringList>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "ReportInput.h"

namespace {

/** False when standard output could not take it all (a full disk, a closed pipe). */
bool printOut(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    const bool written =
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) == size_t(bytes.size());
    return std::fflush(stdout) == 0 && written && !std::ferror(stdout);
}

void printErr(const QString& text)
{
    const QByteArray bytes = QStringLiteral("frag792: %1\n").arg(text).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

/** Writes the --report file for @p result; false (message on stderr) when it could not. */
bool writeCliReport(const CommandLine& cli, const SharedAnalysisResult& result)
{
    const std::optional<ReportFormat> format = reportFormatFromPath(cli.reportPath);
    if (!format) {
        printErr(QStringLiteral("cannot write report %1: unknown format (use .html, .pdf or .json)")
                     .arg(cli.reportPath));
        return false;
    }
    ReportInput input;
    input.before = result;
    input.product = serverProductFromKey(cli.product);
    input.serverName = cli.serverName;
    input.arrayName = cli.arrayName;
    input.redact = cli.redact;
    QString error;
    if (!writeReport(cli.reportPath, *format, input, ReportWriteOptions{}, &error)) {
        printErr(error);
        return false;
    }
    return true;
}

} // namespace

HeadlessRunner::HeadlessRunner(const CommandLine& commandLine) : m_cli(commandLine) {}

int HeadlessRunner::run()
{
    switch (m_cli.command) {
    case CommandLine::Command::Interfaces:
        return runInterfaces();
    case CommandLine::Command::Analyze:
    case CommandLine::Command::Capture:
        return runCapture();
    default:
        return ExitUsage;
    }
}

int HeadlessRunner::runInterfaces()
{
    QString error;
    const auto interfaces = listNetworkInterfaces(&error);
    if (interfaces.empty() && !error.isEmpty()) {
        printErr(QStringLiteral("cannot list interfaces: %1").arg(error));
        return ExitUnreadableInput;
    }
    // Capture happens in frag792-capture-helper: whether this user may run it, and its capabilities.
    const QString helper = CapturePermission::captureHelperPath();
    const HelperAccess::Decision access = CapturePermission::helperAccess(helper);
    const bool permitted = access.verdict == HelperAccess::Verdict::Permitted;
    // One line per interface: the fix's command goes on the same line.
    const QString fix =
        CapturePermission::fixMessage(access, helper).replace(QStringLiteral("\n    "), QStringLiteral(" "));
    QStringList lines;
    for (const NetworkInterface& iface : interfaces) {
        QStringList addresses;
        for (const IpAddress& a : iface.addresses)
            addresses << a.toString();
        lines << QStringLiteral("%1%2%3\n    addresses: %4\n    capture permitted: %5")
                     .arg(iface.name)
                     .arg(iface.description.isEmpty() ? QString()
                                                      : QStringLiteral(" (%1)").arg(iface.description))
                     .arg(iface.up ? QString() : QStringLiteral(" [down]"))
                     .arg(addresses.isEmpty() ? QStringLiteral("none") : addresses.join(QStringLiteral(", ")))
                     .arg(permitted ? QStringLiteral("yes") : QStringLiteral("no (%1)").arg(fix));
    }
    printOut(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    return ExitOk;
}

int HeadlessRunner::printResult(const AnalysisResult& result)
{
    // Streamed session by session: a long capture's output is never built whole in memory.
    QFile out;
    bool written = out.open(stdout, QIODevice::WriteOnly);
    if (m_cli.format == QLatin1String("json"))
        written = written && writeAnalysisJson(result, out);
    else
        written = written && writeAnalysisText(result, out);
    written = written && out.flush();
    if (!written) {
        printErr(QStringLiteral("cannot write the analysis to standard output: %1")
                     .arg(QString::fromLocal8Bit(std::strerror(errno ? errno : EIO))));
        return ExitOutputFailed;
    }
    return ExitOk;
}

bool HeadlessRunner::addEvidence(AnalysisResult& result)
{
    std::vector<EvidenceResult> logs;
    bool allRead = true;
    for (const QString& path : m_cli.evidence) {
        EvidenceResult log = readEvidenceFile(path);
        if (log.unreadable.of(UnreadableReason::OpenFailed) > 0) {
            printErr(QStringLiteral("cannot read evidence %1: %2").arg(path, log.stoppedEarly));
            allRead = false;
        } else if (log.format == EvidenceFormat::Unknown) {
            printErr(QStringLiteral("cannot read evidence %1: not a Windows event log, WFP net events, "
                                    "oakley.log or ISA/TMG firewall log")
                         .arg(path));
            allRead = false;
        } else if (!log.stoppedEarly.isEmpty()) {
            printErr(QStringLiteral("evidence %1: reading stopped early: %2").arg(path, log.stoppedEarly));
        }
        logs.push_back(std::move(log));
    }
    Corroborator::apply(logs, result,
                        m_cli.server.isEmpty() ? IpAddress{} : IpAddress::fromString(m_cli.server));
    return allRead;
}

int HeadlessRunner::finish(const SharedAnalysisResult& result)
{
    int exitCode = printResult(*result);
    // The report comes after stdout so that a report failure never hides the analysis.
    if (exitCode == ExitOk && !m_cli.reportPath.isEmpty() && !writeCliReport(m_cli, result))
        exitCode = ExitOutputFailed;
    return exitCode;
}

int HeadlessRunner::runCapture()
{
    if (m_cli.command == CommandLine::Command::Analyze && m_cli.input.isEmpty()) {
        // Logs alone: no packets, the verdict (if any) from the logs.
        auto result = std::make_shared<AnalysisResult>();
        const bool allRead = addEvidence(*result);
        // Not one log read (Corroborator decides which were): nothing to give a verdict from;
        // the errors are printed.
        const auto read = [](const CorroborationFile& f) {
            return f.readable;
        };
        if (!result->corroboration ||
            std::none_of(result->corroboration->files.begin(), result->corroboration->files.end(), read))
            return ExitUnreadableInput;
        const int exitCode = finish(result);
        return exitCode == ExitOk && !allRead ? int(ExitUnreadableInput) : exitCode;
    }
    const bool live = m_cli.command == CommandLine::Command::Capture;
    CaptureRun::Settings settings;
    CaptureRequest& capture = settings.capture;
    capture.kind = live ? CaptureRequest::Kind::Live : CaptureRequest::Kind::File;
    capture.path = m_cli.input;
    capture.interfaceName = m_cli.interfaceName;
    capture.filter = m_cli.filter;
    capture.promiscuous = m_cli.promiscuous;
    capture.durationSeconds = m_cli.durationSeconds;
    capture.writePath = m_cli.writePath;
    if (!m_cli.vantage.isEmpty())
        settings.statedVantage = vantagePointFromKey(m_cli.vantage);
    if (!m_cli.server.isEmpty())
        settings.serverAddress = IpAddress::fromString(m_cli.server);

    CaptureRun run;
    SignalBridge bridge;
    QEventLoop loop;
    QObject::connect(&bridge, &SignalBridge::terminationRequested, &run, [&run](int) { run.stop(); });
    QObject::connect(&run, &CaptureRun::finished, &loop, &QEventLoop::quit);
    if (live && m_cli.format == QLatin1String("text"))
        printErr(QStringLiteral("capturing on %1%2; press Ctrl-C to stop")
                     .arg(m_cli.interfaceName)
                     .arg(m_cli.durationSeconds > 0 ? QStringLiteral(" for %1 s").arg(m_cli.durationSeconds)
                                                    : QString()));
    run.start(settings);
    loop.exec();

    // CaptureOutcome decides what is shown; here only the exit codes are ours.
    const CaptureOutcome outcome = run.outcome();
    int exitCode = ExitOk;
    bool evidenceRead = true;
    if (SharedAnalysisResult result = run.result()) {
        if (!m_cli.evidence.isEmpty()) {
            auto withLogs = std::make_shared<AnalysisResult>(*result);
            evidenceRead = addEvidence(*withLogs);
            result = withLogs;
        }
        exitCode = finish(result);
    }
    switch (outcome.outcomeClass()) {
    case CaptureOutcome::Class::Complete:
        return exitCode == ExitOk && !evidenceRead ? int(ExitUnreadableInput) : exitCode;
    case CaptureOutcome::Class::BadRequest:
        printErr(outcome.message());
        return ExitUsage;
    case CaptureOutcome::Class::NotPermitted:
        printErr(outcome.message());
        return ExitNotPermitted;
    case CaptureOutcome::Class::Partial:
    case CaptureOutcome::Class::Failed:
        break;
    }
    // The input fault is the first cause, whatever became of the output after it.
    printErr(outcome.message());
    return ExitUnreadableInput;
}
