// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaptureRequest.h"

#include <QMetaType>
#include <QString>

/**
 * How one capture run ended, and the one policy on what that means; the command line and the
 * wizard both follow it (through CaptureRun) instead of deciding for themselves.
 *
 * The rule for a usable result: **the analysis is worth showing exactly when capturing
 * began**, that is the source was open and reading had started (a file's header was read
 * and the filter accepted; the helper said "ok" and its stream opened). Whatever ended it
 * afterwards (a record cut short, the interface gone, the helper killed, the evidence file
 * failing, or simply the end) leaves an analysis of what was read, and the result says
 * where reading stopped (AnalysisResult::stoppedEarly). A run that never began (no such
 * file or interface, not a capture, a bad filter, no permission, the helper never ready)
 * has nothing to show, and a result it carries would only be an empty one: shown, it would
 * read as "no IKE traffic", a verdict nothing supports.
 */
class CaptureOutcome
{
public:
    /** What the outcome means to whoever started the capture. */
    enum class Class
    {
        Complete,   ///< began and read to the end, or was stopped on request
        Partial,    ///< began, then a fault ended it or the evidence file failed: the result covers what was
                    ///< read
        BadRequest, ///< never began: the request itself is wrong (the filter)
        NotPermitted, ///< never began: capturing is not permitted (the helper's group or capabilities)
        Failed        ///< never began: no such file or interface, not a capture, the helper did not start
    };

    CaptureOutcome() = default;
    CaptureOutcome(CaptureError error, QString detail, bool began)
        : m_error(error), m_detail(std::move(detail)), m_began(began)
    {
    }

    CaptureError error() const { return m_error; }
    /** What the reader or the helper said (English, names the file or interface); empty when all went well.
     */
    QString detail() const { return m_detail; }
    bool began() const { return m_began; }

    /** The rule above: the result is shown (printed, put in the session, reported) exactly when this holds.
     */
    bool hasUsableResult() const { return m_began; }
    Class outcomeClass() const;
    /**
     * The message for a terminal (English, may span lines): the detail, and for NotPermitted
     * the fix for this user (join the helper's group, or grant the helper its capabilities;
     * never run frag792 itself as root).
     */
    QString message() const;

private:
    CaptureError m_error = CaptureError::None;
    QString m_detail;
    bool m_began = false;
};

Q_DECLARE_METATYPE(CaptureOutcome)
