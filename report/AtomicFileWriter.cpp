// SPDX-License-Identifier: GPL-3.0-or-later
#include "AtomicFileWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <unistd.h>
#endif

struct AtomicFileWriter::Private
{
    std::unique_ptr<QSaveFile> replacing;
    std::unique_ptr<QFile> staging; ///< KeepExisting: ".NAME.RANDOM.part" beside the target

    /** Closes and deletes the staging file, if any. */
    void dropStaging()
    {
        if (!staging)
            return;
        staging->close();
        staging->remove();
        staging.reset();
    }
};

AtomicFileWriter::AtomicFileWriter(const QString& path, Mode mode)
    : d(std::make_unique<Private>()), m_path(path), m_mode(mode)
{
}

AtomicFileWriter::~AtomicFileWriter()
{
    cancel();
}

bool AtomicFileWriter::open()
{
    m_error.clear();
    m_targetExists = false;
    if (m_mode == Mode::Replace) {
        d->replacing = std::make_unique<QSaveFile>(m_path);
        if (!d->replacing->open(QIODevice::WriteOnly)) {
            m_error = d->replacing->errorString();
            d->replacing.reset();
            return false;
        }
        return true;
    }
    if (QFileInfo::exists(m_path)) { // an early, friendly refusal; commit() is the real check
        m_targetExists = true;
        m_error = QCoreApplication::translate("Report", "%1 already exists").arg(m_path);
        return false;
    }
    // QFile with NewOnly (O_EXCL) rather than QTemporaryFile: the published file gets the
    // usual permissions (0666 less the umask), like any other file the user saves.
    const QFileInfo target(m_path);
    for (int attempt = 0; attempt < 16; ++attempt) {
        const QString name = QStringLiteral(".%1.%2.part")
                                 .arg(target.fileName())
                                 .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
        auto file = std::make_unique<QFile>(target.absoluteDir().filePath(name));
        if (file->open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            d->staging = std::move(file);
            return true;
        }
        m_error = file->errorString();
        if (file->exists())
            continue; // a name collision: draw again
        return false;
    }
    return false;
}

QIODevice* AtomicFileWriter::device() const
{
    if (d->replacing)
        return d->replacing.get();
    return d->staging.get();
}

bool AtomicFileWriter::commit()
{
    if (d->replacing) {
        const bool ok = d->replacing->commit();
        if (!ok)
            m_error = d->replacing->errorString();
        d->replacing.reset();
        return ok;
    }
    if (!d->staging) {
        m_error = QCoreApplication::translate("Report", "nothing to write");
        return false;
    }
    QFile& staging = *d->staging;
    if (!staging.flush()) {
        m_error = staging.errorString();
        cancel();
        return false;
    }
#ifdef Q_OS_UNIX
    // The data must be on disk before its name is: after a crash the file is whole or absent.
    if (::fsync(staging.handle()) != 0) {
        m_error = QString::fromLocal8Bit(std::strerror(errno));
        cancel();
        return false;
    }
    const QByteArray from = QFile::encodeName(staging.fileName());
    const QByteArray to = QFile::encodeName(m_path);
    if (::link(from.constData(), to.constData()) == 0) {
        d->dropStaging(); // the data now lives under the target name; drop the staging name
        return true;
    }
    const int linkError = errno;
    if (linkError == EEXIST) {
        m_targetExists = true;
        m_error = QCoreApplication::translate("Report", "%1 already exists").arg(m_path);
        cancel();
        return false;
    }
    if (linkError != EPERM && linkError != EOPNOTSUPP && linkError != ENOSYS && linkError != EXDEV) {
        m_error = QString::fromLocal8Bit(std::strerror(linkError));
        cancel();
        return false;
    }
#endif
    // No hard links here: QFile::rename refuses an existing target (checked just before).
    staging.close();
    if (QFileInfo::exists(m_path)) {
        m_targetExists = true;
        m_error = QCoreApplication::translate("Report", "%1 already exists").arg(m_path);
        cancel();
        return false;
    }
    if (!staging.rename(m_path)) {
        m_error = staging.errorString();
        cancel();
        return false;
    }
    d->staging.reset();
    return true;
}

void AtomicFileWriter::cancel()
{
    if (d->replacing) {
        d->replacing->cancelWriting();
        d->replacing.reset();
    }
    d->dropStaging();
}
