// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaptureOutcome.h"

#include "CapturePermission.h"

CaptureOutcome::Class CaptureOutcome::outcomeClass() const
{
    if (m_began)
        return m_error == CaptureError::None ? Class::Complete : Class::Partial;
    switch (m_error) {
    case CaptureError::BadFilter:
        return Class::BadRequest;
    case CaptureError::PermissionDenied:
        return Class::NotPermitted;
    default:
        // Never began, whatever the code (None included: a run that read nothing did not succeed).
        return Class::Failed;
    }
}

QString CaptureOutcome::message() const
{
    if (outcomeClass() != Class::NotPermitted)
        return m_detail;
    // frag792 itself never captures: the fix is about the helper (its group, or its capabilities).
    const QString helper = CapturePermission::captureHelperPath();
    return m_detail + QLatin1Char('\n') +
           CapturePermission::fixMessage(CapturePermission::helperAccess(helper), helper);
}
