// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Analyzer.h"

#include <QMetaType>
#include <QString>

/** The default capture filter: IKE on 500/4500 plus every IP fragment (non-first ones carry no UDP header).
 */
inline constexpr const char* kDefaultCaptureFilter =
    "udp port 500 or udp port 4500 or (ip[6:2] & 0x3fff != 0) or (ip6 and ip6[6]=44)";

/** Why a capture could not start or had to stop. Values are stable (CLI exit codes map onto them). */
enum class CaptureError
{
    None,
    FileMissing,
    FileUnreadable, ///< not a capture, empty, a directory, permission
    FileTruncated,  ///< read stopped in the middle of a record
    UnsupportedLinkType,
    BadFilter,
    PermissionDenied,
    NoSuchInterface,
    InterfaceWentDown,
    WriteFailed,       ///< the evidence file could not be written
    ReaderUnavailable, ///< the reader module that might read the file is missing or from another build
    Other
};

/** What to capture from: a live interface or a file ("-" for standard input). */
struct CaptureRequest
{
    enum class Kind
    {
        File,
        Live
    };
    Kind kind = Kind::File;
    QString path;          ///< file path, or "-"
    QString interfaceName; ///< live only
    QString filter;        ///< empty: file read whole; live uses kDefaultCaptureFilter
    bool promiscuous = false;
    int durationSeconds = 0; ///< live: 0 means until stopped
    QString writePath;       ///< evidence pcapng, optional
    AnalyzerOptions analyzer;
    int snapshotIntervalMs = 250;
};

Q_DECLARE_METATYPE(CaptureError)
