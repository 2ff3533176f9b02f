// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeCaptureHelper.h"

#include <QDir>
#include <QFile>

namespace FakeCaptureHelper {

QString write(const QString& directory, Ending ending, const QByteArray& pcapStream)
{
    static int counter = 0;
    const QString stem = QDir(directory).filePath(QStringLiteral("fake-helper-%1").arg(++counter));
    QFile stream(stem + QStringLiteral(".pcap"));
    if (!stream.open(QIODevice::WriteOnly) || stream.write(pcapStream) != pcapStream.size())
        return {};
    stream.close();

    // The helper is started with an empty environment: absolute paths only.
    const QString streamLine =
        QStringLiteral("echo 'ok 1 65535' >&2\n/bin/cat '%1'\n").arg(stream.fileName());
    QString body;
    switch (ending) {
    case Ending::Exits:
        body = streamLine + QStringLiteral("exit 0\n");
        break;
    case Ending::KilledAfterStreaming:
        body = streamLine + QStringLiteral("kill -KILL $$\n");
        break;
    case Ending::InterfaceGone:
        body = streamLine + QStringLiteral("echo 'error ifdown lo: The interface went down' >&2\nexit 1\n");
        break;
    case Ending::UntilStopped:
        body = QStringLiteral("trap 'exit 0' TERM\n") + streamLine +
               QStringLiteral("while :; do /bin/sleep 0.05; done\n");
        break;
    case Ending::PermissionRefused:
        body = QStringLiteral("echo 'error perm lo: You don'\\''t have permission to capture on that device' "
                              ">&2\nexit 1\n");
        break;
    case Ending::SilentExit:
        body = QStringLiteral("exit 1\n");
        break;
    }
    QFile script(stem + QStringLiteral(".sh"));
    if (!script.open(QIODevice::WriteOnly) || script.write("#!/bin/sh\n" + body.toUtf8()) < 0)
        return {};
    script.close();
    script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return script.fileName();
}

} // namespace FakeCaptureHelper
