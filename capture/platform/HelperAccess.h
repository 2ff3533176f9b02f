// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

/**
 * Whether this user may capture through frag792-capture-helper, decided from facts alone so
 * that every case is unit-tested with made-up files and users (CapturePermission gathers the
 * real facts). The Debian package installs the helper as the dumpcap model has it: root-owned,
 * mode 0750, group frag792, with cap_net_raw,cap_net_admin. A user outside that group cannot
 * even start it, whatever capabilities it carries; a source build leaves it executable by
 * everyone and only the capabilities matter.
 */
namespace HelperAccess {

/** What stat(2) and the security.capability attribute say about the helper. */
struct HelperFile
{
    bool exists = false;
    quint32 ownerUid = 0;
    quint32 groupGid = 0;
    QString groupName; ///< the name of groupGid, empty when the group database has none
    quint32 mode = 0;  ///< permission bits (st_mode & 07777)
    bool capNetRaw = false;
    /** The kernel's answer for this user (euidaccess X_OK): an ACL may allow what the mode bits do not. */
    bool executeAllowedByKernel = false;
};

/** Who is asking. The two group lists differ for a user added to a group after logging in. */
struct User
{
    quint32 euid = 0;
    quint32 egid = 0;
    QList<quint32> sessionGroups; ///< getgroups(2): what this login's processes carry
    QList<quint32> accountGroups; ///< the group database: what the next login will carry
};

enum class Verdict
{
    Permitted,         ///< this user starts the helper and it may capture (or we are root)
    HelperMissing,     ///< nothing at the helper's path
    JoinGroup,         ///< only the helper's group may run it, and this user is not a member
    LogInAgain,        ///< a member in the group database, but this login started before joining
    NotExecutable,     ///< no group membership would help (mode, or the group is root's)
    GrantCapabilities, ///< this user may run it, but it carries no CAP_NET_RAW
};

struct Decision
{
    Verdict verdict = Verdict::Permitted;
    QString group; ///< the helper's group (name, or number when unnamed), for JoinGroup and LogInAgain
};

/** The kernel's execute check on @p file for @p user (owner, then group, then others), then the capability.
 */
Decision decide(const HelperFile& file, const User& user);

} // namespace HelperAccess
