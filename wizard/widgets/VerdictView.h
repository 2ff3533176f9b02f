// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

struct AnalysisResult;
class QLabel;
class QTableWidget;

/**
 * A verdict with its evidence and the IKE timeline of the session it comes from; a warning
 * under the title when where the capture was said to be taken contradicts the packets' TTLs.
 */
class VerdictView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerdictView)

public:
    explicit VerdictView(QWidget* parent = nullptr);

    void setResult(const AnalysisResult& result);
    void clear();

private:
    /** The logs read beside the capture, as a list under its evidence (empty without logs). */
    QString logsSummary(const AnalysisResult& result) const;

    QLabel* m_title;
    QLabel* m_explanation;
    QLabel* m_conflict; ///< the statement and the TTLs disagree about the capture point
    QLabel* m_evidence;
    QTableWidget* m_timeline;
};
