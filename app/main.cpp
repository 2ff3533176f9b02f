// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"
#include "HeadlessRunner.h"

#include <QCoreApplication>

#include <cstdio>
#include <memory>

#ifdef FRAG792_HAVE_WIZARD
#include "WizardLauncher.h"
#endif

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
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("frag792"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FRAG792_VERSION));
    return HeadlessRunner(cli).run();
}
