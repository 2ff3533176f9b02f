// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonWriter.h"

#include <QLocale>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <type_traits>

namespace {

constexpr qsizetype kFlushThreshold = 64 * 1024;

} // namespace

JsonWriter::JsonWriter(QIODevice& out) : m_out(out)
{
    m_buffer.reserve(std::size_t(kFlushThreshold) + 4096);
}

void JsonWriter::prefix(const char* key)
{
    if (!m_hasItems.empty()) {
        if (m_hasItems.back())
            m_buffer += ',';
        m_hasItems.back() = true;
        m_buffer += '\n';
        indent();
    }
    if (key) {
        m_buffer += '"';
        m_buffer.append(key);
        m_buffer.append("\": ");
    }
}

void JsonWriter::beginObject(const char* key)
{
    prefix(key);
    m_buffer += '{';
    m_hasItems.push_back(false);
}

void JsonWriter::endObject()
{
    const bool items = m_hasItems.back();
    m_hasItems.pop_back();
    if (items) {
        m_buffer += '\n';
        indent();
    }
    m_buffer += '}';
    if (m_hasItems.empty())
        m_buffer += '\n';
    flushIfLarge();
}

void JsonWriter::beginArray(const char* key)
{
    prefix(key);
    m_buffer += '[';
    m_hasItems.push_back(false);
}

void JsonWriter::endArray()
{
    const bool items = m_hasItems.back();
    m_hasItems.pop_back();
    if (items) {
        m_buffer += '\n';
        indent();
    }
    m_buffer += ']';
    flushIfLarge();
}

void JsonWriter::indent()
{
    // A fixed run of spaces, not a temporary per line: the writer runs once per field.
    static constexpr char kSpaces[] = "                                                                ";
    std::size_t n = m_hasItems.size() * 4;
    while (n > 0) {
        const std::size_t chunk = std::min(n, sizeof(kSpaces) - 1);
        m_buffer.append(kSpaces, chunk);
        n -= chunk;
    }
}

namespace {

/**
 * Escapes UTF-16 or Latin-1 units into @p p (room for 6 bytes per unit) and returns the end. One
 * template for both, so a C string is written without a QString made for it.
 */
template <typename Unit> char* escapeUnits(char* p, const Unit* units, std::size_t count)
{
    static constexpr char kHex[] = "0123456789abcdef";
    auto escape = [&p](char c) {
        *p++ = '\\';
        *p++ = c;
    };
    for (std::size_t i = 0; i < count; ++i) {
        const char16_t u = char16_t(std::make_unsigned_t<Unit>(units[i]));
        switch (u) {
        case '"':
            escape('"');
            break;
        case '\\':
            escape('\\');
            break;
        case '\n':
            escape('n');
            break;
        case '\r':
            escape('r');
            break;
        case '\t':
            escape('t');
            break;
        default:
            if (u >= 0x20 && u < 0x80) {
                *p++ = char(u);
            } else {
                // Control characters and non-ASCII (rare here: file names) as \uXXXX, exact.
                escape('u');
                *p++ = kHex[(u >> 12) & 0xF];
                *p++ = kHex[(u >> 8) & 0xF];
                *p++ = kHex[(u >> 4) & 0xF];
                *p++ = kHex[u & 0xF];
            }
        }
    }
    return p;
}

} // namespace

template <typename Unit> void JsonWriter::writeUnits(const Unit* units, std::size_t count)
{
    // Written in place: at most 6 bytes per unit (\uXXXX) plus the quotes.
    const std::size_t start = m_buffer.size();
    m_buffer.resize(start + count * 6 + 2);
    char* const begin = m_buffer.data();
    char* p = begin + start;
    *p++ = '"';
    p = escapeUnits(p, units, count);
    *p++ = '"';
    m_buffer.resize(std::size_t(p - begin));
}

void JsonWriter::writeString(const QString& text)
{
    writeUnits(reinterpret_cast<const char16_t*>(text.utf16()), std::size_t(text.size()));
}

void JsonWriter::value(const char* key, const QString& text)
{
    prefix(key);
    writeString(m_filter ? m_filter(text) : text);
}

void JsonWriter::value(const char* key, const char* text)
{
    if (m_filter) {
        value(key, QString::fromLatin1(text));
        return;
    }
    // Most string values are fixed codes ("initiator", verdict keys): no QString for them.
    prefix(key);
    writeUnits(text, text ? std::strlen(text) : 0);
}

void JsonWriter::value(const char* key, std::int64_t number)
{
    prefix(key);
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof(digits), number).ptr;
    m_buffer.append(digits, std::size_t(end - digits));
}

void JsonWriter::value(const char* key, double number)
{
    prefix(key);
    if (!std::isfinite(number))
        m_buffer.append("null");
    else {
        const QByteArray digits = QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
        m_buffer.append(digits.constData(), std::size_t(digits.size()));
    }
}

void JsonWriter::value(const char* key, bool flag)
{
    prefix(key);
    m_buffer.append(flag ? "true" : "false");
}

void JsonWriter::null(const char* key)
{
    prefix(key);
    m_buffer.append("null");
}

void JsonWriter::flushIfLarge()
{
    if (m_buffer.size() >= std::size_t(kFlushThreshold))
        finish();
}

bool JsonWriter::finish()
{
    if (m_ok && !m_buffer.empty())
        m_ok = m_out.write(m_buffer.data(), qint64(m_buffer.size())) == qint64(m_buffer.size());
    m_buffer.clear(); // keeps the capacity
    return m_ok;
}
