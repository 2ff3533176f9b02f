// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReaderModule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace {

struct LoadedModule
{
    std::unique_ptr<QLibrary> library; ///< never unloaded: objects it made may outlive any caller
    QString error;                     ///< why it could not be used; empty when loaded
};

std::mutex& modulesMutex()
{
    static std::mutex m;
    return m;
}

std::map<std::string, LoadedModule>& loadedModules()
{
    static std::map<std::string, LoadedModule> modules;
    return modules;
}

LoadedModule load(const QString& name)
{
    LoadedModule result;
    QStringList tried;
    const QString fileName = name + QLatin1String(FRAG792_MODULE_SUFFIX);
    for (const QString& dir : ReaderModule::searchPath()) {
        // The exact file: QLibrary would otherwise also try the bare name and a "lib" prefix.
        const QString path = QDir(dir).filePath(fileName);
        if (!QFileInfo::exists(path)) {
            tried << dir;
            continue;
        }
        auto library = std::make_unique<QLibrary>(path);
        if (!library->load()) {
            result.error = QStringLiteral("frag792's module %1 could not be loaded (%2); reinstall frag792")
                               .arg(name, library->errorString());
            return result;
        }
        using VersionFunction = const char* (*)();
        const auto version =
            reinterpret_cast<VersionFunction>(library->resolve(ReaderModule::kVersionSymbol));
        if (!version || QLatin1String(version()) != QLatin1String(FRAG792_MODULE_ABI)) {
            result.error =
                QStringLiteral("frag792's module %1 in %2 belongs to frag792 %3, not %4; reinstall frag792")
                    .arg(name, dir, version ? QString::fromLatin1(version()) : QStringLiteral("(unknown)"),
                         QStringLiteral(FRAG792_MODULE_ABI));
            library->unload();
            return result;
        }
        result.library = std::move(library);
        return result;
    }
    result.error = QStringLiteral("frag792's module %1 is not installed (looked in %2); reinstall frag792")
                       .arg(name, tried.join(QStringLiteral(", ")));
    return result;
}

} // namespace

QStringList ReaderModule::searchPath()
{
    const QString fromEnvironment = qEnvironmentVariable("FRAG792_MODULE_DIR");
    if (!fromEnvironment.isEmpty())
        return {fromEnvironment};
    // Only beside the executable, at the place the install gives it: no absolute fallback, which
    // would be the configure-time prefix (/usr/local, group-writable on Debian) in a package.
    if (!QCoreApplication::instance())
        return {};
    return {QDir::cleanPath(QCoreApplication::applicationDirPath() +
                            QLatin1String("/" FRAG792_MODULE_DIR_FROM_BIN))};
}

QFunctionPointer ReaderModule::resolve(const char* module, const char* symbol, QString& error)
{
    const std::lock_guard lock(modulesMutex());
    auto& modules = loadedModules();
    auto found = modules.find(module);
    if (found == modules.end()) {
        LoadedModule loaded = load(QString::fromLatin1(module));
        if (!loaded.library) {
            // Not remembered: after a reinstall the next file finds it without a restart.
            error = loaded.error;
            return nullptr;
        }
        found = modules.emplace(module, std::move(loaded)).first;
    }
    const LoadedModule& m = found->second;
    if (QFunctionPointer f = m.library->resolve(symbol))
        return f;
    error = QStringLiteral("frag792's module %1 lacks %2; reinstall frag792")
                .arg(QString::fromLatin1(module), QString::fromLatin1(symbol));
    return nullptr;
}
