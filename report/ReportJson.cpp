// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportJson.h"

#include "AnalysisJson.h"
#include "JsonWriter.h"
#include "Redactor.h"
#include "ReportAdvice.h"
#include "ReportHtml.h"

#include <QBuffer>
#include <QJsonDocument>

namespace {

void textOrNull(JsonWriter& w, const char* key, const QString& text)
{
    if (text.isEmpty())
        w.null(key);
    else
        w.value(key, text);
}

void strings(JsonWriter& w, const char* key, const QStringList& list)
{
    w.beginArray(key);
    for (const QString& s : list)
        w.element(s);
    w.endArray();
}

void engineMembers(JsonWriter& w, const AnalysisResult& result, Redactor& redactor)
{
    // A library user may not have set the application version; the report still says which build made it.
    writeAnalysisMembers(w, result, redactor.captureName(result.source), reportGeneratorVersion());
}

void resolutionPaths(JsonWriter& w, const ReportInput& input, const QString& server, const QString& array)
{
    w.beginArray("resolution_paths");
    for (ServerProduct p : reportedProducts(input.product)) {
        w.beginObject();
        w.value("product", serverProductKey(p));
        w.value("name", serverProductEnglishName(p));
        w.value("console_path", consolePath(p, server, array));
        strings(w, "steps", resolutionSteps(p, server, array));
        textOrNull(w, "remark", productRemark(p, false));
        w.endObject();
    }
    w.endArray();
}

} // namespace

bool writeReportJson(const ReportInput& input, QIODevice& out)
{
    Redactor redactor = Redactor::forReport(input);
    const QString server = input.serverName.trimmed();
    const QString array = input.arrayName.trimmed();
    const AnalysisResult& before = input.beforeResult();

    JsonWriter w(out);
    // The filter sees every string value, so redaction cannot miss a field added later.
    const JsonWriter::StringFilter redact = [&redactor](const QString& text) {
        return redactor.apply(text);
    };
    if (input.redact)
        w.setStringFilter(redact);

    w.beginObject();
    engineMembers(w, before, redactor);
    w.beginObject("report");
    if (input.product == ServerProduct::Unspecified)
        w.null("product");
    else
        w.value("product", serverProductKey(input.product));
    textOrNull(w, "product_name", serverProductEnglishName(input.product));
    textOrNull(w, "server_name", server);
    textOrNull(w, "array_name", array);
    w.beginObject("case");
    w.value("title", input.caseTitle);
    w.setStringFilter({});
    w.value("technician", input.technician);
    if (input.redact)
        w.setStringFilter(redact);
    w.value("notes", input.notes);
    w.endObject();
    w.beginObject("environment");
    w.value("error_code", input.errorCode);
    w.value("vpn_protocol", input.vpnProtocol);
    w.value("authentication", input.authentication ? ikeAuthenticationKey(*input.authentication) : QString());
    w.endObject();
    w.value("resolution_intro",
            verdictAdviceText(before.verdict.code, VerdictAdvice::ResolutionIntro, false));
    strings(w, "resolution_steps", resolutionSteps(input.product, server, array));
    resolutionPaths(w, input, server, array);
    strings(w, "resolution_notes", resolutionNotes(false));
    if (input.after) {
        w.beginObject("verification");
        w.value("case_closed", verdictClosesCase(input.after->verdict.code));
        w.value("verdict", verdictCodeKey(input.after->verdict.code));
        w.value("advice",
                verdictAdviceText(input.after->verdict.code, VerdictAdvice::AfterVerification, false));
        w.endObject();
        w.beginObject("after");
        engineMembers(w, *input.after, redactor);
        w.endObject();
    } else {
        w.null("verification");
        w.null("after");
    }
    w.value("redacted", input.redact);
    const QDateTime at =
        input.generatedAt.isValid() ? input.generatedAt.toUTC() : QDateTime::currentDateTimeUtc();
    w.value("generated", at.toString(Qt::ISODate));
    w.value("generator", QStringLiteral("frag792 %1").arg(reportGeneratorVersion()));
    w.endObject();
    w.endObject();
    return w.finish();
}

QJsonObject reportJson(const ReportInput& input)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    writeReportJson(input, buffer);
    return QJsonDocument::fromJson(buffer.data()).object();
}
