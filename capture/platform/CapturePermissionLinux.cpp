// SPDX-License-Identifier: GPL-3.0-or-later
#include "CapturePermission.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cstring>
#include <linux/capability.h>
#include <sys/xattr.h>
#include <unistd.h>

namespace {

constexpr int kCapNetRaw = 13;

constexpr const char* kHelperName = "frag792-capture-helper";

/** Permitted file capabilities of @p path (security.capability xattr), 0 when none. */
quint64 filePermittedCapabilities(const QString& path)
{
    vfs_ns_cap_data data;
    std::memset(&data, 0, sizeof data);
    const ssize_t n =
        ::getxattr(QFile::encodeName(path).constData(), "security.capability", &data, sizeof data);
    if (n < ssize_t(XATTR_CAPS_SZ_1))
        return 0;
    quint64 permitted = data.data[0].permitted;
    if (n >= ssize_t(XATTR_CAPS_SZ_2))
        permitted |= quint64(data.data[1].permitted) << 32;
    return permitted;
}

} // namespace

namespace CapturePermission {

QString captureHelperPath()
{
    const QString name = QString::fromLatin1(kHelperName);
    const QByteArray overridden = qgetenv("FRAG792_CAPTURE_HELPER");
    if (!overridden.isEmpty())
        return QFile::decodeName(overridden);
    // /proc/self/exe rather than QCoreApplication: this also works before an application object exists.
    const QString self = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    const QDir ownDir = QFileInfo(self).absoluteDir();
    QStringList candidates{ownDir.filePath(name),
                           ownDir.filePath(QStringLiteral("../libexec/frag792/") + name)};
#ifdef FRAG792_LIBEXEC_DIR
    candidates << QStringLiteral(FRAG792_LIBEXEC_DIR "/frag792/") + name;
#endif
    for (const QString& candidate : candidates) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.absoluteFilePath();
    }
    return QDir::cleanPath(candidates.last());
}

bool helperCanCapture(const QString& helper)
{
    if (runningAsRoot())
        return true;
    return (filePermittedCapabilities(helper) & (quint64(1) << kCapNetRaw)) != 0;
}

bool runningAsRoot()
{
    return geteuid() == 0;
}

bool processCanCapture()
{
    return helperCanCapture(captureHelperPath());
}

QString grantCommand(const QString& executable)
{
    // Quoted for the shell, so a path with spaces (or quotes) can be pasted as it is.
    QString quoted = executable;
    const bool plain = !executable.isEmpty() &&
                       executable.indexOf(QRegularExpression(QStringLiteral("[^A-Za-z0-9_./+-]"))) < 0;
    if (!plain)
        quoted = QLatin1Char('\'') + QString(executable).replace(QLatin1Char('\''), QStringLiteral("'\\''")) +
                 QLatin1Char('\'');
    return QStringLiteral("sudo setcap cap_net_raw,cap_net_admin=eip %1").arg(quoted);
}

} // namespace CapturePermission
