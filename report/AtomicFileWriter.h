// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

class QIODevice;

/**
 * Writes a file so that readers see either what was there before or the complete new file,
 * never half of it, and, when asked to keep an existing file, never replaces one, not even
 * one another program creates while this one is being written. The data goes to a
 * temporary file in the same folder; commit() publishes it with a hard link, which fails
 * when the name is taken (the check and the publishing are one step). Where the file system
 * has no hard links (FAT, some network shares) it falls back to a rename that checks first.
 */
class AtomicFileWriter
{
public:
    enum class Mode
    {
        KeepExisting, ///< commit() fails if the target exists by then
        Replace       ///< commit() replaces the target atomically
    };

    AtomicFileWriter(const QString& path, Mode mode);
    ~AtomicFileWriter(); ///< an uncommitted temporary file is removed
    AtomicFileWriter(const AtomicFileWriter&) = delete;
    AtomicFileWriter& operator=(const AtomicFileWriter&) = delete;

    /** Creates the temporary file; false with errorString() when the folder refuses. */
    bool open();
    /** Where to write between open() and commit(). */
    QIODevice* device() const;
    /** Flushes to disk and publishes under the target name; false with errorString(). */
    bool commit();
    /** Gives up: the temporary file goes, the target is untouched. */
    void cancel();

    QString errorString() const { return m_error; }
    /** After a failed commit(): the target appeared (KeepExisting), nothing was replaced. */
    bool targetExists() const { return m_targetExists; }

private:
    struct Private;
    std::unique_ptr<Private> d;
    QString m_path;
    Mode m_mode;
    QString m_error;
    bool m_targetExists = false;
};
