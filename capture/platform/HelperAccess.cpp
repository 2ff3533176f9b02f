// SPDX-License-Identifier: GPL-3.0-or-later
#include "HelperAccess.h"

namespace HelperAccess {

namespace {

constexpr quint32 kOwnerExecute = 0100;
constexpr quint32 kGroupExecute = 0010;
constexpr quint32 kOtherExecute = 0001;

bool memberOf(quint32 gid, quint32 primary, const QList<quint32>& groups)
{
    return gid == primary || groups.contains(gid);
}

} // namespace

Decision decide(const HelperFile& file, const User& user)
{
    Decision d;
    d.group = file.groupName.isEmpty() ? QString::number(file.groupGid) : file.groupName;
    if (!file.exists) {
        d.verdict = Verdict::HelperMissing;
        return d;
    }
    // Root runs anything with an execute bit, and needs no file capability to capture.
    if (user.euid == 0) {
        d.verdict = (file.mode & (kOwnerExecute | kGroupExecute | kOtherExecute)) ? Verdict::Permitted
                                                                                  : Verdict::NotExecutable;
        return d;
    }
    // As the kernel checks: the first class that matches decides, even when a later one would allow.
    bool executable = false;
    if (user.euid == file.ownerUid)
        executable = file.mode & kOwnerExecute;
    else if (memberOf(file.groupGid, user.egid, user.sessionGroups))
        executable = file.mode & kGroupExecute;
    else
        executable = file.mode & kOtherExecute;

    // An ACL entry can allow what the mode bits refuse; it never refuses what they allow here.
    executable = executable || file.executeAllowedByKernel;
    if (executable) {
        d.verdict = file.capNetRaw ? Verdict::Permitted : Verdict::GrantCapabilities;
        return d;
    }
    // Joining the group helps only when the group may execute, we are not the owner (the owner
    // class would still decide), and the group is not root's (no one should be told to join it).
    const bool groupWouldHelp =
        user.euid != file.ownerUid && (file.mode & kGroupExecute) && file.groupGid != 0;
    if (!groupWouldHelp)
        d.verdict = Verdict::NotExecutable;
    else if (user.accountGroups.contains(file.groupGid))
        d.verdict = Verdict::LogInAgain;
    else
        d.verdict = Verdict::JoinGroup;
    return d;
}

} // namespace HelperAccess
