// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

#include <functional>

class DiagnosisSession;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

/**
 * Page 7: export the case as HTML, PDF and JSON through the report library, plus the
 * evidence captures. Every file is written atomically; an existing file is replaced only
 * after the technician says so.
 */
class ReportPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportPage)

public:
    /** Asked before replacing @p path; the default shows a question box. */
    using OverwriteQuestion = std::function<bool(const QString& path)>;

    explicit ReportPage(DiagnosisSession* session, QWidget* parent = nullptr);

    void initializePage() override;

    void setOverwriteQuestion(OverwriteQuestion question) { m_askOverwrite = std::move(question); }
    /** Writes the selected files; returns the paths written. */
    QStringList exportFiles();

private:
    void chooseFolder();
    bool mayWrite(const QString& path, bool* overwrite);
    bool copyEvidence(const QString& from, const QString& to, bool overwrite, QString* error);
    QString defaultBaseName() const;

    DiagnosisSession* m_session;
    OverwriteQuestion m_askOverwrite;
    QLabel* m_summary;
    QLineEdit* m_caseTitle;
    QLineEdit* m_technician;
    QPlainTextEdit* m_notes;
    QCheckBox* m_redact;
    QCheckBox* m_html;
    QCheckBox* m_pdf;
    QCheckBox* m_json;
    QCheckBox* m_evidence;
    QLineEdit* m_folder;
    QLineEdit* m_baseName;
    QLabel* m_result;
};
