// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaseModel.h"

#include <QString>

class ConsoleMimic;
class QComboBox;
class QVariant;
class QWidget;
class TroubleshootWizard;

/** Drives the wizard through its widgets, the way a technician would (objectName lookups, clicks, keys). */
namespace WizardDriver {

/** Clicks @p code in the symptom page's error list. */
bool chooseError(TroubleshootWizard& wizard, int code);
/** Fills the environment page: product by its combo, name by typing, protocol/auth by clicking. */
bool describeServer(TroubleshootWizard& wizard, ServerProduct product, const QString& server,
                    const QString& array = QString(), VpnProtocol protocol = VpnProtocol::L2tpIpsec,
                    IkeAuthentication authentication = IkeAuthentication::Certificates);
/** Selects the item whose data is @p data by keyboard (Home, then Down), as a user would. */
bool chooseByData(QComboBox* combo, const QVariant& data);
/** Analyses @p path on the current capture page (capture or verify) and waits for the verdict. */
bool analyzeOnCurrentPage(TroubleshootWizard& wizard, const QString& path);
/** Performs the script's next click in @p mimic; false when it has none or the target is missing. */
bool clickNextStep(ConsoleMimic* mimic);
/** Clicks through every step. */
bool clickThrough(ConsoleMimic* mimic);
/** Clicks the centre of @p widget with the left button. */
void click(QWidget* widget);

} // namespace WizardDriver
