// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaptureThread.h"

#include <QObject>
#include <QString>

/** Analyses a capture file through the real capture thread (libpcap, or libwiretap as fallback). */
inline AnalysisResult analyzeFile(const QString& path, const QString& filter = {},
                                  const QString& writePath = {})
{
    CaptureRequest request;
    request.path = path;
    request.filter = filter;
    request.writePath = writePath;
    CaptureThread thread(request);
    AnalysisResult result;
    QObject::connect(
        &thread, &CaptureThread::captureFinished, &thread,
        [&](const SharedAnalysisResult& r, const CaptureOutcome&) { result = *r; }, Qt::DirectConnection);
    thread.start();
    thread.wait();
    return result;
}
