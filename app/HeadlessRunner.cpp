// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeadlessRunner.h"

#include "AnalysisJson.h"
#include "AnalysisText.h"
#include "CapturePermission.h"
#include "CaptureThread.h"
#include "NetworkInterfaces.h"
#include "SignalBridge.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QStringList>

#include <cerrno>
#include <cstdio>
#include <cstring>

#ifdef FRAG792_HAVE_REPORT
#include "ReportInput.h"
#endif

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
bool writeCliReport(const CommandLine& cli, const AnalysisResult& result)
{
#ifdef FRAG792_HAVE_REPORT
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
#else
    Q_UNUSED(result);
    printErr(QStringLiteral("cannot write report %1: this build has no report support").arg(cli.reportPath));
    return false;
#endif
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
    // Capture happens in frag792-capture-helper, so its file capabilities are what counts.
    const QString helper = CapturePermission::captureHelperPath();
    const bool permitted = CapturePermission::helperCanCapture(helper);
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
                     .arg(permitted ? QStringLiteral("yes")
                                    : QStringLiteral("no (grant with: %1)")
                                          .arg(CapturePermission::grantCommand(helper)));
    }
    printOut(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    return ExitOk;
}

int HeadlessRunner::printResult(const AnalysisResult& result)
{
    bool written = false;
    if (m_cli.format == QLatin1String("json")) {
        // Streamed session by session: a long capture's JSON is never built whole in memory.
        QFile out;
        written = out.open(stdout, QIODevice::WriteOnly) && writeAnalysisJson(result, out) && out.flush();
    } else {
        written = printOut(analysisToText(result));
    }
    if (!written) {
        printErr(QStringLiteral("cannot write the analysis to standard output: %1")
                     .arg(QString::fromLocal8Bit(std::strerror(errno ? errno : EIO))));
        return ExitOutputFailed;
    }
    return ExitOk;
}

int HeadlessRunner::runCapture()
{
    const bool live = m_cli.command == CommandLine::Command::Capture;
    CaptureRequest request;
    request.kind = live ? CaptureRequest::Kind::Live : CaptureRequest::Kind::File;
    request.path = m_cli.input;
    request.interfaceName = m_cli.interfaceName;
    request.filter = m_cli.filter;
    request.promiscuous = m_cli.promiscuous;
    request.durationSeconds = m_cli.durationSeconds;
    request.writePath = m_cli.writePath;
    VantageHints& hints = request.analyzer.vantage;
    if (!m_cli.vantage.isEmpty())
        hints.stated = vantagePointFromKey(m_cli.vantage);
    if (!m_cli.server.isEmpty()) {
        hints.localAddresses = {IpAddress::fromString(m_cli.server)};
        hints.localAddressSource = QStringLiteral("capturing host's addresses (given with --server)");
    } else if (live) {
        hints.localAddresses = interfaceAddresses(m_cli.interfaceName);
        hints.localAddressSource = QStringLiteral("addresses of interface %1").arg(m_cli.interfaceName);
    }

    CaptureThread thread(request);
    SignalBridge bridge;
    QEventLoop loop;
    SharedAnalysisResult shared;
    CaptureError error = CaptureError::None;
    QString message;
    QObject::connect(&bridge, &SignalBridge::terminationRequested, &thread,
                     [&thread](int) { thread.stop(); });
    QObject::connect(&thread, &CaptureThread::captureFinished, &loop,
                     [&](const SharedAnalysisResult& r, CaptureError e, const QString& m) {
                         shared = r;
                         error = e;
                         message = m;
                         loop.quit();
                     });
    if (live && m_cli.format == QLatin1String("text"))
        printErr(QStringLiteral("capturing on %1%2; press Ctrl-C to stop")
                     .arg(m_cli.interfaceName)
                     .arg(m_cli.durationSeconds > 0 ? QStringLiteral(" for %1 s").arg(m_cli.durationSeconds)
                                                    : QString()));
    thread.start();
    loop.exec();
    thread.wait();
    if (!shared)
        shared = std::make_shared<const AnalysisResult>();
    const AnalysisResult& result = *shared;

    switch (error) {
    case CaptureError::None: {
        const int printed = printResult(result);
        // The report comes after stdout so that a report failure never hides the analysis.
        if (printed == ExitOk && !m_cli.reportPath.isEmpty() && !writeCliReport(m_cli, result))
            return ExitOutputFailed;
        return printed;
    }
    case CaptureError::BadFilter:
        printErr(message);
        return ExitUsage;
    case CaptureError::PermissionDenied:
        // frag792 itself never captures: the capabilities belong on the helper only.
        printErr(QStringLiteral(
                     "%1\nLive capture needs CAP_NET_RAW. Grant it to the program instead of running it as "
                     "root:\n    %2")
                     .arg(message, CapturePermission::grantCommand(CapturePermission::captureHelperPath())));
        return ExitNotPermitted;
    case CaptureError::FileTruncated:
    case CaptureError::InterfaceWentDown:
    case CaptureError::WriteFailed:
        // What arrived before the fault is still worth its analysis.
        if (result.packets > 0 || error == CaptureError::WriteFailed)
            printResult(result);
        printErr(message);
        return ExitUnreadableInput;
    case CaptureError::Other:
        // A live capture that ended early (helper killed): same as the interface going away.
        if (live && result.packets > 0)
            printResult(result);
        printErr(message);
        return ExitUnreadableInput;
    default:
        printErr(message);
        return ExitUnreadableInput;
    }
}
