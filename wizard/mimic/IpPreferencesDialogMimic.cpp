// SPDX-License-Identifier: GPL-3.0-or-later
#include "IpPreferencesDialogMimic.h"

#include "mimic/ConsoleScript.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QVBoxLayout>

IpPreferencesDialogMimic::IpPreferencesDialogMimic(const char* title, const QList<const char*>& tabs,
                                                   bool fragmentsBlocked, QWidget* parent)
    : MimicWindowFrame(bilingualLabel(title), parent), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("ipPreferencesDialog"));
    setModal(true);
    m_tabs->setObjectName(QStringLiteral("ipDialogTabs"));
    for (const char* tab : tabs) {
        QWidget* page = nullptr;
        const QString label = QString::fromLatin1(tab);
        if (label == QLatin1String("IP Options"))
            page = ipOptionsTab();
        else if (label == QLatin1String("IP Fragments"))
            page = ipFragmentsTab(fragmentsBlocked);
        else
            page = ipRoutingTab();
        const int index = m_tabs->addTab(page, bilingualLabel(tab));
        m_tabs->tabBar()->setTabData(index, label);
    }

    // Created after the tab pages: Tab follows creation order, and OK reads after the options.
    m_ok = new QPushButton(QStringLiteral("OK"), this);
    m_ok->setObjectName(QStringLiteral("ipDialogOk"));
    auto* cancel = new QPushButton(QStringLiteral("Cancel"), this);
    cancel->setObjectName(QStringLiteral("ipDialogCancel"));
    auto* apply = new QPushButton(bilingualLabel(QT_TRANSLATE_NOOP("ConsoleLabel", "Apply")), this);
    apply->setObjectName(QStringLiteral("ipDialogApply"));
    m_others << cancel << apply;

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_ok);
    buttons->addWidget(cancel);
    buttons->addWidget(apply);
    contentLayout()->addWidget(m_tabs, 1);
    contentLayout()->addLayout(buttons);
}

int IpPreferencesDialogMimic::tabIndex(const QString& english) const
{
    for (int i = 0; i < m_tabs->count(); ++i)
        if (m_tabs->tabBar()->tabData(i).toString() == english)
            return i;
    return -1;
}

QWidget* IpPreferencesDialogMimic::ipOptionsTab()
{
    auto* page = new QWidget(this);
    auto* enable =
        new QCheckBox(bilingualLabel(QT_TRANSLATE_NOOP("ConsoleLabel", "Enable IP options filtering")), page);
    enable->setObjectName(QStringLiteral("ipOptionsFilteringCheck"));
    enable->setChecked(true);
    auto* denySelected = new QRadioButton(
        bilingualLabel(QT_TRANSLATE_NOOP("ConsoleLabel", "Deny packets with the selected IP options")), page);
    denySelected->setChecked(true);
    auto* denyAny = new QRadioButton(
        bilingualLabel(QT_TRANSLATE_NOOP("ConsoleLabel", "Deny all packets with any IP option")), page);
    auto* denyAllExcept = new QRadioButton(
        bilingualLabel(QT_TRANSLATE_NOOP("ConsoleLabel", "Deny packets with all except selected IP options")),
        page);
    auto* list = new QListWidget(page);
    list->addItems({QStringLiteral("Loose Source Route (3)"), QStringLiteral("Strict Source Route (9)"),
                    QStringLiteral("Record Route (7)"), QStringLiteral("Time Stamp (68)")});
    list->setAccessibleName(tr("IP options"));
    list->setMaximumHeight(list->fontMetrics().lineSpacing() * 5);
    list->setEnabled(false);
    m_others << enable << denySelected << denyAny << denyAllExcept;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(enable);
    layout->addWidget(denyAny);
    layout->addWidget(denySelected);
    layout->addWidget(denyAllExcept);
    layout->addWidget(list);
    layout->addStretch(1);
    return page;
}

QWidget* IpPreferencesDialogMimic::ipFragmentsTab(bool blocked)
{
    auto* page = new QWidget(this);
    m_blockFragments =
        new QCheckBox(bilingualLabel(QT_TRANSLATE_NOOP("ConsoleLabel", "Block IP fragments")), page);
    m_blockFragments->setObjectName(QStringLiteral("blockIpFragmentsCheck"));
    m_blockFragments->setChecked(blocked);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_blockFragments);
    layout->addStretch(1);
    return page;
}

QWidget* IpPreferencesDialogMimic::ipRoutingTab()
{
    auto* page = new QWidget(this);
    auto* routing =
        new QCheckBox(bilingualLabel(QT_TRANSLATE_NOOP("ConsoleLabel", "Enable IP routing")), page);
    routing->setObjectName(QStringLiteral("ipRoutingCheck"));
    routing->setChecked(true);
    m_others << routing;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(routing);
    layout->addStretch(1);
    return page;
}
