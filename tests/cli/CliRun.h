// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the command-line tests share: running the real frag792 and writing captures for it.

#include "PacketBuilder.h"
#include "PcapngWriter.h"

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

#include <optional>

namespace CliRun {

using namespace PacketBuilder;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline Run frag792(const QStringList& args,
                   const QString& program = QStringLiteral(FRAG792_BINARY_DIR "/app/frag792"),
                   const QStringList& prefix = {}, const std::optional<QProcessEnvironment>& environment = {})
{
    QProcess p;
    if (environment)
        p.setProcessEnvironment(*environment);
    p.setProgram(prefix.isEmpty() ? program : prefix.first());
    p.setArguments(prefix.isEmpty() ? args : prefix.mid(1) + QStringList{program} + args);
    p.start();
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

inline bool writeScenario(const QString& path, const MainModeScenario& s)
{
    PcapngWriter w;
    if (!w.open(path, LinkType::Ethernet, 262144, QStringLiteral("eth0")))
        return false;
    for (const TimedFrame& f : mainMode(s))
        if (!w.writePacket(f.timestampUs, bytes(f.frame), std::uint32_t(f.frame.size())))
            return false;
    return true;
}

/** A classic pcap file header (Ethernet) followed by @p records. */
inline QByteArray pcapHeader()
{
    return QByteArray::fromHex("d4c3b2a1020004000000000000000000ffff000001000000");
}

} // namespace CliRun
