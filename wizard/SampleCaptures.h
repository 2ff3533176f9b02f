// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

/** A bundled capture the technician can open to see what each outcome looks like. */
struct SampleCapture
{
    QString fileName; ///< e.g. sample-blocked-at-server.pcapng
    QString title;    ///< translated
    QString location; ///< ":/samples/..." or a file in the install data dir
};

/**
 * Finds the bundled samples: the Qt resource first (always built in), then the installed
 * data directory (share/frag792/samples), so packagers may add captures without a rebuild.
 */
class SampleCaptures
{
    Q_DECLARE_TR_FUNCTIONS(SampleCaptures)

public:
    static QList<SampleCapture> available();
    /**
     * libpcap needs a real file: copies a resource sample into @p directory and returns the
     * path there (an installed sample is returned as is). Empty on failure.
     */
    static QString materialize(const SampleCapture& sample, const QString& directory);

private:
    static QString titleFor(const QString& fileName);
};
