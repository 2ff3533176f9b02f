// SPDX-License-Identifier: GPL-3.0-or-later
#include "CapturePermission.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cstring>
#include <grp.h>
#include <linux/capability.h>
#include <pwd.h>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <unistd.h>
#include <vector>

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

QString groupName(gid_t gid)
{
    std::vector<char> buffer(16384);
    group entry{};
    group* found = nullptr;
    if (::getgrgid_r(gid, &entry, buffer.data(), buffer.size(), &found) != 0 || !found)
        return {};
    return QString::fromLocal8Bit(found->gr_name);
}

/** The groups the group database gives @p uid at login (getgrouplist), empty when it has no such user. */
QList<quint32> accountGroups(uid_t uid)
{
    std::vector<char> buffer(16384);
    passwd entry{};
    passwd* found = nullptr;
    if (::getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &found) != 0 || !found)
        return {};
    // Grows once if the first guess is too small; getgrouplist says how many it needs.
    int count = 64;
    std::vector<gid_t> groups(count);
    if (::getgrouplist(found->pw_name, found->pw_gid, groups.data(), &count) < 0) {
        groups.resize(count);
        if (::getgrouplist(found->pw_name, found->pw_gid, groups.data(), &count) < 0)
            return {};
    }
    QList<quint32> out;
    for (int i = 0; i < count; ++i)
        out << groups[i];
    return out;
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
    // The first that exists, executable by us or not: the package's helper is for its group
    // only, and a user outside it must be told about that helper, not about another path.
    for (const QString& candidate : candidates) {
        const QFileInfo info(candidate);
        if (info.isFile())
            return QDir::cleanPath(info.absoluteFilePath());
    }
    return QDir::cleanPath(candidates.last());
}

HelperAccess::HelperFile helperFile(const QString& helper)
{
    HelperAccess::HelperFile file;
    struct stat st
    {
    };
    // stat, not lstat: exec follows a symbolic link, and so does this check.
    if (::stat(QFile::encodeName(helper).constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return file;
    file.exists = true;
    file.ownerUid = st.st_uid;
    file.groupGid = st.st_gid;
    file.groupName = groupName(st.st_gid);
    file.mode = st.st_mode & 07777;
    file.capNetRaw = (filePermittedCapabilities(helper) & (quint64(1) << kCapNetRaw)) != 0;
    file.executeAllowedByKernel = ::euidaccess(QFile::encodeName(helper).constData(), X_OK) == 0;
    return file;
}

HelperAccess::User currentUser()
{
    HelperAccess::User user;
    user.euid = ::geteuid();
    user.egid = ::getegid();
    const int count = ::getgroups(0, nullptr);
    if (count > 0) {
        std::vector<gid_t> groups(count);
        const int n = ::getgroups(count, groups.data());
        for (int i = 0; i < n; ++i)
            user.sessionGroups << groups[i];
    }
    user.accountGroups = accountGroups(user.euid);
    return user;
}

HelperAccess::Decision helperAccess(const QString& helper)
{
    return HelperAccess::decide(helperFile(helper), currentUser());
}

bool helperCanCapture(const QString& helper)
{
    return helperAccess(helper).verdict == HelperAccess::Verdict::Permitted;
}

bool runningAsRoot()
{
    return geteuid() == 0;
}

bool processCanCapture()
{
    return helperCanCapture(captureHelperPath());
}

namespace {

/** @p text quoted for a POSIX shell when it is not a plain word, so it can be pasted as it is. */
QString shellQuoted(const QString& text)
{
    const bool plain =
        !text.isEmpty() && text.indexOf(QRegularExpression(QStringLiteral("[^A-Za-z0-9_./+-]"))) < 0;
    if (plain)
        return text;
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("'\\''")) +
           QLatin1Char('\'');
}

} // namespace

QString grantCommand(const QString& executable)
{
    return QStringLiteral("sudo setcap cap_net_raw,cap_net_admin=eip %1").arg(shellQuoted(executable));
}

QString joinGroupCommand(const QString& group)
{
    // $USER stays for the shell to expand: the command is pasted by the user it is for.
    return QStringLiteral("sudo usermod -aG %1 $USER").arg(shellQuoted(group));
}

QString fixMessage(const HelperAccess::Decision& decision, const QString& helper)
{
    using HelperAccess::Verdict;
    switch (decision.verdict) {
    case Verdict::HelperMissing:
        return QStringLiteral("The capture helper %1 is missing; reinstall frag792.").arg(helper);
    case Verdict::JoinGroup:
        return QStringLiteral("Live capture is for members of the group %1. Add yourself to the group "
                              "%1, then log in again:\n    %2")
            .arg(decision.group, joinGroupCommand(decision.group));
    case Verdict::LogInAgain:
        return QStringLiteral("You are in the group %1, but this login started before you joined it. "
                              "Log out and in again (or start a shell with: newgrp %1).")
            .arg(decision.group);
    case Verdict::NotExecutable:
        return QStringLiteral("This user may not run the capture helper %1; ask an administrator to "
                              "check its owner and mode.")
            .arg(helper);
    case Verdict::GrantCapabilities:
    case Verdict::Permitted:
        break;
    }
    return QStringLiteral("Live capture needs CAP_NET_RAW. Grant it to the program instead of running it as "
                          "root:\n    %1")
        .arg(grantCommand(helper));
}

} // namespace CapturePermission
