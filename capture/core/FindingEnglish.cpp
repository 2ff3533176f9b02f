// SPDX-License-Identifier: GPL-3.0-or-later
// findingEnglish(): the English rendering the JSON and text outputs write for every SA, in one
// pass. Its own file so Finding.cpp (the table) stays readable.
#include "Finding.h"
#include "Vantage.h"
#include "Verdict.h"

#include <charconv>

namespace {

void appendNumber(QString& out, std::int64_t n)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof(digits), n).ptr;
    out.append(QLatin1String(digits, qsizetype(end - digits)));
}

/**
 * What renderFinding(finding, english()) gives, appended in one pass over the table's text:
 * the JSON and text outputs render every SA's findings, and the general path's temporaries
 * (pattern copy, one string per argument, the list of them) showed up in perf. The table's
 * texts and vantage words are ASCII (TestFinding compares both paths for every code).
 */
void appendEnglish(QString& out, const Finding& finding)
{
    const FindingSource s = findingSource(finding.code);
    const char* p = finding.count == 1 && s.singular ? s.singular : s.text;
    const auto& args = finding.arguments;
    while (*p) {
        if (p[0] == '%' && p[1] == 'L' && p[2] == 'n' && finding.count >= 0) {
            appendNumber(out, finding.count);
            p += 3;
            continue;
        }
        if (p[0] == '%' && p[1] >= '0' && p[1] <= '9') {
            const char* end = p + 1;
            std::size_t index = 0;
            while (*end >= '0' && *end <= '9' && end < p + 3)
                index = index * 10 + std::size_t(*end++ - '0');
            if (index >= 1 && index <= args.size()) {
                const FindingArgument& a = args[index - 1];
                switch (a.kind()) {
                case FindingArgument::Kind::Count:
                case FindingArgument::Kind::Bytes:
                    appendNumber(out, a.number());
                    break;
                case FindingArgument::Kind::Seconds:
                    out += QString::number(double(a.number()) / 1e6, 'f', 1);
                    break;
                case FindingArgument::Kind::Address:
                case FindingArgument::Kind::Message:
                case FindingArgument::Kind::Text:
                    out += a.text();
                    break;
                case FindingArgument::Kind::VantageWord:
                    out += QLatin1String(vantageWordSource(VantagePoint(a.number())));
                    break;
                case FindingArgument::Kind::VantagePlace:
                    out += QLatin1String(vantagePlaceSource(VantagePoint(a.number())));
                    break;
                case FindingArgument::Kind::Verdict:
                    out += verdictCodeKey(VerdictCode(a.number()));
                    break;
                case FindingArgument::Kind::Nested:
                    if (a.finding())
                        appendEnglish(out, *a.finding());
                    break;
                }
                p = end;
                continue;
            }
        }
        out += QLatin1Char(*p++);
    }
}

} // namespace

QString findingEnglish(const Finding& finding)
{
    QString out;
    out.reserve(160);
    appendEnglish(out, finding);
    return out;
}
