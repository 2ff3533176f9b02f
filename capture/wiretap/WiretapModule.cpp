// SPDX-License-Identifier: GPL-3.0-or-later
// The frag792-wiretap module's exports (see WiretapModule.h and ReaderModule.h).
#include "WiretapModule.h"

#include "WiretapSource.h"

extern "C" Q_DECL_EXPORT const char* frag792_module_version()
{
    return FRAG792_MODULE_ABI;
}

extern "C" Q_DECL_EXPORT void frag792_wiretap_open(const QString* path, WiretapOpened* out)
{
    auto source = std::make_unique<WiretapSource>();
    if (source->openFile(*path)) {
        out->source = std::move(source);
        return;
    }
    out->error = source->lastErrorCode();
    out->message = source->lastError();
}
