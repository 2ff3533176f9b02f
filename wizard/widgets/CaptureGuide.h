// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaseModel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

/**
 * "How to capture where frag792 cannot run": per product and Windows version, the steps and the
 * commands (read-only, with a Copy button) that make a usable capture on the server or a
 * Windows client. Every recipe is the sourced one in docs/capturing-on-windows.md: filter by
 * address (never by port: later fragments carry none), whole packets (never below 128 bytes).
 */
class CaptureGuide : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureGuide)

public:
    enum class Recipe
    {
        NmcapServer2003,       ///< ISA 2004/2006 on Windows Server 2003: Network Monitor 3.4
        BuiltInNetworkMonitor, ///< ISA on Windows Server 2003 without a download
        NmcapServer2008,       ///< TMG MBE on 2008 (and TMG 2010 on 2008 R2): nmcap, elevated
        NetshTrace2008R2,      ///< TMG 2010 on Windows Server 2008 R2: netsh trace + etl2pcapng
        PktmonClient           ///< Windows 10 / 11 client: pktmon + pktmon etl2pcap
    };

    explicit CaptureGuide(QWidget* parent = nullptr);

    /** Picks the recipe that fits @p product (the environment page's choice). */
    void setProduct(ServerProduct product);
    Recipe recipe() const;
    /** The commands as shown (what Copy puts on the clipboard). */
    QString commands() const;

    /** What to do with an .etl, for wherever the wizard opens files (rich text). */
    static QString etlAdvice();

private:
    void update();
    void copyCommands();

    QComboBox* m_recipe;
    QLineEdit* m_address;
    QLabel* m_addressLabel;
    QLabel* m_steps;
    QPlainTextEdit* m_commands;
    QPushButton* m_copy;
    QLabel* m_rules;
};
