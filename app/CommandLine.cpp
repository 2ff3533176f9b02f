// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "CaptureRequest.h"
#include "IpAddress.h"
#include "Vantage.h"

namespace {

CommandLine invalid(const QString& why)
{
    CommandLine c;
    c.command = CommandLine::Command::Invalid;
    c.error = why;
    return c;
}

// The keys of ServerProduct (report library), spelled out because the command line is parsed
// in builds without the report library too; TestCli checks each reaches the report.
const QStringList kProducts{QStringLiteral("isa2004"), QStringLiteral("isa2006"),
                            QStringLiteral("isa2006-enterprise"), QStringLiteral("tmg-mbe"),
                            QStringLiteral("tmg2010")};

} // namespace

QString CommandLine::usage()
{
    return QStringLiteral(
               "Usage:\n"
               "  frag792                         open the troubleshooting wizard\n"
               "  frag792 [--open] FILE           open the wizard on a capture file\n"
               "  frag792 analyze [FILE|-] [--evidence LOG]... [--server ADDR] [--vantage "
               "server|client|path]\n"
               "                         [--filter BPF]\n"
               "                         [--format text|json] [--report FILE.html|.pdf|.json]\n"
               "                         [--product PRODUCT] [--server-name NAME] [--array NAME] [--redact]\n"
               "  frag792 capture --interface IF [--duration SECONDS] [--server ADDR] [--vantage ...]\n"
               "                  [--filter BPF] [--write FILE.pcapng] [--format text|json] [--promiscuous]\n"
               "  frag792 interfaces\n"
               "  frag792 --help | --version\n"
               "\n"
               "Options:\n"
               "  --server ADDR   the VPN server's address; frag792 then treats the capture as taken on\n"
               "                  that server and knows which side of each exchange it saw. Without it,\n"
               "                  the side comes from the interface's own addresses (capture) or is\n"
               "                  inferred from TTLs, and the output says how it was decided.\n"
               "  --vantage P     state where the capture was taken: server, client or path (a mirror\n"
               "                  port); overrides --server and the inference.\n"
               "  --filter BPF    replaces the default filter; a file is read whole unless this is given.\n"
               "                  Default for live capture:\n"
               "                  %1\n"
               "  --evidence LOG  a Windows log to read beside the capture (repeat for more): the client's\n"
               "                  event log (.evtx, Event Viewer XML/CSV, wevtutil text), netsh wfp\n"
               "                  netevents, oakley.log, or the ISA/TMG firewall log (W3C or a viewer\n"
               "                  copy). The format is found from the content. Without a capture the\n"
               "                  verdict comes from the logs alone and says so.\n"
               "  --product P     the firewall on the VPN server, for the report's resolution steps:\n"
               "                  isa2004, isa2006, isa2006-enterprise, tmg-mbe or tmg2010. Without it\n"
               "                  the report gives the steps for every product.\n"
               "  --server-name N the server's name as its console shows it (report steps);\n"
               "  --array N       and, for ISA Server 2006 Enterprise, the array's name.\n"
               "  --redact        the report replaces addresses and names with stable labels.\n"
               "  --lang CODE     user-interface language (pt_BR, de, fr, es, en)\n"
               "\n"
               "Exit status: 0 analysis ran (whatever the verdict), 2 bad usage, 3 unreadable input\n"
               "(a capture or an --evidence log),\n"
               "4 capture not permitted, 5 a report or evidence file could not be written.\n")
        .arg(QLatin1String(kDefaultCaptureFilter));
}

