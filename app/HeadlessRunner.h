// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"

#include <memory>

/** Exit codes of the command line (documented in README and --help). */
enum ExitCode
{
    ExitOk = 0,
    ExitUsage = 2,
    ExitUnreadableInput = 3,
    ExitNotPermitted = 4,
    ExitOutputFailed = 5, ///< the analysis ran but its report file could not be written
};

/**
 * Runs the headless commands (analyze, capture, interfaces) inside an existing
 * QCoreApplication; returns the process exit code.
 */
class HeadlessRunner
{
public:
    explicit HeadlessRunner(const CommandLine& commandLine);
    int run();

private:
    int runInterfaces();
    int runCapture();
    int printResult(const struct AnalysisResult& result);
    /** Prints @p result (and writes the report); the exit code of that. */
    int finish(const std::shared_ptr<const struct AnalysisResult>& result);
    /** Reads every --evidence log and puts it beside @p result; false when one could not be used. */
    bool addEvidence(struct AnalysisResult& result);

    CommandLine m_cli;
};
