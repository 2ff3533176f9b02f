// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardLauncher.h"

#include "CommandLine.h"
#include "TroubleshootWizard.h"
#include "WizardTranslator.h"

#include <QApplication>
#include <QIcon>
#include <QScreen>

int runWizard(int argc, char** argv, const CommandLine& cli)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("frag792"));
    QApplication::setApplicationDisplayName(QStringLiteral("frag792"));
    QApplication::setApplicationVersion(QStringLiteral(FRAG792_VERSION));
    QApplication::setOrganizationDomain(QStringLiteral("frag792.github.io"));
    // Lets Wayland and the taskbar match the window to the installed .desktop file and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.frag792.Frag792"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/frag792.svg")));
    WizardTranslator::install(&app, cli.language);

    TroubleshootWizard wizard;
    // The capture and console pages need room; the wizard's own size hint is the smallest page.
    const QSize screen = wizard.screen()->availableGeometry().size();
    wizard.resize(QSize(1000, 780).boundedTo(screen * 0.92));
    wizard.show();
    if (!cli.openFile.isEmpty())
        wizard.openCaptureFile(cli.openFile);
    return app.exec();
}
