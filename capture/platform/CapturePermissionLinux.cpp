// SPDX-License-Identifier: GPL-3.0-or-later
#include "CapturePermission.h"

#include <QFile>
#include <QRegularExpression>

#include <unistd.h>

namespace {

constexpr int kCapNetAdmin = 12;
constexpr int kCapNetRaw = 13;

/** Effective capability mask from /proc/self/status (no libcap dependency needed). */
quint64 effectiveCapabilities()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QString text = QString::fromLatin1(status.readAll());
    static const QRegularExpression re(QStringLiteral("^CapEff:\\s*([0-9a-fA-F]+)"), QRegularExpression::MultilineOption);
    const auto match = re.match(text);
    return match.hasMatch() ? match.captured(1).toULongLong(nullptr, 16) : 0;
}

} // namespace

namespace CapturePermission {

bool runningAsRoot()
{
    return geteuid() == 0;
}

bool processHoldsCaptureCapability()
{
    const quint64 caps = effectiveCapabilities();
    return (caps & (quint64(1) << kCapNetRaw)) != 0 || (caps & (quint64(1) << kCapNetAdmin)) != 0;
}

bool processCanCapture()
{
    const quint64 caps = effectiveCapabilities();
    return (caps & (quint64(1) << kCapNetRaw)) != 0;
}

QString grantCommand(const QString& executable)
{
    return QStringLiteral("sudo setcap cap_net_raw,cap_net_admin=eip %1").arg(executable);
}

} // namespace CapturePermission
