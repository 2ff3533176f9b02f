// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

/**
 * Append-only, indented JSON writer that flushes to a QIODevice as it goes. The analysis
 * output has thousands of small objects; building a QJsonObject tree for them costs more
 * than reading the capture, so it is written directly. Keys are written in the order
 * given (readable for people); the caller keeps the structure balanced.
 */
class JsonWriter
{
public:
    /** Rewrites every string value on its way out (keys are left alone); the report's redaction. */
    using StringFilter = std::function<QString(const QString&)>;

    explicit JsonWriter(QIODevice& out);

    /** From now on every string value passes @p filter; an empty one writes strings as given. */
    void setStringFilter(StringFilter filter) { m_filter = std::move(filter); }

    void beginObject(const char* key = nullptr);
    void endObject();
    void beginArray(const char* key = nullptr);
    void endArray();

    void value(const char* key, const QString& text);
    void value(const char* key, const char* text);
    void value(const char* key, std::int64_t number);
    void value(const char* key, std::uint64_t number) { value(key, std::int64_t(number)); }
    void value(const char* key, std::uint32_t number) { value(key, std::int64_t(number)); }
    void value(const char* key, int number) { value(key, std::int64_t(number)); }
    void value(const char* key, double number);
    void value(const char* key, bool flag);
    void null(const char* key);
    /** Array element shorthands. */
    void element(const QString& text) { value(nullptr, text); }
    void element(std::int64_t number) { value(nullptr, number); }

    /** Writes what is buffered; false once the device failed. */
    bool finish();

private:
    void prefix(const char* key);
    void writeString(const QString& text);
    template <typename Unit> void writeUnits(const Unit* units, std::size_t count);
    void flushIfLarge();
    void indent();

    QIODevice& m_out;
    StringFilter m_filter;
    /** std::string, not QByteArray: Qt 6.4 routes every QByteArray append through insert(),
        which perf showed as a fifth of writing a large analysis. */
    std::string m_buffer;
    std::vector<bool> m_hasItems; // one per open container
    bool m_ok = true;
};