CommandLine CommandLine::parse(const QStringList& arguments)
{
    CommandLine c;
    QStringList args = arguments.mid(1);
    if (!args.isEmpty() && !args.first().startsWith(QLatin1Char('-'))) {
        const QString verb = args.takeFirst();
        if (verb == QLatin1String("analyze"))
            c.command = Command::Analyze;
        else if (verb == QLatin1String("capture"))
            c.command = Command::Capture;
        else if (verb == QLatin1String("interfaces"))
            c.command = Command::Interfaces;
        else if (verb == QLatin1String("help"))
            c.command = Command::Help;
        else if (verb.contains(QLatin1Char('/')) || verb.contains(QLatin1Char('.')))
            c.openFile = verb; // a path, as the desktop entry's "frag792 %f" passes it: the wizard opens it
        else
            return invalid(QStringLiteral("unknown command \"%1\"").arg(verb));
    }

    for (int i = 0; i < args.size(); ++i) {
        const QString arg = args.at(i);
        auto value = [&](QString& out) -> bool {
            if (i + 1 >= args.size())
                return false;
            out = args.at(++i);
            return true;
        };
        bool ok = true;
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            c.command = Command::Help;
            return c;
        } else if (arg == QLatin1String("--version")) {
            c.command = Command::Version;
            return c;
        } else if (arg == QLatin1String("--server")) {
            ok = value(c.server);
        } else if (arg == QLatin1String("--vantage")) {
            ok = value(c.vantage);
        } else if (arg == QLatin1String("--filter")) {
            ok = value(c.filter);
        } else if (arg == QLatin1String("--format")) {
            ok = value(c.format);
        } else if (arg == QLatin1String("--interface") || arg == QLatin1String("-i")) {
            ok = value(c.interfaceName);
        } else if (arg == QLatin1String("--write") || arg == QLatin1String("-w")) {
            ok = value(c.writePath);
        } else if (arg == QLatin1String("--report")) {
            ok = value(c.reportPath);
        } else if (arg == QLatin1String("--product")) {
            ok = value(c.product);
            c.product = c.product.toLower();
        } else if (arg == QLatin1String("--server-name")) {
            ok = value(c.serverName);
        } else if (arg == QLatin1String("--array")) {
            ok = value(c.arrayName);
        } else if (arg == QLatin1String("--lang")) {
            ok = value(c.language);
        } else if (arg == QLatin1String("--open")) {
            ok = value(c.openFile);
        } else if (arg == QLatin1String("--evidence")) {
            QString path;
            ok = value(path);
            if (ok)
                c.evidence << path;
        } else if (arg == QLatin1String("--redact")) {
            c.redact = true;
        } else if (arg == QLatin1String("--promiscuous")) {
            c.promiscuous = true;
        } else if (arg == QLatin1String("--duration")) {
            QString text;
            ok = value(text);
            bool number = false;
            c.durationSeconds = text.toInt(&number);
            if (ok && (!number || c.durationSeconds <= 0 || c.durationSeconds > 7 * 24 * 3600))
                return invalid(
                    QStringLiteral("--duration takes a whole number of seconds, not \"%1\"").arg(text));
        } else if (arg == QLatin1String("-") || !arg.startsWith(QLatin1Char('-'))) {
            if (c.command != Command::Analyze || !c.input.isEmpty())
                return invalid(QStringLiteral("unexpected argument \"%1\"").arg(arg));
            c.input = arg;
        } else {
            return invalid(QStringLiteral("unknown option \"%1\"").arg(arg));
        }
        if (!ok)
            return invalid(QStringLiteral("%1 needs a value").arg(arg));
    }

    if (c.format != QLatin1String("text") && c.format != QLatin1String("json"))
        return invalid(QStringLiteral("--format is text or json, not \"%1\"").arg(c.format));
    if (!c.server.isEmpty() && !IpAddress::fromString(c.server).isValid())
        return invalid(QStringLiteral("--server needs an IPv4 or IPv6 address, not \"%1\"").arg(c.server));
    const std::optional<VantagePoint> vantage = vantagePointFromKey(c.vantage);
    if (!c.vantage.isEmpty() && (!vantage || *vantage == VantagePoint::Unknown))
        return invalid(QStringLiteral("--vantage is server, client or path, not \"%1\"").arg(c.vantage));
    if (!c.product.isEmpty() && !kProducts.contains(c.product))
        return invalid(QStringLiteral("--product is one of %1, not \"%2\"")
                           .arg(kProducts.join(QStringLiteral(", ")), c.product));
    if (c.reportPath.isEmpty() &&
        (!c.product.isEmpty() || !c.serverName.isEmpty() || !c.arrayName.isEmpty() || c.redact))
        return invalid(QStringLiteral(
            "--product, --server-name, --array and --redact shape the report: add --report FILE"));
    if (!c.arrayName.isEmpty() && !c.product.isEmpty() && c.product != QLatin1String("isa2006-enterprise"))
        return invalid(QStringLiteral("--array is for --product isa2006-enterprise"));
    if (!c.reportPath.isEmpty()) {
        const QString lower = c.reportPath.toLower();
        if (!lower.endsWith(QLatin1String(".html")) && !lower.endsWith(QLatin1String(".pdf")) &&
            !lower.endsWith(QLatin1String(".json")))
            return invalid(QStringLiteral("--report takes a file ending in .html, .pdf or .json"));
    }
    switch (c.command) {
    case Command::Analyze:
        if (c.input.isEmpty() && c.evidence.isEmpty())
            return invalid(QStringLiteral(
                "analyze needs a capture file (or - for standard input) or an --evidence log"));
        if (c.input.isEmpty() && !c.filter.isEmpty())
            return invalid(QStringLiteral("--filter needs a capture file"));
        if (!c.interfaceName.isEmpty() || c.durationSeconds > 0 || !c.writePath.isEmpty())
            return invalid(
                QStringLiteral("--interface, --duration and --write belong to the capture command"));
        break;
    case Command::Capture:
        if (!c.evidence.isEmpty())
            return invalid(QStringLiteral("--evidence belongs to the analyze command"));
        if (c.interfaceName.isEmpty())
            return invalid(QStringLiteral("capture needs --interface IF (see: frag792 interfaces)"));
        break;
    default:
        break;
    }
    return c;
}
