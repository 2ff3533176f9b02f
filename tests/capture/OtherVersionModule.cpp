// SPDX-License-Identifier: GPL-3.0-or-later
// A stand-in for a reader module left behind by another frag792 version (TestReaderModules):
// the right name and symbols, the wrong version. frag792 must refuse it, not call it.
#include <QtGlobal>

extern "C" Q_DECL_EXPORT const char* frag792_module_version()
{
    return "0.0.0-other";
}

extern "C" Q_DECL_EXPORT void frag792_wiretap_open(const void*, void*)
{
    qFatal("a module of another frag792 version was called");
}

extern "C" Q_DECL_EXPORT void frag792_eventlog_read_evtx(const void*, const void*, void*, const void*)
{
    qFatal("a module of another frag792 version was called");
}
