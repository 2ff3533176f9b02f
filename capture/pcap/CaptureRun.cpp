// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaptureRun.h"

#include "CaptureThread.h"
#include "NetworkInterfaces.h"

CaptureRequest CaptureRun::request(const Settings& settings)
{
    CaptureRequest request = settings.capture;
    VantageHints& hints = request.analyzer.vantage;
    hints.stated = settings.statedVantage;
    hints.localAddresses.clear();
    hints.interfaceName.clear();
    if (settings.serverAddress) {
        hints.localAddresses = {*settings.serverAddress};
        hints.localAddressOrigin = LocalAddressOrigin::ServerOption;
    } else if (request.kind == CaptureRequest::Kind::Live) {
        hints.localAddresses = interfaceAddresses(request.interfaceName);
        hints.localAddressOrigin = LocalAddressOrigin::Interface;
        hints.interfaceName = request.interfaceName;
    }
    return request;
}

CaptureRun::CaptureRun(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<CaptureOutcome>();
    qRegisterMetaType<SharedAnalysisResult>();
}

CaptureRun::~CaptureRun()
{
    // The thread's destructor stops and waits; before ours, so it never reports to a dead object.
    delete m_thread.data();
}

bool CaptureRun::start(const Settings& settings)
{
    if (isRunning())
        return false;
    m_result.reset();
    m_outcome = CaptureOutcome();
    m_thread = new CaptureThread(request(settings), this);
    connect(m_thread, &CaptureThread::statisticsUpdated, this, &CaptureRun::statisticsUpdated);
    connect(m_thread, &CaptureThread::fileProgress, this, &CaptureRun::fileProgress);
    connect(m_thread, &CaptureThread::captureFinished, this, &CaptureRun::onThreadFinished);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start();
    return true;
}

void CaptureRun::stop()
{
    if (m_thread)
        m_thread->stop();
}

void CaptureRun::onThreadFinished(const SharedAnalysisResult& result, const CaptureOutcome& outcome)
{
    // The thread object deletes itself once run() returns; the run is over for our callers now.
    m_thread = nullptr;
    m_outcome = outcome;
    m_result = outcome.hasUsableResult() ? result : SharedAnalysisResult();
    emit finished(m_result, m_outcome);
}
