// SPDX-License-Identifier: GPL-3.0-or-later
// frag792-capture-helper: see CaptureHelper.h. Everything here runs before any argument
// is looked at, so nothing the caller controls beyond argv reaches the privileged code.
#include "CaptureHelper.h"
#include "CaptureHelperProtocol.h"

#include <csignal>
#include <cstdlib>
#include <dirent.h>
#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace {

void onStopSignal(int)
{
    CaptureHelper::requestStop();
}

/** Closes every descriptor but 0-2: a privileged process must not inherit open files. */
void closeInheritedDescriptors()
{
    if (::syscall(SYS_close_range, 3U, ~0U, 0U) == 0)
        return;
    for (int fd = 3; fd < 65536; ++fd)
        ::close(fd);
}

/** 0-2 must be open, or a later open() could land on the packet stream's descriptor. */
bool standardDescriptorsOpen()
{
    for (int fd = 0; fd <= 2; ++fd)
        if (::fcntl(fd, F_GETFD) == -1)
            return false;
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    if (!standardDescriptorsOpen())
        return 2;
    closeInheritedDescriptors();
    // No environment-dependent behaviour: no locale, no TZ, no library search hints.
    ::clearenv();
    ::umask(077);
    // Nothing this process runs may gain privileges; the helper itself never execs.
    ::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
    // The kernel clears the parent-death signal when a file-capability program starts, so
    // ask again here: if frag792 dies, stop capturing instead of writing into a dead pipe.
    const pid_t parent = ::getppid();
    ::prctl(PR_SET_PDEATHSIG, SIGTERM, 0, 0, 0);
    if (::getppid() != parent)
        return 0;

    struct sigaction action = {};
    action.sa_handler = &onStopSignal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGHUP, &action, nullptr);
    signal(SIGPIPE, SIG_IGN); // a vanished reader shows up as EPIPE on the next flush

    CaptureHelper::Options options;
    std::string error;
    if (!CaptureHelper::parseArguments(argc, argv, options, error)) {
        CaptureHelper::status(
            CaptureHelperProtocol::errorLine(CaptureHelperProtocol::ErrorWord::Usage, error));
        return 2;
    }
    CaptureHelper helper;
    return helper.run(options);
}
