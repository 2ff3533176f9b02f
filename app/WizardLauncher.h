// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

struct CommandLine;

/** Runs the troubleshooting wizard (no command, or --open FILE); returns the exit code. */
int runWizard(int argc, char** argv, const CommandLine& cli);
