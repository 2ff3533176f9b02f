// SPDX-License-Identifier: GPL-3.0-or-later
#include "SymptomPage.h"

#include "DiagnosisSession.h"
#include "LookAlikeErrors.h"
#include "widgets/EvidenceLogPanel.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

SymptomPage::SymptomPage(DiagnosisSession* session, QWidget* parent)
    : QWizardPage(parent), m_session(session), m_errorList(new QListWidget(this)),
      m_details(new QLabel(this)),
      m_eventLog(new EvidenceLogPanel(session, EvidenceLogPanel::Kind::EventLog, this))
{
    setObjectName(QStringLiteral("symptomPage"));
    setTitle(tr("Which error does the VPN client show?"));
    setSubTitle(
        tr("KB 838438 is about one exact message. Several other errors look similar but point elsewhere."));

    auto* exact = new QLabel(this);
    exact->setObjectName(QStringLiteral("exactMessageLabel"));
    exact->setWordWrap(true);
    exact->setTextFormat(Qt::RichText);
    exact->setText(tr("The symptom this wizard solves:<br><b>Error 792: %1</b>")
                       .arg(lookAlikeError(792).message.toHtmlEscaped()));

    auto* prompt = new QLabel(tr("Pick the &error the client reported:"), this);
    prompt->setWordWrap(true);
    prompt->setBuddy(m_errorList);

    m_errorList->setObjectName(QStringLiteral("errorList"));
    m_errorList->setAccessibleName(tr("Error reported by the VPN client"));
    m_errorList->setAccessibleDescription(
        tr("Choose the error number and message the VPN client showed. The text below the list says how "
           "the selected error differs from Error 792."));
    m_errorList->setWordWrap(true);
    m_errorList->setUniformItemSizes(false);
    m_errorList->setAlternatingRowColors(true);
    m_errorList->setTextElideMode(Qt::ElideNone);
    m_errorList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (const LookAlikeError& e : lookAlikeErrors()) {
        auto* item = new QListWidgetItem(tr("Error %1: %2").arg(e.code).arg(e.message), m_errorList);
        item->setData(Qt::UserRole, e.code);
        item->setToolTip(e.symbol);
        if (e.code == 792) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }

    m_details->setObjectName(QStringLiteral("errorDetailsLabel"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 4);
    m_details->setText(tr("Select an error to see how it differs from 792."));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(exact);
    layout->addWidget(prompt);
    layout->addWidget(m_errorList, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_eventLog);

    connect(m_errorList, &QListWidget::itemSelectionChanged, this, &SymptomPage::onSelectionChanged);
    // The error the log recorded is picked for the technician; they can still pick another.
    connect(m_eventLog, &EvidenceLogPanel::errorCodeFound, this, &SymptomPage::selectError);
}

bool SymptomPage::isComplete() const
{
    return m_session->errorCode() != 0;
}

void SymptomPage::selectError(int code)
{
    for (int row = 0; row < m_errorList->count(); ++row) {
        if (m_errorList->item(row)->data(Qt::UserRole).toInt() == code) {
            m_errorList->setCurrentRow(row);
            return;
        }
    }
}

void SymptomPage::onSelectionChanged()
{
    const QListWidgetItem* item = m_errorList->currentItem();
    const int code = item && item->isSelected() ? item->data(Qt::UserRole).toInt() : 0;
    m_session->setErrorCode(code);
    if (code == 0) {
        m_details->setText(tr("Select an error to see how it differs from 792."));
    } else {
        const LookAlikeError e = lookAlikeError(code);
        QString text = tr("<b>%1</b> (%2)<br>%3").arg(code).arg(e.symbol, e.difference.toHtmlEscaped());
        if (code == 792)
            text += QStringLiteral("<br>") + tr("Click Next to describe the server.");
        else
            text += QStringLiteral("<br>") + tr("Click Next to see where this error points instead.");
        m_details->setText(text);
    }
    emit completeChanged();
}
