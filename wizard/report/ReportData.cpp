// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportData.h"

#include <QFileInfo>

Product productFromKey(const QString& key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("isa2004"))
        return Product::Isa2004;
    if (k == QLatin1String("isa2006"))
        return Product::Isa2006;
    if (k == QLatin1String("tmg-mbe"))
        return Product::TmgMbe;
    if (k == QLatin1String("tmg2010"))
        return Product::Tmg2010;
    return Product::Unspecified;
}

QString productKey(Product product)
{
    switch (product) {
    case Product::Isa2004:
        return QStringLiteral("isa2004");
    case Product::Isa2006:
        return QStringLiteral("isa2006");
    case Product::TmgMbe:
        return QStringLiteral("tmg-mbe");
    case Product::Tmg2010:
        return QStringLiteral("tmg2010");
    case Product::Unspecified:
        break;
    }
    return {};
}

QString productName(Product product)
{
    switch (product) {
    case Product::Isa2004:
        return QStringLiteral("ISA Server 2004");
    case Product::Isa2006:
        return QStringLiteral("ISA Server 2006");
    case Product::TmgMbe:
        return QStringLiteral("Forefront TMG Medium Business Edition");
    case Product::Tmg2010:
        return QStringLiteral("Forefront TMG 2010");
    case Product::Unspecified:
        break;
    }
    return {};
}

const std::array<Product, 4>& allProducts()
{
    static const std::array<Product, 4> products{Product::Isa2004, Product::Isa2006, Product::TmgMbe,
                                                 Product::Tmg2010};
    return products;
}

std::optional<ReportFormat> reportFormatFromPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return ReportFormat::Html;
    if (suffix == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    if (suffix == QLatin1String("json"))
        return ReportFormat::Json;
    return std::nullopt;
}
