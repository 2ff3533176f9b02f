// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportPage.h"

#include "DiagnosisSession.h"
#include "widgets/TabOrder.h"

#include "AtomicFileWriter.h"
#include "FindingText.h"
#include "ReportInput.h"

#include <QCheckBox>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QVBoxLayout>

ReportPage::ReportPage(DiagnosisSession* session, QWidget* parent)
    : QWizardPage(parent), m_session(session), m_summary(new QLabel(this)), m_caseTitle(new QLineEdit(this)),
      m_technician(new QLineEdit(this)), m_notes(new QPlainTextEdit(this)),
      m_redact(new QCheckBox(tr("&Redact addresses and names (client-1, server-1, …)"), this)),
      m_html(new QCheckBox(tr("&HTML"), this)), m_pdf(new QCheckBox(tr("&PDF"), this)),
      m_json(new QCheckBox(tr("&JSON"), this)),
      m_evidence(new QCheckBox(tr("&Evidence captures (pcapng)"), this)), m_folder(new QLineEdit(this)),
      m_baseName(new QLineEdit(this)), m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("reportPage"));
    setTitle(tr("Export a report"));
    setSubTitle(tr("Keep a record of the diagnosis and the fix, or send it to whoever owns the server."));
    setFinalPage(true);
    m_askOverwrite = [this](const QString& path) {
        return QMessageBox::question(this, tr("Replace file?"),
                                     tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path)),
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
    };

    m_summary->setObjectName(QStringLiteral("reportSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_caseTitle->setObjectName(QStringLiteral("caseTitleEdit"));
    m_caseTitle->setAccessibleName(tr("Case title"));
    m_technician->setObjectName(QStringLiteral("technicianEdit"));
    m_technician->setAccessibleName(tr("Technician"));
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    m_redact->setObjectName(QStringLiteral("redactCheck"));
    m_redact->setAccessibleDescription(
        tr("Replaces IP addresses and server and array names in the HTML, PDF and JSON reports with "
           "placeholders such as client-1 and server-1."));
    m_html->setObjectName(QStringLiteral("formatHtml"));
    m_pdf->setObjectName(QStringLiteral("formatPdf"));
    m_json->setObjectName(QStringLiteral("formatJson"));
    m_evidence->setObjectName(QStringLiteral("includeEvidence"));
    m_folder->setObjectName(QStringLiteral("folderEdit"));
    m_folder->setAccessibleName(tr("Folder"));
    m_baseName->setObjectName(QStringLiteral("baseNameEdit"));
    m_baseName->setAccessibleName(tr("File name"));
    m_result->setObjectName(QStringLiteral("exportResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_html->setChecked(true);
    m_json->setChecked(true);
    m_evidence->setChecked(true);

    auto* caseBox = new QGroupBox(tr("Case"), this);
    auto* form = new QFormLayout(caseBox);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Case &title:"), m_caseTitle);
    form->addRow(tr("Te&chnician:"), m_technician);
    form->addRow(tr("&Notes:"), m_notes);

    auto* outputBox = new QGroupBox(tr("Files"), this);
    auto* outputLayout = new QVBoxLayout(outputBox);
    auto* formats = new QHBoxLayout;
    formats->addWidget(m_html);
    formats->addWidget(m_pdf);
    formats->addWidget(m_json);
    formats->addWidget(m_evidence);
    formats->addStretch(1);
    outputLayout->addLayout(formats);
    outputLayout->addWidget(m_redact);
    auto* redactNote = new QLabel(
        tr("Redaction covers the report; the evidence captures always hold the real packets."), this);
    redactNote->setWordWrap(true);
    outputLayout->addWidget(redactNote);
    auto* where = new QFormLayout;
    where->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto* folderRow = new QHBoxLayout;
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseFolderButton"));
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto* folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    where->addRow(folderLabel, folderRow);
    where->addRow(tr("File &name:"), m_baseName);
    outputLayout->addLayout(where);

    auto* exportButton = new QPushButton(tr("E&xport"), this);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    auto* exportRow = new QHBoxLayout;
    exportRow->addWidget(exportButton, 0, Qt::AlignTop);
    exportRow->addWidget(m_result, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(caseBox);
    layout->addWidget(outputBox);
    layout->addLayout(exportRow);
    layout->addStretch(1);

    // Members are created before the layout that places them: put Tab in reading order.
    chainTabStops({m_caseTitle, m_technician, m_notes, m_html, m_pdf, m_json, m_evidence, m_redact, m_folder,
                   browse, m_baseName, exportButton});

    connect(browse, &QPushButton::clicked, this, &ReportPage::chooseFolder);
    connect(exportButton, &QPushButton::clicked, this, &ReportPage::exportFiles);
}

void ReportPage::initializePage()
{
    const auto& before = m_session->result(DiagnosisSession::Run::Before);
    const auto& after = m_session->result(DiagnosisSession::Run::After);
    QString summary;
    if (before)
        summary += tr("Diagnosis: <b>%1</b>").arg(verdictTitleText(before->verdict.code).toHtmlEscaped());
    else
        summary += tr("Diagnosis: no capture was analysed.");
    summary += QStringLiteral("<br>");
    if (after)
        summary += tr("Verification: <b>%1</b>").arg(verdictTitleText(after->verdict.code).toHtmlEscaped());
    else
        summary += tr("Verification: not done.");
    m_summary->setText(summary);
    m_evidence->setEnabled(!m_session->evidencePath(DiagnosisSession::Run::Before).isEmpty() ||
                           !m_session->evidencePath(DiagnosisSession::Run::After).isEmpty());
    if (!m_evidence->isEnabled())
        m_evidence->setChecked(false);
    if (m_caseTitle->text().isEmpty())
        m_caseTitle->setText(
            tr("Error %1 on %2").arg(m_session->errorCode()).arg(m_session->displayServerName()));
    if (m_folder->text().isEmpty()) {
        QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        m_folder->setText(QDir::toNativeSeparators(documents.isEmpty() ? QDir::homePath() : documents));
    }
    if (m_baseName->text().isEmpty())
        m_baseName->setText(defaultBaseName());
}

QString ReportPage::defaultBaseName() const
{
    QString server = m_session->serverName();
    server.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    return QStringLiteral("frag792-%1%2")
        .arg(server.isEmpty() ? QString() : server + QLatin1Char('-'),
             QDate::currentDate().toString(Qt::ISODate));
}

void ReportPage::chooseFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Choose a folder for the report"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

bool ReportPage::mayWrite(const QString& path, bool* overwrite)
{
    *overwrite = false;
    if (!QFileInfo::exists(path))
        return true;
    if (!m_askOverwrite || !m_askOverwrite(path))
        return false;
    *overwrite = true;
    return true;
}

bool ReportPage::copyEvidence(const QString& from, const QString& to, bool overwrite, QString* error)
{
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly)) {
        *error = source.errorString();
        return false;
    }
    // The target is either absent/the old file or the complete copy, never half of it; and
    // without overwrite, a file that appears meanwhile is never replaced.
    AtomicFileWriter target(to, overwrite ? AtomicFileWriter::Mode::Replace
                                          : AtomicFileWriter::Mode::KeepExisting);
    if (!target.open()) {
        *error = target.targetExists() ? tr("%1 exists").arg(to) : target.errorString();
        return false;
    }
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() || target.device()->write(chunk) != chunk.size()) {
            *error = chunk.isEmpty() ? source.errorString() : target.device()->errorString();
            target.cancel();
            return false;
        }
    }
    if (!target.commit()) {
        *error = target.targetExists() ? tr("%1 exists").arg(to) : target.errorString();
        return false;
    }
    return true;
}

