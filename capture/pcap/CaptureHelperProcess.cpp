// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaptureHelperProcess.h"

#include "CaptureHelperProtocol.h"

#include <QElapsedTimer>
#include <QList>

#include <cerrno>
#include <charconv>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

namespace Protocol = CaptureHelperProtocol;

constexpr qsizetype kMaxStatusLine = qsizetype(Protocol::kMaxStatusLine);

/** The helper's error words onto the stable CaptureError values. */
CaptureError errorFromWord(const QByteArray& word)
{
    switch (Protocol::errorWordFromText(std::string_view(word.constData(), std::size_t(word.size())))) {
    case Protocol::ErrorWord::NoSuchInterface:
        return CaptureError::NoSuchInterface;
    case Protocol::ErrorWord::PermissionDenied:
        return CaptureError::PermissionDenied;
    case Protocol::ErrorWord::BadFilter:
        return CaptureError::BadFilter;
    case Protocol::ErrorWord::InterfaceDown:
        return CaptureError::InterfaceWentDown;
    case Protocol::ErrorWord::Usage:
    case Protocol::ErrorWord::Output:
    case Protocol::ErrorWord::Other:
        break;
    }
    return CaptureError::Other;
}

bool is(const QByteArray& word, std::string_view expected)
{
    return std::string_view(word.constData(), std::size_t(word.size())) == expected;
}

/** Plain decimal digits that fit 64 bits: no sign, no space, no base prefix. */
std::optional<std::uint64_t> counter(const QByteArray& word)
{
    std::uint64_t value = 0;
    const char* end = word.constData() + word.size();
    const auto [stop, error] = std::from_chars(word.constData(), end, value);
    if (word.isEmpty() || error != std::errc() || stop != end)
        return std::nullopt;
    return value;
}

/** The message goes to a terminal and into the wizard: no control characters, bounded. */
QString printable(const QByteArray& bytes)
{
    QString text = QString::fromUtf8(bytes.left(kMaxStatusLine));
    for (QChar& c : text)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QLatin1Char(' ');
    return text.trimmed();
}

} // namespace

CaptureHelperProcess::~CaptureHelperProcess()
{
    if (m_pid.load() > 0) {
        kill();
        waitForExit(1000);
    }
    if (m_packetFd >= 0)
        ::close(m_packetFd);
    closeStatus();
}

bool CaptureHelperProcess::start(const QString& program, const QString& interfaceName, const QString& filter,
                                 bool promiscuous)
{
    int packets[2] = {-1, -1};
    int status[2] = {-1, -1};
    // O_CLOEXEC: no other thread's fork/exec may inherit these ends.
    if (::pipe2(packets, O_CLOEXEC) != 0 || ::pipe2(status, O_CLOEXEC) != 0) {
        m_startError = QString::fromLocal8Bit(std::strerror(errno));
        for (int fd : {packets[0], packets[1], status[0], status[1]})
            if (fd >= 0)
                ::close(fd);
        return false;
    }
    const QByteArray path = program.toLocal8Bit();
    const QByteArray name = interfaceName.toLocal8Bit();
    const QByteArray bpf = filter.toUtf8();
    QList<char*> argv{const_cast<char*>(path.constData()), const_cast<char*>("--interface"),
                      const_cast<char*>(name.constData()), const_cast<char*>("--filter"),
                      const_cast<char*>(bpf.constData())};
    if (promiscuous)
        argv.append(const_cast<char*>("--promiscuous"));
    argv.append(nullptr);
    char* noEnvironment[] = {nullptr};

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, packets[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, status[1], STDERR_FILENO);
    // Default signal dispositions: the CLI's SIGINT/SIGTERM handlers are not the helper's.
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t all;
    sigfillset(&all);
    sigset_t none;
    sigemptyset(&none);
    posix_spawnattr_setsigdefault(&attributes, &all);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);
    pid_t pid = -1;
    const int rc = posix_spawn(&pid, path.constData(), &actions, &attributes, argv.data(), noEnvironment);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    ::close(packets[1]);
    ::close(status[1]);
    if (rc != 0) {
        m_startError = QString::fromLocal8Bit(std::strerror(rc));
        m_startRefused = rc == EACCES || rc == EPERM;
        ::close(packets[0]);
        ::close(status[0]);
        return false;
    }
    m_pid.store(pid);
    m_packetFd = packets[0];
    m_statusFd = status[0];
    ::fcntl(m_statusFd, F_SETFL, ::fcntl(m_statusFd, F_GETFL) | O_NONBLOCK);
    return true;
}

