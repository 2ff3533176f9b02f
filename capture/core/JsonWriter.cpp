// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonWriter.h"

#include <QLocale>

#include <cmath>

namespace {

constexpr qsizetype kFlushThreshold = 64 * 1024;

} // namespace

JsonWriter::JsonWriter(QIODevice& out) : m_out(out)
{
    m_buffer.reserve(kFlushThreshold + 4096);
}

void JsonWriter::prefix(const char* key)
{
    if (!m_hasItems.empty()) {
        if (m_hasItems.back())
            m_buffer.append(',');
        m_hasItems.back() = true;
        m_buffer.append('\n');
        m_buffer.append(QByteArray(qsizetype(m_hasItems.size()) * 4, ' '));
    }
    if (key) {
        m_buffer.append('"');
        m_buffer.append(key);
        m_buffer.append("\": ");
    }
}

void JsonWriter::beginObject(const char* key)
{
    prefix(key);
    m_buffer.append('{');
    m_hasItems.push_back(false);
}

void JsonWriter::endObject()
{
    const bool items = m_hasItems.back();
    m_hasItems.pop_back();
    if (items) {
        m_buffer.append('\n');
        m_buffer.append(QByteArray(qsizetype(m_hasItems.size()) * 4, ' '));
    }
    m_buffer.append('}');
    if (m_hasItems.empty())
        m_buffer.append('\n');
    flushIfLarge();
}

void JsonWriter::beginArray(const char* key)
{
    prefix(key);
    m_buffer.append('[');
    m_hasItems.push_back(false);
}

void JsonWriter::endArray()
{
    const bool items = m_hasItems.back();
    m_hasItems.pop_back();
    if (items) {
        m_buffer.append('\n');
        m_buffer.append(QByteArray(qsizetype(m_hasItems.size()) * 4, ' '));
    }
    m_buffer.append(']');
    flushIfLarge();
}

void JsonWriter::writeString(const QString& text)
{
    m_buffer.append('"');
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case '"':
            m_buffer.append("\\\"");
            break;
        case '\\':
            m_buffer.append("\\\\");
            break;
        case '\n':
            m_buffer.append("\\n");
            break;
        case '\r':
            m_buffer.append("\\r");
            break;
        case '\t':
            m_buffer.append("\\t");
            break;
        default:
            if (u < 0x20) {
                m_buffer.append(QByteArray("\\u00") + QByteArray::number(u, 16).rightJustified(2, '0'));
            } else if (u < 0x80) {
                m_buffer.append(char(u));
            } else {
                // Non-ASCII is rare here (file names); keep it simple and exact.
                m_buffer.append("\\u");
                m_buffer.append(QByteArray::number(u, 16).rightJustified(4, '0'));
            }
        }
    }
    m_buffer.append('"');
}

void JsonWriter::value(const char* key, const QString& text)
{
    prefix(key);
    writeString(m_filter ? m_filter(text) : text);
}

void JsonWriter::value(const char* key, const char* text)
{
    value(key, QString::fromLatin1(text));
}

void JsonWriter::value(const char* key, std::int64_t number)
{
    prefix(key);
    m_buffer.append(QByteArray::number(qlonglong(number)));
}

void JsonWriter::value(const char* key, double number)
{
    prefix(key);
    if (!std::isfinite(number))
        m_buffer.append("null");
    else
        m_buffer.append(QByteArray::number(number, 'g', QLocale::FloatingPointShortest));
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
    if (m_buffer.size() >= kFlushThreshold)
        finish();
}

bool JsonWriter::finish()
{
    if (m_ok && !m_buffer.isEmpty())
        m_ok = m_out.write(m_buffer) == m_buffer.size();
    m_buffer.clear();
    return m_ok;
}