QStringList ReportPage::exportFiles()
{
    const QDir folder(QDir::fromNativeSeparators(m_folder->text().trimmed()));
    QString base = m_baseName->text().trimmed();
    if (base.isEmpty())
        base = defaultBaseName();
    if (!folder.exists() && !QDir().mkpath(folder.path())) {
        m_result->setText(tr("<b>The folder %1 cannot be created.</b>").arg(folder.path().toHtmlEscaped()));
        return {};
    }

    QStringList written;
    QStringList problems;
    ReportInput input;
    input.before = m_session->result(DiagnosisSession::Run::Before);
    input.after = m_session->result(DiagnosisSession::Run::After);
    input.product = m_session->product();
    input.serverName = m_session->serverName();
    if (input.product == ServerProduct::Isa2006Enterprise)
        input.arrayName = m_session->arrayName();
    input.caseTitle = m_caseTitle->text();
    input.technician = m_technician->text();
    input.notes = m_notes->toPlainText();
    input.errorCode = QString::number(m_session->errorCode());
    input.vpnProtocol = vpnProtocolName(m_session->protocol());
    input.authentication = m_session->authentication();
    input.redact = m_redact->isChecked();

    const std::pair<QCheckBox*, std::pair<ReportFormat, const char*>> formats[] = {
        {m_html, {ReportFormat::Html, "html"}},
        {m_pdf, {ReportFormat::Pdf, "pdf"}},
        {m_json, {ReportFormat::Json, "json"}}};
    for (const auto& [box, format] : formats) {
        if (!box->isChecked())
            continue;
        const QString path = folder.filePath(base + QLatin1Char('.') + QLatin1String(format.second));
        bool overwrite = false;
        if (!mayWrite(path, &overwrite)) {
            problems << tr("%1 kept (not replaced)").arg(QFileInfo(path).fileName());
            continue;
        }
        QString error;
        if (writeReport(path, format.first, input, ReportWriteOptions{overwrite}, &error))
            written << path;
        else
            problems << tr("%1: %2").arg(QFileInfo(path).fileName(), error);
    }
    if (m_evidence->isChecked()) {
        for (const auto run : {DiagnosisSession::Run::Before, DiagnosisSession::Run::After}) {
            const QString from = m_session->evidencePath(run);
            if (from.isEmpty() || !QFileInfo::exists(from))
                continue;
            const QString suffix = run == DiagnosisSession::Run::Before ? QStringLiteral("-before.pcapng")
                                                                        : QStringLiteral("-after.pcapng");
            const QString path = folder.filePath(base + suffix);
            bool overwrite = false;
            if (!mayWrite(path, &overwrite)) {
                problems << tr("%1 kept (not replaced)").arg(QFileInfo(path).fileName());
                continue;
            }
            QString error;
            if (copyEvidence(from, path, overwrite, &error))
                written << path;
            else
                problems << tr("%1: %2").arg(QFileInfo(path).fileName(), error);
        }
    }

    QString text;
    if (!written.isEmpty()) {
        QStringList names;
        for (const QString& path : written)
            names << QDir::toNativeSeparators(path).toHtmlEscaped();
        text = tr("Written:<br>%1").arg(names.join(QStringLiteral("<br>")));
    }
    if (!problems.isEmpty()) {
        if (!text.isEmpty())
            text += QStringLiteral("<br>");
        QStringList escaped;
        for (const QString& p : problems)
            escaped << p.toHtmlEscaped();
        text += QStringLiteral("<span style=\"color:#b00020\">%1</span>")
                    .arg(escaped.join(QStringLiteral("<br>")));
    }
    if (text.isEmpty())
        text = tr("Nothing selected to export.");
    m_result->setText(text);
    return written;
}