void CaptureHelperProcess::readStatus(int timeoutMs)
{
    if (m_statusFd < 0)
        return;
    pollfd p{m_statusFd, POLLIN, 0};
    if (::poll(&p, 1, timeoutMs) <= 0)
        return;
    char buffer[1024];
    for (;;) {
        const ssize_t n = ::read(m_statusFd, buffer, sizeof buffer);
        if (n > 0) {
            m_statusBuffer.append(buffer, n);
            qsizetype newline;
            while ((newline = m_statusBuffer.indexOf('\n')) >= 0) {
                parseLine(m_statusBuffer.left(newline));
                m_statusBuffer.remove(0, newline + 1);
            }
            // A helper that never ends its line cannot make us grow without bound.
            if (m_statusBuffer.size() > kMaxStatusLine)
                m_statusBuffer.clear();
            continue;
        }
        if (n == 0) {
            closeStatus();
            return;
        }
        if (errno == EINTR)
            continue;
        if (errno != EAGAIN && errno != EWOULDBLOCK)
            closeStatus();
        return;
    }
}

void CaptureHelperProcess::parseLine(const QByteArray& line)
{
    const QByteArray trimmed = line.trimmed();
    const qsizetype firstSpace = trimmed.indexOf(' ');
    const QByteArray keyword = trimmed.left(firstSpace < 0 ? trimmed.size() : firstSpace);
    if (is(keyword, Protocol::kReady)) {
        // After an error the helper is on its way out, whatever it says next.
        if (!m_failed)
            m_ready = true;
    } else if (is(keyword, Protocol::kStatistics)) {
        const QList<QByteArray> words = trimmed.split(' ');
        const auto received = words.size() == 3 ? counter(words.at(1)) : std::nullopt;
        const auto dropped = words.size() == 3 ? counter(words.at(2)) : std::nullopt;
        if (received && dropped) {
            m_haveStatistics = true;
            m_received = *received;
            m_dropped = *dropped;
        }
    } else if (is(keyword, Protocol::kError) && !m_failed) {
        // The first error is the cause; anything after it is a consequence.
        m_failed = true;
        const QByteArray rest = firstSpace < 0 ? QByteArray() : trimmed.mid(firstSpace + 1);
        const qsizetype wordEnd = rest.indexOf(' ');
        m_errorCode = errorFromWord(rest.left(wordEnd < 0 ? rest.size() : wordEnd));
        m_errorMessage = wordEnd < 0 ? QString() : printable(rest.mid(wordEnd + 1));
        if (m_errorMessage.isEmpty())
            m_errorMessage = QStringLiteral("the capture helper failed without saying why");
    }
}

void CaptureHelperProcess::closeStatus()
{
    if (m_statusFd >= 0)
        ::close(m_statusFd);
    m_statusFd = -1;
}

void CaptureHelperProcess::terminate()
{
    m_terminateRequested.store(true);
    const pid_t pid = m_pid.load();
    if (pid > 0)
        ::kill(pid, SIGTERM);
}

void CaptureHelperProcess::kill()
{
    const pid_t pid = m_pid.load();
    if (pid > 0)
        ::kill(pid, SIGKILL);
}

void CaptureHelperProcess::waitForExit(int timeoutMs)
{
    const pid_t pid = m_pid.load();
    if (pid <= 0)
        return;
    QElapsedTimer timer;
    timer.start();
    int status = 0;
    pid_t reaped = 0;
    while ((reaped = ::waitpid(pid, &status, WNOHANG)) == 0) {
        if (timer.elapsed() >= timeoutMs) {
            ::kill(pid, SIGKILL);
            reaped = ::waitpid(pid, &status, 0);
            break;
        }
        readStatus(20); // keep draining, a helper blocked on a full status pipe never exits
    }
    m_pid.store(-1);
    if (reaped != pid) {
        m_exitDescription = QStringLiteral("the capture helper could not be waited for");
        return;
    }
    if (WIFEXITED(status)) {
        m_endedNormally = WEXITSTATUS(status) == 0;
        m_exitDescription =
            QStringLiteral("the capture helper exited with status %1").arg(WEXITSTATUS(status));
    } else if (WIFSIGNALED(status)) {
        const int signal = WTERMSIG(status);
        m_endedNormally = signal == SIGTERM && m_terminateRequested.load();
        m_exitDescription = QStringLiteral("the capture helper was killed by signal %1 (%2)")
                                .arg(signal)
                                .arg(QString::fromLocal8Bit(strsignal(signal)));
    }
}
