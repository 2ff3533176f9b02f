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
#include <QJsonDocument>
#include <QStringList>

#include <cstdio>

namespace {

void printOut(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void printErr(const QString& text)
{
    const QByteArray bytes = QStringLiteral("frag792: %1\n").arg(text).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
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
    const bool permitted = CapturePermission::processCanCapture();
    QStringList lines;
    for (const NetworkInterface& iface : interfaces) {
        QStringList addresses;
        for (const IpAddress& a : iface.addresses)
            addresses << a.toString();
        lines << QStringLiteral("%1%2%3\n    addresses: %4\n    capture permitted: %5")
                     .arg(iface.name)
                     .arg(iface.description.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(iface.description))
                     .arg(iface.up ? QString() : QStringLiteral(" [down]"))
                     .arg(addresses.isEmpty() ? QStringLiteral("none") : addresses.join(QStringLiteral(", ")))
                     .arg(permitted ? QStringLiteral("yes")
                                    : QStringLiteral("no (grant with: %1)")
                                          .arg(CapturePermission::grantCommand(QCoreApplication::applicationFilePath())));
    }
    printOut(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    return ExitOk;
}

int HeadlessRunner::printResult(const AnalysisResult& result)
{
    if (m_cli.format == QLatin1String("json"))
        printOut(QString::fromUtf8(QJsonDocument(analysisToJson(result)).toJson(QJsonDocument::Indented)));
    else
        printOut(analysisToText(result));
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
    AnalysisResult result;
    CaptureError error = CaptureError::None;
    QString message;
    QObject::connect(&bridge, &SignalBridge::terminationRequested, &thread, [&thread](int) { thread.stop(); });
    QObject::connect(&thread, &CaptureThread::captureFinished, &loop,
                     [&](const AnalysisResult& r, CaptureError e, const QString& m) {
                         result = r;
                         error = e;
                         message = m;
                         loop.quit();
                     });
    if (live && m_cli.format == QLatin1String("text"))
        printErr(QStringLiteral("capturing on %1%2; press Ctrl-C to stop")
                     .arg(m_cli.interfaceName)
                     .arg(m_cli.durationSeconds > 0 ? QStringLiteral(" for %1 s").arg(m_cli.durationSeconds) : QString()));
    thread.start();
    loop.exec();
    thread.wait();

    switch (error) {
    case CaptureError::None:
        return printResult(result);
    case CaptureError::BadFilter:
        printErr(message);
        return ExitUsage;
    case CaptureError::PermissionDenied:
        printErr(QStringLiteral("%1\nLive capture needs CAP_NET_RAW. Grant it to the program instead of running it as "
                                "root:\n    %2")
                     .arg(message, CapturePermission::grantCommand(QCoreApplication::applicationFilePath())));
        return ExitNotPermitted;
    case CaptureError::FileTruncated:
    case CaptureError::InterfaceWentDown:
    case CaptureError::WriteFailed:
        // What arrived before the fault is still worth its analysis.
        if (result.packets > 0 || error == CaptureError::WriteFailed)
            printResult(result);
        printErr(message);
        return ExitUnreadableInput;
    default:
        printErr(message);
        return ExitUnreadableInput;
    }
}
