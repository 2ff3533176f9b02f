// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/** What the user asked for on the command line, validated. */
struct CommandLine
{
    enum class Command
    {
        Wizard,
        Analyze,
        Capture,
        Interfaces,
        Help,
        Version,
        Invalid
    };
    Command command = Command::Wizard;
    QString error; ///< set with Invalid: one line, what was wrong

    QString input;        ///< analyze: FILE or "-"; may be empty when evidence is given
    QStringList evidence; ///< analyze: --evidence FILE, one file per flag (Windows logs)
    QString openFile;     ///< wizard: --open FILE, or a path as the first argument
    QString interfaceName;
    QString server;
    QString filter;
    QString vantage; ///< server|client|path
    QString format = QStringLiteral("text");
    QString writePath;
    QString reportPath;
    QString product;    ///< isa2004|isa2006|isa2006-enterprise|tmg-mbe|tmg2010 (lower-cased)
    QString serverName; ///< --server-name: the report's console steps use it
    QString arrayName;  ///< --array: ISA Server 2006 Enterprise
    QString language;
    bool redact = false;
    bool promiscuous = false;
    int durationSeconds = 0;

    static CommandLine parse(const QStringList& arguments);
    static QString usage();
};
