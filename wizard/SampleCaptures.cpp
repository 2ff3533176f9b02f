// SPDX-License-Identifier: GPL-3.0-or-later
#include "SampleCaptures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

QString SampleCaptures::titleFor(const QString& fileName)
{
    if (fileName == QLatin1String("sample-blocked-at-server.pcapng"))
        return tr("Sample: the server blocks IP fragments (KB 838438)");
    if (fileName == QLatin1String("sample-fragments-pass.pcapng"))
        return tr("Sample: fragments pass, negotiation completes");
    // Lab captures: lab-<scenario>-<vantage>.pcapng (resources/samples/README.md).
    const QString base = QFileInfo(fileName).completeBaseName();
    static const std::pair<const char*, const char*> kScenarios[] = {
        {"server-blocks", QT_TR_NOOP("the server blocks IP fragments")},
        {"router-drops", QT_TR_NOOP("a router drops IP fragments")},
        {"client-drops", QT_TR_NOOP("the client drops IP fragments")},
        {"psk", QT_TR_NOOP("pre-shared key, nothing fragmented")},
        {"natt-server-blocks", QT_TR_NOOP("NAT-T, the server blocks IP fragments")},
        {"natt-pass", QT_TR_NOOP("NAT-T, fragments pass")},
        {"ikev2-fragmentation", QT_TR_NOOP("IKEv2 with IKE fragmentation")},
        {"ikev2-nofrag-server-blocks",
         QT_TR_NOOP("IKEv2 without IKE fragmentation, the server blocks IP fragments")},
        {"ipv6-server-blocks", QT_TR_NOOP("IPv6, the server blocks IP fragments")},
    };
    if (base.startsWith(QLatin1String("lab-"))) {
        const bool atServer = base.endsWith(QLatin1String("-server"));
        const bool atClient = base.endsWith(QLatin1String("-client"));
        const QString scenario = base.mid(4, base.size() - 4 - (atServer ? 7 : atClient ? 7 : 0));
        for (const auto& [key, title] : kScenarios) {
            if (scenario != QLatin1String(key))
                continue;
            if (atServer)
                return tr("Lab: %1 (captured at the server)").arg(tr(title));
            if (atClient)
                return tr("Lab: %1 (captured at the client)").arg(tr(title));
            return tr("Lab: %1").arg(tr(title));
        }
    }
    return tr("Sample: %1").arg(base);
}

QList<SampleCapture> SampleCaptures::available()
{
    QList<SampleCapture> samples;
    QStringList seen;
    QStringList directories{QStringLiteral(":/samples")};
    directories +=
        QStandardPaths::locateAll(QStandardPaths::GenericDataLocation, QStringLiteral("frag792/samples"),
                                  QStandardPaths::LocateDirectory);
    for (const QString& directory : directories) {
        const QDir dir(directory);
        const QStringList files =
            dir.entryList({QStringLiteral("*.pcapng"), QStringLiteral("*.pcap")}, QDir::Files, QDir::Name);
        for (const QString& file : files) {
            if (seen.contains(file))
                continue;
            seen << file;
            samples.append({file, titleFor(file), dir.filePath(file)});
        }
    }
    // The two headline samples first, then the lab's other scenarios.
    std::stable_partition(samples.begin(), samples.end(), [](const SampleCapture& s) {
        return s.fileName.startsWith(QLatin1String("sample-"));
    });
    return samples;
}

QString SampleCaptures::materialize(const SampleCapture& sample, const QString& directory)
{
    if (!sample.location.startsWith(QLatin1Char(':')))
        return sample.location;
    const QString target = QDir(directory).filePath(sample.fileName);
    QFile::remove(target);
    if (!QFile::copy(sample.location, target))
        return QString();
    // Resource copies are read-only; the copy is ours to delete with the evidence directory.
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return target;
}
