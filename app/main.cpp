// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"
#include "HeadlessRunner.h"

#include <QCoreApplication>

#include <cstdio>
#include <memory>

#ifdef FRAG792_HAVE_WIZARD
#include "WizardLauncher.h"
#endif

#include "ReportInput.h"

#include <QGuiApplication>

namespace {

/** HTML and PDF reports draw text (chart, pages), which needs QtGui's font database. */
bool reportNeedsGui(const CommandLine& cli)
{
    if (cli.reportPath.isEmpty())
        return false;
    const std::optional<ReportFormat> format = reportFormatFromPath(cli.reportPath);
    return format && *format != ReportFormat::Json;
}

QtMessageHandler g_previousHandler = nullptr;

/**
 * Drops Qt's "XDG_RUNTIME_DIR not set" warning: a report run opens no window, so the
 * fallback directory is harmless, and the noise would break the promise of one line on
 * stderr per failure (cron jobs and containers have no runtime directory).
 */
void quietRuntimeDirWarning(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const CommandLine cli = CommandLine::parse(arguments);

    switch (cli.command) {
    case CommandLine::Command::Invalid:
        std::fprintf(stderr, "frag792: %s\n\n%s", qPrintable(cli.error), qPrintable(CommandLine::usage()));
        return ExitUsage;
    case CommandLine::Command::Help:
        std::fputs(qPrintable(CommandLine::usage()), stdout);
        return ExitOk;
    case CommandLine::Command::Version:
        std::printf("frag792 %s\n", FRAG792_VERSION);
        return ExitOk;
    case CommandLine::Command::Wizard:
#ifdef FRAG792_HAVE_WIZARD
        return runWizard(argc, argv, cli);
#else
        std::fputs("frag792: this build has no wizard; use the analyze or capture command\n", stderr);
        return ExitUsage;
#endif
    default:
        break;
    }
    std::unique_ptr<QCoreApplication> app;
    if (reportNeedsGui(cli)) {
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
        // A report is a file, never a window, and a headless run must not abort for want of a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
        g_previousHandler = qInstallMessageHandler(quietRuntimeDirWarning);
        app = std::make_unique<QGuiApplication>(argc, argv);
    }
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("frag792"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FRAG792_VERSION));
    return HeadlessRunner(cli).run();
}
