// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportJson.h"

#include "AnalysisJson.h"
#include "Redactor.h"
#include "ReportAdvice.h"
#include "ReportHtml.h"

#include <QFileInfo>
#include <QJsonArray>

namespace {

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject engineJson(const AnalysisResult& result, bool redact)
{
    QJsonObject o = analysisToJson(result);
    o.insert(QStringLiteral("source"), Redactor::captureName(result.source, redact));
    // A library user may not have set the application version; the report still says which build made it.
    if (o.value(QStringLiteral("frag792_version")).toString().isEmpty())
        o.insert(QStringLiteral("frag792_version"), reportGeneratorVersion());
    return o;
}

} // namespace

QJsonObject reportJson(const ReportInput& input)
{
    Redactor redactor = Redactor::forReport(input);
    const QString server = input.serverName.trimmed();
    const QString array = input.arrayName.trimmed();

    QJsonArray paths;
    for (ServerProduct p : reportedProducts(input.product))
        paths.append(QJsonObject{
            {QStringLiteral("product"), serverProductKey(p)},
            {QStringLiteral("name"), serverProductEnglishName(p)},
            {QStringLiteral("console_path"), consolePath(p, server, array)},
            {QStringLiteral("steps"), QJsonArray::fromStringList(resolutionSteps(p, server, array))},
            {QStringLiteral("remark"), textOrNull(productRemark(p, false))}});

    QJsonValue verification = QJsonValue::Null;
    if (input.after)
        verification =
            QJsonObject{{QStringLiteral("case_closed"), verificationClosesCase(input.after->verdict.code)},
                        {QStringLiteral("verdict"), verdictCodeKey(input.after->verdict.code)},
                        {QStringLiteral("advice"), verificationAdvice(input.after->verdict.code, false)}};

    const QDateTime at =
        input.generatedAt.isValid() ? input.generatedAt.toUTC() : QDateTime::currentDateTimeUtc();
    const QJsonObject report{
        {QStringLiteral("product"), input.product == ServerProduct::Unspecified
                                        ? QJsonValue(QJsonValue::Null)
                                        : QJsonValue(serverProductKey(input.product))},
        {QStringLiteral("product_name"), textOrNull(serverProductEnglishName(input.product))},
        {QStringLiteral("server_name"), textOrNull(server)},
        {QStringLiteral("array_name"), textOrNull(array)},
        {QStringLiteral("case"), QJsonObject{{QStringLiteral("title"), input.caseTitle},
                                             {QStringLiteral("technician"), input.technician},
                                             {QStringLiteral("notes"), input.notes}}},
        {QStringLiteral("environment"),
         QJsonObject{{QStringLiteral("error_code"), input.errorCode},
                     {QStringLiteral("vpn_protocol"), input.vpnProtocol},
                     {QStringLiteral("authentication"), input.authentication}}},
        {QStringLiteral("resolution_intro"), resolutionIntro(input.before.verdict.code, false)},
        {QStringLiteral("resolution_steps"),
         QJsonArray::fromStringList(resolutionSteps(input.product, server, array))},
        {QStringLiteral("resolution_paths"), paths},
        {QStringLiteral("resolution_notes"), QJsonArray::fromStringList(resolutionNotes(false))},
        {QStringLiteral("verification"), verification},
        {QStringLiteral("after"),
         input.after ? QJsonValue(engineJson(*input.after, input.redact)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("redacted"), input.redact},
        {QStringLiteral("generated"), at.toString(Qt::ISODate)},
        {QStringLiteral("generator"), QStringLiteral("frag792 %1").arg(reportGeneratorVersion())},
    };

    QJsonObject o = engineJson(input.before, input.redact);
    o.insert(QStringLiteral("report"), report);
    // Redacting the finished tree, not field by field, is what guarantees no address slips through.
    if (input.redact) {
        QJsonObject redacted = redactor.apply(QJsonValue(o)).toObject();
        // The technician is the report's author, not a secret of the network.
        QJsonObject r = redacted.value(QStringLiteral("report")).toObject();
        QJsonObject c = r.value(QStringLiteral("case")).toObject();
        c.insert(QStringLiteral("technician"), input.technician);
        r.insert(QStringLiteral("case"), c);
        redacted.insert(QStringLiteral("report"), r);
        return redacted;
    }
    return o;
}
