<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CaptureGuide</name>
    <message>
        <source>&amp;Copy commands</source>
        <translation>Befehle &amp;kopieren</translation>
    </message>
    <message>
        <source>ISA Server 2004 / 2006 (Windows Server 2003): Network Monitor 3.4</source>
        <translation>ISA Server 2004 / 2006 (Windows Server 2003): Network Monitor 3.4</translation>
    </message>
    <message>
        <source>ISA Server 2004 / 2006 (Windows Server 2003): built-in Network Monitor</source>
        <translation>ISA Server 2004 / 2006 (Windows Server 2003): integrierter Netzwerkmonitor</translation>
    </message>
    <message>
        <source>Forefront TMG (Windows Server 2008 or 2008 R2): Network Monitor 3.4</source>
        <translation>Forefront TMG (Windows Server 2008 oder 2008 R2): Network Monitor 3.4</translation>
    </message>
    <message>
        <source>Forefront TMG 2010 (Windows Server 2008 R2): netsh trace, no download</source>
        <translation>Forefront TMG 2010 (Windows Server 2008 R2): netsh trace, ohne Download</translation>
    </message>
    <message>
        <source>Windows 10 / 11 client: pktmon</source>
        <translation>Windows-10-/11-Client: pktmon</translation>
    </message>
    <message>
        <source>Commands to run on Windows</source>
        <translation>Unter Windows auszuführende Befehle</translation>
    </message>
    <message>
        <source>Filter by address, never by port, and capture whole packets.</source>
        <translation>Nach Adresse filtern, nie nach Port, und ganze Pakete aufzeichnen.</translation>
    </message>
    <message>
        <source>The second and later pieces of a fragmented packet carry no port number, so a port filter throws away exactly the pieces frag792 needs. If you must limit the packet size, never go below 128 bytes per packet.</source>
        <translation>Das zweite und jedes weitere Stück eines fragmentierten Pakets trägt keine Portnummer; ein Portfilter verwirft also genau die Stücke, die frag792 braucht. Wenn Sie die Paketgröße begrenzen müssen, nie unter 128 Bytes pro Paket.</translation>
    </message>
    <message>
        <source>Where do you capture?</source>
        <translation>Wo zeichnen Sie auf?</translation>
    </message>
    <message>
        <source>VPN server&apos;s &amp;address:</source>
        <translation>&amp;Adresse des VPN-Servers:</translation>
    </message>
    <message>
        <source>Client&apos;s public &amp;address:</source>
        <translation>Öffentliche &amp;Adresse des Clients:</translation>
    </message>
    <message>
        <source>Install Microsoft Network Monitor 3.4 on the server (the x86 or x64 package that matches Windows).</source>
        <translation>Installieren Sie Microsoft Network Monitor 3.4 auf dem Server (das x86- oder x64-Paket, das zu Windows passt).</translation>
    </message>
    <message>
        <source>Open a Command Prompt &lt;b&gt;as administrator&lt;/b&gt; and go to the Network Monitor folder (usually C:\Program Files\Microsoft Network Monitor 3).</source>
        <translation>Öffnen Sie eine Eingabeaufforderung &lt;b&gt;als Administrator&lt;/b&gt; und wechseln Sie in den Ordner von Network Monitor (meist C:\Program Files\Microsoft Network Monitor 3).</translation>
    </message>
    <message>
        <source>Open a Command Prompt and go to the Network Monitor folder (usually C:\Program Files\Microsoft Network Monitor 3).</source>
        <translation>Öffnen Sie eine Eingabeaufforderung und wechseln Sie in den Ordner von Network Monitor (meist C:\Program Files\Microsoft Network Monitor 3).</translation>
    </message>
    <message>
        <source>Run the commands below, then connect from the client and wait for error 792 (or 90 seconds).</source>
        <translation>Führen Sie die Befehle unten aus, verbinden Sie dann den Client und warten Sie auf Fehler 792 (oder 90 Sekunden).</translation>
    </message>
    <message>
        <source>Press Ctrl+C. Copy C:\frag792\isa.cap to this computer and open it here.</source>
        <translation>Drücken Sie Strg+C. Kopieren Sie C:\frag792\isa.cap auf diesen Computer und öffnen Sie sie hier.</translation>
    </message>
    <message>
        <source>Control Panel → Add or Remove Programs → Add/Remove Windows Components → Management and Monitoring Tools → Details → tick &lt;b&gt;Network Monitor Tools&lt;/b&gt;.</source>
        <translation>Systemsteuerung → Software → Windows-Komponenten hinzufügen/entfernen → Verwaltungs- und Überwachungsprogramme → Details → &lt;b&gt;Netzwerkmonitorprogramme&lt;/b&gt; ankreuzen.</translation>
    </message>
    <message>
        <source>Start &lt;b&gt;Network Monitor&lt;/b&gt; from Administrative Tools. If asked, pick the network card that faces the Internet.</source>
        <translation>Starten Sie den &lt;b&gt;Netzwerkmonitor&lt;/b&gt; aus der Verwaltung. Wählen Sie auf Nachfrage die Netzwerkkarte, die zum Internet zeigt.</translation>
    </message>
    <message>
        <source>Capture menu → &lt;b&gt;Filter&lt;/b&gt; → double-click &lt;b&gt;AND (Address Pairs)&lt;/b&gt; and enter the client&apos;s public address shown below.</source>
        <translation>Menü Aufzeichnen → &lt;b&gt;Filter&lt;/b&gt; → Doppelklick auf &lt;b&gt;AND (Address Pairs)&lt;/b&gt; und die unten gezeigte öffentliche Adresse des Clients eintragen.</translation>
    </message>
    <message>
        <source>Make the capture buffer larger than its default of 1 MB.</source>
        <translation>Vergrößern Sie den Aufzeichnungspuffer über seine Vorgabe von 1 MB.</translation>
    </message>
    <message>
        <source>Capture → &lt;b&gt;Start&lt;/b&gt;, connect from the client, wait for error 792, then Capture → &lt;b&gt;Stop&lt;/b&gt;.</source>
        <translation>Aufzeichnen → &lt;b&gt;Starten&lt;/b&gt;, Client verbinden, auf Fehler 792 warten, dann Aufzeichnen → &lt;b&gt;Beenden&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>File → &lt;b&gt;Save As&lt;/b&gt;, save as a .cap file, copy it to this computer and open it here.</source>
        <translation>Datei → &lt;b&gt;Speichern unter&lt;/b&gt;, als .cap-Datei speichern, auf diesen Computer kopieren und hier öffnen.</translation>
    </message>
    <message>
        <source>Open a Command Prompt &lt;b&gt;as administrator&lt;/b&gt; on the TMG server and run the first two commands.</source>
        <translation>Öffnen Sie auf dem TMG-Server eine Eingabeaufforderung &lt;b&gt;als Administrator&lt;/b&gt; und führen Sie die ersten beiden Befehle aus.</translation>
    </message>
    <message>
        <source>Connect from the client and wait for error 792 (or 90 seconds).</source>
        <translation>Verbinden Sie den Client und warten Sie auf Fehler 792 (oder 90 Sekunden).</translation>
    </message>
    <message>
        <source>Run &lt;b&gt;netsh trace stop&lt;/b&gt; and wait until it says it has finished.</source>
        <translation>Führen Sie &lt;b&gt;netsh trace stop&lt;/b&gt; aus und warten Sie, bis es meldet, dass es fertig ist.</translation>
    </message>
    <message>
        <source>Convert the file with Microsoft&apos;s free etl2pcapng tool (github.com/microsoft/etl2pcapng, on the server or any Windows PC), then copy tmg.pcapng to this computer and open it here.</source>
        <translation>Wandeln Sie die Datei mit Microsofts kostenlosem Werkzeug etl2pcapng um (github.com/microsoft/etl2pcapng, auf dem Server oder einem beliebigen Windows-PC), kopieren Sie dann tmg.pcapng auf diesen Computer und öffnen Sie sie hier.</translation>
    </message>
    <message>
        <source>Do not add filemode=single: files made that way cannot be converted. The trace has no address filter: keep it short on a busy server.</source>
        <translation>Kein filemode=single hinzufügen: So erzeugte Dateien lassen sich nicht umwandeln. Die Ablaufverfolgung hat keinen Adressfilter: Halten Sie sie auf einem ausgelasteten Server kurz.</translation>
    </message>
    <message>
        <source>Open a Command Prompt &lt;b&gt;as administrator&lt;/b&gt; (Windows 10 version 2004 or later, or Windows 11) and run the first four commands.</source>
        <translation>Öffnen Sie eine Eingabeaufforderung &lt;b&gt;als Administrator&lt;/b&gt; (Windows 10 ab Version 2004 oder Windows 11) und führen Sie die ersten vier Befehle aus.</translation>
    </message>
    <message>
        <source>Connect to the VPN and wait for error 792. Then run the last two commands and open client.pcapng here.</source>
        <translation>Verbinden Sie das VPN und warten Sie auf Fehler 792. Führen Sie dann die letzten beiden Befehle aus und öffnen Sie client.pcapng hier.</translation>
    </message>
    <message>
        <source>Keep --pkt-size 0: without it, pktmon keeps only the first 128 bytes of each packet. Keep --comp nics: otherwise pktmon records each packet at several points inside Windows.</source>
        <translation>--pkt-size 0 beibehalten: Ohne diese Option speichert pktmon nur die ersten 128 Bytes jedes Pakets. --comp nics beibehalten: Sonst zeichnet pktmon jedes Paket an mehreren Stellen in Windows auf.</translation>
    </message>
    <message>
        <source>If Windows says etl2pcap is unknown, use: pktmon pcapng C:\frag792\client.etl -o C:\frag792\client.pcapng</source>
        <translation>Wenn Windows etl2pcap nicht kennt, verwenden Sie: pktmon pcapng C:\frag792\client.etl -o C:\frag792\client.pcapng</translation>
    </message>
    <message>
        <source>frag792 cannot read .etl files (netsh trace, pktmon): only Windows can. Convert the file on Windows first, then open the result here.</source>
        <translation>frag792 kann .etl-Dateien (netsh trace, pktmon) nicht lesen, das kann nur Windows. Wandeln Sie die Datei zuerst unter Windows um und öffnen Sie dann das Ergebnis hier.</translation>
    </message>
    <message>
        <source>Use the command that fits the tool that made it:</source>
        <translation>Verwenden Sie den Befehl, der zum erzeugenden Werkzeug passt:</translation>
    </message>
    <message>
        <source>pktmon (Windows 10 1809 and later, Server 2019 and later): pktmon etl2pcap FILE.etl --out FILE.pcapng (version 2004 and later; older builds: pktmon pcapng FILE.etl -o FILE.pcapng)</source>
        <translation>pktmon (Windows 10 ab 1809, Server ab 2019): pktmon etl2pcap DATEI.etl --out DATEI.pcapng (ab Version 2004; ältere Builds: pktmon pcapng DATEI.etl -o DATEI.pcapng)</translation>
    </message>
    <message>
        <source>netsh trace: etl2pcapng.exe FILE.etl FILE.pcapng (github.com/microsoft/etl2pcapng)</source>
        <translation>netsh trace: etl2pcapng.exe DATEI.etl DATEI.pcapng (github.com/microsoft/etl2pcapng)</translation>
    </message>
    <message>
        <source>or open the .etl in Network Monitor 3.4 and use File → Save As to save a .cap file</source>
        <translation>oder die .etl in Network Monitor 3.4 öffnen und mit Datei → Speichern unter als .cap-Datei speichern</translation>
    </message>
</context>
<context>
    <name>CapturePage</name>
    <message>
        <source>S&amp;kip the capture: I already know &quot;Block IP fragments&quot; is on</source>
        <translation>Aufzeichnung über&amp;springen: Ich weiß schon, dass &quot;Block IP fragments&quot; aktiv ist</translation>
    </message>
    <message>
        <source>Confirm the cause with a capture</source>
        <translation>Ursache mit einem Mitschnitt bestätigen</translation>
    </message>
    <message>
        <source>Capture while a client tries to connect (best on the VPN server), or open a capture file. frag792 looks for fragmented IKE messages that are never answered.</source>
        <translation>Zeichnen Sie auf, während ein Client sich verbindet (am besten auf dem VPN-Server), oder öffnen Sie eine Mitschnittdatei. frag792 sucht fragmentierte IKE-Nachrichten, die nie beantwortet werden.</translation>
    </message>
    <message>
        <source>Click Next to clear &quot;Block IP fragments&quot; in the management console.</source>
        <translation>Klicken Sie auf Weiter, um &quot;Block IP fragments&quot; in der Verwaltungskonsole zu deaktivieren.</translation>
    </message>
    <message>
        <source>Click Next for the report.</source>
        <translation>Klicken Sie auf Weiter für den Bericht.</translation>
    </message>
    <message>
        <source>How to capture on the server or a Windows client</source>
        <translation>So zeichnen Sie auf dem Server oder einem Windows-Client auf</translation>
    </message>
    <message>
        <source>Click Next to confirm what the capture shows about the server.</source>
        <translation>Klicken Sie auf Weiter, um zu bestätigen, was der Mitschnitt über den Server zeigt.</translation>
    </message>
    <message>
        <source>Goes on to the console change without a capture; the report then says that no capture was analysed.</source>
        <translation>Geht ohne Mitschnitt weiter zur Änderung in der Konsole; der Bericht sagt dann, dass kein Mitschnitt analysiert wurde.</translation>
    </message>
</context>
<context>
    <name>CapturePanel</name>
    <message>
        <source>&amp;Start capture</source>
        <translation>Aufzeichnung &amp;starten</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Open capture &amp;file…</source>
        <translation>Mitschnitt&amp;datei öffnen…</translation>
    </message>
    <message>
        <source>Open sa&amp;mple</source>
        <translation>Bei&amp;spiel öffnen</translation>
    </message>
    <message>
        <source>Network interface to capture on</source>
        <translation>Netzwerkschnittstelle für die Aufzeichnung</translation>
    </message>
    <message>
        <source>Where this machine sits</source>
        <translation>Wo dieser Rechner steht</translation>
    </message>
    <message>
        <source>This machine is the VPN server</source>
        <translation>Dieser Rechner ist der VPN-Server</translation>
    </message>
    <message>
        <source>This machine is a VPN client</source>
        <translation>Dieser Rechner ist ein VPN-Client</translation>
    </message>
    <message>
        <source>A mirror port or tap between them</source>
        <translation>Ein Spiegelport oder Tap dazwischen</translation>
    </message>
    <message>
        <source>Not sure: let frag792 decide from the packets</source>
        <translation>Nicht sicher: frag792 anhand der Pakete entscheiden lassen</translation>
    </message>
    <message>
        <source>Bundled sample captures</source>
        <translation>Mitgelieferte Beispielmitschnitte</translation>
    </message>
    <message>
        <source>Progress reading the capture file</source>
        <translation>Fortschritt beim Lesen der Mitschnittdatei</translation>
    </message>
    <message>
        <source>Capture live on this machine</source>
        <translation>Live auf diesem Rechner aufzeichnen</translation>
    </message>
    <message>
        <source>&amp;Interface:</source>
        <translation>&amp;Schnittstelle:</translation>
    </message>
    <message>
        <source>&amp;Where the capture is taken:</source>
        <translation>&amp;Wo aufgezeichnet wird:</translation>
    </message>
    <message>
        <source>Fragment &amp;arrival</source>
        <translation>Ankunft der Fr&amp;agmente</translation>
    </message>
    <message>
        <source>&amp;Verdict and timeline</source>
        <translation>&amp;Urteil und Zeitverlauf</translation>
    </message>
    <message>
        <source>(likely)</source>
        <translation>(wahrscheinlich)</translation>
    </message>
    <message>
        <source>No capturable interface found</source>
        <translation>Keine aufzeichnungsfähige Schnittstelle gefunden</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
    <message>
        <source>Capturing on %1. Now connect the VPN client and wait for the error (about a minute), then click Stop.</source>
        <translation>Aufzeichnung auf %1 läuft. Verbinden Sie jetzt den VPN-Client, warten Sie auf den Fehler (etwa eine Minute) und klicken Sie dann auf Stoppen.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n packet(s) analysed.</source>
        <translation>
            <numerusform>Fertig: %n Paket analysiert.</numerusform>
            <numerusform>Fertig: %n Pakete analysiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>The file ends in the middle of a packet; the packets before that were analysed.</source>
        <translation>Die Datei endet mitten in einem Paket; die Pakete davor wurden analysiert.</translation>
    </message>
    <message>
        <source>The capture&apos;s link type is not supported.</source>
        <translation>Der Verbindungstyp des Mitschnitts wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The capture filter was rejected.</source>
        <translation>Der Aufzeichnungsfilter wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Capturing is not permitted: see the command above.</source>
        <translation>Aufzeichnen ist nicht erlaubt: siehe den Befehl oben.</translation>
    </message>
    <message>
        <source>The interface does not exist (any more).</source>
        <translation>Die Schnittstelle existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>The interface went down during the capture.</source>
        <translation>Die Schnittstelle ist während der Aufzeichnung ausgefallen.</translation>
    </message>
    <message>
        <source>The evidence file could not be written, so the report will not include it.</source>
        <translation>Die Beweisdatei konnte nicht geschrieben werden; der Bericht enthält sie daher nicht.</translation>
    </message>
    <message>
        <source>The capture failed.</source>
        <translation>Die Aufzeichnung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Open a capture file</source>
        <translation>Mitschnittdatei öffnen</translation>
    </message>
    <message>
        <source>The sample could not be unpacked.</source>
        <translation>Das Beispiel konnte nicht entpackt werden.</translation>
    </message>
    <message>
        <source>The file cannot be read as a capture (pcap, pcapng or Network Monitor .cap).</source>
        <translation>Die Datei lässt sich nicht als Aufzeichnung lesen (pcap, pcapng oder Network-Monitor-.cap).</translation>
    </message>
    <message>
        <source>The file ends inside its header; there is nothing to analyse.</source>
        <translation>Die Datei endet in ihrem Kopf; es gibt nichts zu analysieren.</translation>
    </message>
    <message>
        <source>The capture ended early; what arrived before that was analysed.</source>
        <translation>Die Aufzeichnung endete vorzeitig; was bis dahin ankam, wurde analysiert.</translation>
    </message>
    <message>
        <source>Captures (*.pcapng *.pcap *.cap *.etl);;All files (*)</source>
        <translation>Aufzeichnungen (*.pcapng *.pcap *.cap *.etl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Where the capture is taken decides which drops the verdict can see: on the VPN server, on a client, or on the path between them.</source>
        <translation>Wo der Mitschnitt entsteht, entscheidet, welche Verwerfungen das Urteil sehen kann: auf dem VPN-Server, auf einem Client oder auf dem Weg dazwischen.</translation>
    </message>
    <message>
        <source>libpcap cannot read this file and frag792&apos;s reader of other formats (Network Monitor .cap) is missing or from another build: reinstall frag792.</source>
        <translation>libpcap kann diese Datei nicht lesen, und der Leser von frag792 für andere Formate (Network Monitor .cap) fehlt oder stammt aus einem anderen Build: Installieren Sie frag792 neu.</translation>
    </message>
</context>
<context>
    <name>CapturePermissionPanel</name>
    <message>
        <source>&lt;b&gt;Live capture is not permitted for this program yet.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Live-Aufzeichnung ist für dieses Programm noch nicht erlaubt.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Command that grants capture permission</source>
        <translation>Befehl, der die Aufzeichnungsberechtigung erteilt</translation>
    </message>
    <message>
        <source>&amp;Copy command</source>
        <translation>Befehl &amp;kopieren</translation>
    </message>
    <message>
        <source>You can still open a capture file or a sample.</source>
        <translation>Eine Mitschnittdatei oder ein Beispiel können Sie trotzdem öffnen.</translation>
    </message>
    <message>
        <source>Only members of the group %1 may capture packets. Add yourself to the group %1 (an administrator runs the command below), then log out and log in again.</source>
        <translation>Nur Mitglieder der Gruppe %1 dürfen Pakete aufzeichnen. Fügen Sie sich der Gruppe %1 hinzu (ein Administrator führt den Befehl unten aus) und melden Sie sich danach ab und wieder an.</translation>
    </message>
    <message>
        <source>You are a member of the group %1, but this session started before you joined it. Log out and log in again, then start frag792.</source>
        <translation>Sie sind Mitglied der Gruppe %1, aber diese Sitzung begann, bevor Sie ihr beigetreten sind. Melden Sie sich ab und wieder an und starten Sie dann frag792.</translation>
    </message>
    <message>
        <source>The capture helper %1 is missing. Reinstall frag792.</source>
        <translation>Das Aufzeichnungs-Hilfsprogramm %1 fehlt. Installieren Sie frag792 neu.</translation>
    </message>
    <message>
        <source>This user may not run the capture helper %1. Ask an administrator to check its owner and permissions.</source>
        <translation>Dieser Benutzer darf das Aufzeichnungs-Hilfsprogramm %1 nicht ausführen. Bitten Sie einen Administrator, seinen Eigentümer und seine Berechtigungen zu prüfen.</translation>
    </message>
    <message>
        <source>Capturing packets needs the CAP_NET_RAW and CAP_NET_ADMIN capabilities. Grant them once to the capture helper (an administrator runs the command below), then start frag792 again. The wizard itself never needs to run as an administrator.</source>
        <translation>Zum Aufzeichnen von Paketen sind die Capabilities CAP_NET_RAW und CAP_NET_ADMIN nötig. Erteilen Sie sie einmalig dem Aufzeichnungs-Hilfsprogramm (ein Administrator führt den Befehl unten aus) und starten Sie frag792 neu. Der Assistent selbst muss nie als Administrator laufen.</translation>
    </message>
</context>
<context>
    <name>CausePage</name>
    <message>
        <source>Why the connection times out</source>
        <translation>Warum die Verbindung in ein Timeout läuft</translation>
    </message>
    <message>
        <source>KB 838438: the firewall on the VPN server is set to block IP fragments.</source>
        <translation>KB 838438: Die Firewall auf dem VPN-Server blockiert IP-Fragmente.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Before L2TP can start, the client and the server authenticate each other with IKE. In the fifth and sixth Main Mode messages they exchange certificates. These messages are larger than one packet (the MTU, usually 1500 bytes), so IP splits them into fragments.&lt;/p&gt;&lt;p&gt;Only the first fragment carries the UDP header with port 500 (or 4500). With &lt;b&gt;Block IP fragments&lt;/b&gt; turned on, ISA Server or TMG drops every fragment, the IKE message never arrives, and after about a minute of retransmissions the client reports Error 792.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bevor L2TP beginnt, authentifizieren sich Client und Server gegenseitig mit IKE. In der fünften und sechsten Main-Mode-Nachricht tauschen sie Zertifikate aus. Diese Nachrichten sind größer als ein Paket (die MTU, meist 1500 Byte), daher zerlegt IP sie in Fragmente.&lt;/p&gt;&lt;p&gt;Nur das erste Fragment trägt den UDP-Header mit Port 500 (oder 4500). Ist &lt;b&gt;Block IP fragments&lt;/b&gt; aktiviert, verwirft ISA Server bzw. TMG jedes Fragment, die IKE-Nachricht kommt nie an, und nach etwa einer Minute Wiederholungen meldet der Client Fehler 792.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Side effect worth knowing:&lt;/b&gt; blocking IP fragments also breaks Kerberos over UDP, whose tickets are often fragmented; Microsoft recommends not blocking fragments where domain members authenticate through the firewall. Clearing the option fixes both.</source>
        <translation>&lt;b&gt;Gut zu wissen:&lt;/b&gt; Das Blockieren von IP-Fragmenten stört auch Kerberos über UDP, dessen Tickets oft fragmentiert sind; Microsoft empfiehlt, Fragmente nicht zu blockieren, wo sich Domänenmitglieder durch die Firewall authentifizieren. Das Deaktivieren der Option behebt beides.</translation>
    </message>
    <message>
        <source>You use a pre-shared key: messages 5 and 6 are small then, so this cause is unlikely. A capture on the next page shows whether anything is fragmented at all.</source>
        <translation>Sie verwenden einen vorinstallierten Schlüssel: Dann sind die Nachrichten 5 und 6 klein, und diese Ursache ist unwahrscheinlich. Der Mitschnitt auf der nächsten Seite zeigt, ob überhaupt etwas fragmentiert wird.</translation>
    </message>
</context>
<context>
    <name>ConsoleLabel</name>
    <message>
        <source>Click Apply to save changes and update the configuration.</source>
        <translation>Klicken Sie auf &quot;Übernehmen&quot;, um die Änderungen zu speichern und die Konfiguration zu aktualisieren.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Help Topics</source>
        <translation>Hilfethemen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Saving Configuration Changes</source>
        <translation>Konfigurationsänderungen werden gespeichert</translation>
    </message>
    <message>
        <source>Changes to the configuration were successfully saved.</source>
        <translation>Die Konfigurationsänderungen wurden erfolgreich gespeichert.</translation>
    </message>
    <message>
        <source>Firewall Policy Tasks</source>
        <translation>Firewallrichtlinienaufgaben</translation>
    </message>
    <message>
        <source>Related Tasks</source>
        <translation>Verwandte Aufgaben</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>Firewall Policy</source>
        <translation>Firewallrichtlinie</translation>
    </message>
    <message>
        <source>Virtual Private Networks (VPN)</source>
        <translation>Virtuelle private Netzwerke (VPN)</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Add-ins</source>
        <translation>Add-Ins</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Arrays</source>
        <translation>Arrays</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Logs &amp; Reports</source>
        <translation>Protokolle und Berichte</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Web Access Policy</source>
        <translation>Webzugriffsrichtlinie</translation>
    </message>
    <message>
        <source>Intrusion Prevention System</source>
        <translation>Eindringschutzsystem</translation>
    </message>
    <message>
        <source>Remote Access Policy (VPN)</source>
        <translation>RAS-Richtlinie (VPN)</translation>
    </message>
    <message>
        <source>Update Center</source>
        <translation>Updatecenter</translation>
    </message>
    <message>
        <source>IP Options</source>
        <translation>IP-Optionen</translation>
    </message>
    <message>
        <source>IP Fragments</source>
        <translation>IP-Fragmente</translation>
    </message>
    <message>
        <source>IP Routing</source>
        <translation>IP-Routing</translation>
    </message>
    <message>
        <source>IP Preferences</source>
        <translation>IP-Einstellungen</translation>
    </message>
    <message>
        <source>Additional Security Policy</source>
        <translation>Zusätzliche Sicherheitsrichtlinie</translation>
    </message>
    <message>
        <source>Define IP Preferences</source>
        <translation>IP-Einstellungen definieren</translation>
    </message>
    <message>
        <source>Configure IP Protection</source>
        <translation>IP-Schutz konfigurieren</translation>
    </message>
    <message>
        <source>Configure IP Preferences</source>
        <translation>IP-Einstellungen konfigurieren</translation>
    </message>
    <message>
        <source>Configure IP Options Filtering</source>
        <translation>IP-Optionsfilterung konfigurieren</translation>
    </message>
    <message>
        <source>Enable Intrusion Detection and DNS Attack Detection</source>
        <translation>Eindringversuchs- und DNS-Angriffserkennung aktivieren</translation>
    </message>
    <message>
        <source>Define RADIUS Servers</source>
        <translation>RADIUS-Server definieren</translation>
    </message>
    <message>
        <source>Define LDAP and RADIUS Servers</source>
        <translation>LDAP- und RADIUS-Server definieren</translation>
    </message>
    <message>
        <source>Specify DiffServ Preferences</source>
        <translation>DiffServ-Einstellungen festlegen</translation>
    </message>
    <message>
        <source>Configure Flood Mitigation Settings</source>
        <translation>Einstellungen für Flood-Abwehr konfigurieren</translation>
    </message>
    <message>
        <source>Create Access Rule</source>
        <translation>Zugriffsregel erstellen</translation>
    </message>
    <message>
        <source>Enable Intrusion Detection</source>
        <translation>Eindringversuchserkennung aktivieren</translation>
    </message>
    <message>
        <source>Edit System Policy</source>
        <translation>Systemrichtlinie bearbeiten</translation>
    </message>
    <message>
        <source>Network Inspection System (NIS)</source>
        <translation>Netzwerkinspektionssystem (NIS)</translation>
    </message>
    <message>
        <source>Behavioral Intrusion Detection</source>
        <translation>Verhaltensbasierte Eindringversuchserkennung</translation>
    </message>
    <message>
        <source>Configure Detection Settings for Common Network Attacks</source>
        <translation>Erkennungseinstellungen für allgemeine Netzwerkangriffe konfigurieren</translation>
    </message>
    <message>
        <source>ISA Server Management</source>
        <translation>ISA Server-Verwaltung</translation>
    </message>
    <message>
        <source>Microsoft Internet Security and Acceleration Server 2006</source>
        <translation>Microsoft Internet Security and Acceleration Server 2006</translation>
    </message>
    <message>
        <source>Microsoft Forefront Threat Management Gateway, Medium Business Edition Management</source>
        <translation>Verwaltung von Microsoft Forefront Threat Management Gateway, Medium Business Edition</translation>
    </message>
    <message>
        <source>Forefront TMG MBE Management</source>
        <translation>Forefront TMG MBE-Verwaltung</translation>
    </message>
    <message>
        <source>Forefront TMG Management</source>
        <translation>Forefront TMG-Verwaltung</translation>
    </message>
    <message>
        <source>Microsoft Forefront Threat Management Gateway</source>
        <translation>Microsoft Forefront Threat Management Gateway</translation>
    </message>
    <message>
        <source>Block IP fragments</source>
        <translation>IP-Fragmente blockieren</translation>
    </message>
    <message>
        <source>Enable IP options filtering</source>
        <translation>IP-Optionsfilterung aktivieren</translation>
    </message>
    <message>
        <source>Deny packets with the selected IP options</source>
        <translation>Pakete mit den ausgewählten IP-Optionen verweigern</translation>
    </message>
    <message>
        <source>Deny all packets with any IP option</source>
        <translation>Alle Pakete mit einer beliebigen IP-Option verweigern</translation>
    </message>
    <message>
        <source>Deny packets with all except selected IP options</source>
        <translation>Pakete mit allen außer den ausgewählten IP-Optionen verweigern</translation>
    </message>
    <message>
        <source>Enable IP routing</source>
        <translation>IP-Routing aktivieren</translation>
    </message>
</context>
<context>
    <name>ConsoleMimic</name>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Console tree</source>
        <translation>Konsolenstruktur</translation>
    </message>
    <message>
        <source>Task pane</source>
        <translation>Aufgabenbereich</translation>
    </message>
    <message>
        <source>The change is already made.</source>
        <translation>Die Änderung ist bereits vorgenommen.</translation>
    </message>
    <message>
        <source>Not there. %1</source>
        <translation>Nicht dort. %1</translation>
    </message>
    <message>
        <source>The console&apos;s tree, as on the server. Move to the highlighted node with the arrow keys; the instruction above the console says which one.</source>
        <translation>Die Konsolenstruktur wie auf dem Server. Gehen Sie mit den Pfeiltasten zum hervorgehobenen Knoten; die Anweisung über der Konsole nennt ihn.</translation>
    </message>
    <message>
        <source>Firewall policy rules</source>
        <translation>Regeln der Firewallrichtlinie</translation>
    </message>
</context>
<context>
    <name>ConsoleScript</name>
    <message>
        <source>In the Enterprise Edition the setting belongs to the array: every server in %1 gets it. (The server you typed, %2, is a member of this array.)</source>
        <translation>In der Enterprise Edition gehört die Einstellung zum Array: Jeder Server in %1 erhält sie. (Der eingegebene Server %2 ist Mitglied dieses Arrays.)</translation>
    </message>
    <message>
        <source>In TMG 2010 &quot;Block IP fragments&quot; is off by default. If it is checked on this server, someone turned it on.</source>
        <translation>In TMG 2010 ist &quot;Block IP fragments&quot; standardmäßig aus. Ist es auf diesem Server aktiviert, hat es jemand eingeschaltet.</translation>
    </message>
    <message>
        <source>Done: the change is saved. Existing VPN sessions keep the old policy, so disconnect the VPN client and connect it again before you verify.</source>
        <translation>Fertig: Die Änderung ist gespeichert. Bestehende VPN-Sitzungen behalten die alte Richtlinie; trennen Sie daher den VPN-Client und verbinden Sie ihn neu, bevor Sie prüfen.</translation>
    </message>
    <message>
        <source>In the console tree, expand %1.</source>
        <translation>Erweitern Sie in der Konsolenstruktur %1.</translation>
    </message>
    <message>
        <source>In the console tree, click %1.</source>
        <translation>Klicken Sie in der Konsolenstruktur auf %1.</translation>
    </message>
    <message>
        <source>In the details pane, click the %1 tab.</source>
        <translation>Klicken Sie im Detailbereich auf die Registerkarte %1.</translation>
    </message>
    <message>
        <source>In the task pane, on the Tasks tab, click %1.</source>
        <translation>Klicken Sie im Aufgabenbereich auf der Registerkarte Tasks (Aufgaben) auf %1.</translation>
    </message>
    <message>
        <source>In the details pane, under %1, click %2.</source>
        <translation>Klicken Sie im Detailbereich unter %1 auf %2.</translation>
    </message>
    <message>
        <source>In the details pane, click %1.</source>
        <translation>Klicken Sie im Detailbereich auf %1.</translation>
    </message>
    <message>
        <source>(Some builds label it %1.)</source>
        <translation>(Manche Builds nennen es %1.)</translation>
    </message>
    <message>
        <source>Click the %1 tab.</source>
        <translation>Klicken Sie auf die Registerkarte %1.</translation>
    </message>
    <message>
        <source>Clear the %1 check box.</source>
        <translation>Deaktivieren Sie das Kontrollkästchen %1.</translation>
    </message>
    <message>
        <source>Click %1 to close the dialog.</source>
        <translation>Klicken Sie auf %1, um das Dialogfeld zu schließen.</translation>
    </message>
    <message>
        <source>Click %1 to update the firewall policy.</source>
        <translation>Klicken Sie auf %1, um die Firewallrichtlinie zu aktualisieren.</translation>
    </message>
    <message>
        <source>Click %1 when the configuration is saved.</source>
        <translation>Klicken Sie auf %1, wenn die Konfiguration gespeichert ist.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>ElsewherePage</name>
    <message>
        <source>Error %1 is not the problem KB 838438 solves</source>
        <translation>Fehler %1 ist nicht das Problem, das KB 838438 löst</translation>
    </message>
    <message>
        <source>Blocked IP fragments make the client time out with 792; this error means something else.</source>
        <translation>Blockierte IP-Fragmente lassen den Client mit 792 in ein Timeout laufen; dieser Fehler bedeutet etwas anderes.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Microsoft&apos;s message:&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;&lt;b&gt;How it differs from 792:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Where to look instead:&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;If the client later reports Error 792, start this wizard again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Meldung von Microsoft:&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;&lt;b&gt;Unterschied zu 792:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Wo Sie stattdessen suchen:&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;Meldet der Client später Fehler 792, starten Sie diesen Assistenten erneut.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>KB 838438 does not apply to %1</source>
        <translation>KB 838438 gilt nicht für %1</translation>
    </message>
    <message>
        <source>Error 792 comes from an IKE negotiation, and only L2TP/IPsec uses IKE.</source>
        <translation>Fehler 792 stammt aus einer IKE-Aushandlung, und nur L2TP/IPsec verwendet IKE.</translation>
    </message>
    <message>
        <source>&lt;p&gt;PPTP carries its control channel over TCP port 1723 and its data in GRE (IP protocol 47). There is no IKE negotiation and no certificate exchange, so blocked IP fragments cannot cause a security-negotiation timeout.&lt;/p&gt;&lt;p&gt;Check the connection&apos;s VPN type on the client: if it is set to &quot;Automatic&quot; Windows may have tried L2TP/IPsec first. Set it to L2TP/IPsec explicitly and run this wizard again if the client then reports 792.&lt;/p&gt;</source>
        <translation>&lt;p&gt;PPTP führt seinen Steuerkanal über TCP-Port 1723 und die Daten in GRE (IP-Protokoll 47). Es gibt keine IKE-Aushandlung und keinen Zertifikataustausch, daher können blockierte IP-Fragmente kein Timeout der Sicherheitsaushandlung verursachen.&lt;/p&gt;&lt;p&gt;Prüfen Sie den VPN-Typ der Verbindung auf dem Client: Steht er auf &quot;Automatisch&quot;, hat Windows vielleicht zuerst L2TP/IPsec versucht. Stellen Sie L2TP/IPsec ausdrücklich ein und starten Sie diesen Assistenten erneut, wenn der Client dann 792 meldet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;SSTP carries PPP inside HTTPS (TCP port 443). TCP segments its own data, so nothing is IP-fragmented and there is no IKE negotiation to time out.&lt;/p&gt;&lt;p&gt;Check the connection&apos;s VPN type on the client: if it is set to &quot;Automatic&quot; Windows may have tried L2TP/IPsec first. Set it to L2TP/IPsec explicitly and run this wizard again if the client then reports 792.&lt;/p&gt;</source>
        <translation>&lt;p&gt;SSTP führt PPP innerhalb von HTTPS (TCP-Port 443). TCP segmentiert seine Daten selbst, daher wird nichts IP-fragmentiert, und es gibt keine IKE-Aushandlung, die ablaufen könnte.&lt;/p&gt;&lt;p&gt;Prüfen Sie den VPN-Typ der Verbindung auf dem Client: Steht er auf &quot;Automatisch&quot;, hat Windows vielleicht zuerst L2TP/IPsec versucht. Stellen Sie L2TP/IPsec ausdrücklich ein und starten Sie diesen Assistenten erneut, wenn der Client dann 792 meldet.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>EnvironmentPage</name>
    <message>
        <source>Describe the VPN server</source>
        <translation>VPN-Server beschreiben</translation>
    </message>
    <message>
        <source>The answers decide whether KB 838438 applies and which console the resolution shows.</source>
        <translation>Die Antworten entscheiden, ob KB 838438 zutrifft und welche Konsole die Lösung zeigt.</translation>
    </message>
    <message>
        <source>Firewall product on the VPN server</source>
        <translation>Firewallprodukt auf dem VPN-Server</translation>
    </message>
    <message>
        <source>Choose the product…</source>
        <translation>Produkt auswählen…</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Servername</translation>
    </message>
    <message>
        <source>e.g. ISA01 (as shown in the console tree)</source>
        <translation>z. B. ISA01 (wie in der Konsolenstruktur angezeigt)</translation>
    </message>
    <message>
        <source>Array name</source>
        <translation>Arrayname</translation>
    </message>
    <message>
        <source>e.g. Main Array</source>
        <translation>z. B. Main Array</translation>
    </message>
    <message>
        <source>&amp;Array name:</source>
        <translation>&amp;Arrayname:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Produkt:</translation>
    </message>
    <message>
        <source>&amp;Server name:</source>
        <translation>&amp;Servername:</translation>
    </message>
    <message>
        <source>VPN protocol the client uses</source>
        <translation>VPN-Protokoll des Clients</translation>
    </message>
    <message>
        <source>L2TP/IPsec</source>
        <translation>L2TP/IPsec</translation>
    </message>
    <message>
        <source>PPTP</source>
        <translation>PPTP</translation>
    </message>
    <message>
        <source>SSTP</source>
        <translation>SSTP</translation>
    </message>
    <message>
        <source>IPsec authentication</source>
        <translation>IPsec-Authentifizierung</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>Pre-shared key</source>
        <translation>Vorinstallierter Schlüssel</translation>
    </message>
    <message>
        <source>KB 838438 does not name TMG 2010, but the same setting exists there (Intrusion Prevention System). It is off by default, so check whether someone turned it on.</source>
        <translation>KB 838438 nennt TMG 2010 nicht, aber dieselbe Einstellung gibt es dort (Eindringschutzsystem). Sie ist standardmäßig aus; prüfen Sie, ob jemand sie eingeschaltet hat.</translation>
    </message>
    <message>
        <source>In the Enterprise Edition the setting belongs to the array, not to one server.</source>
        <translation>In der Enterprise Edition gehört die Einstellung zum Array, nicht zu einem einzelnen Server.</translation>
    </message>
    <message>
        <source>L2TP/IPsec negotiates with IKE first; that is where Error 792 comes from.</source>
        <translation>L2TP/IPsec verhandelt zuerst mit IKE; daher kommt Fehler 792.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This KB does not apply:&lt;/b&gt; PPTP uses TCP 1723 and GRE, never IKE, so it cannot produce a security-negotiation timeout.</source>
        <translation>&lt;b&gt;Dieser KB-Artikel gilt nicht:&lt;/b&gt; PPTP verwendet TCP 1723 und GRE, nie IKE, und kann daher kein Timeout der Sicherheitsaushandlung erzeugen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This KB does not apply:&lt;/b&gt; SSTP runs inside HTTPS (TCP 443), never IKE, and TCP is not IP-fragmented this way.</source>
        <translation>&lt;b&gt;Dieser KB-Artikel gilt nicht:&lt;/b&gt; SSTP läuft in HTTPS (TCP 443), nie über IKE, und TCP wird auf diese Weise nicht IP-fragmentiert.</translation>
    </message>
    <message>
        <source>With a pre-shared key, Main Mode messages 5 and 6 carry only a small hash (well under 100 bytes), so they are rarely fragmented and this KB is unlikely to be the cause. The capture will tell.</source>
        <translation>Mit vorinstalliertem Schlüssel enthalten die Main-Mode-Nachrichten 5 und 6 nur einen kleinen Hash (deutlich unter 100 Byte); sie werden selten fragmentiert, und dieser KB-Artikel ist kaum die Ursache. Der Mitschnitt zeigt es.</translation>
    </message>
    <message>
        <source>With certificates, Main Mode messages 5 and 6 carry the certificate chain (often 2 to 4 KB), larger than one packet: they are IP-fragmented.</source>
        <translation>Mit Zertifikaten enthalten die Main-Mode-Nachrichten 5 und 6 die Zertifikatkette (oft 2 bis 4 KB), mehr als ein Paket: Sie werden IP-fragmentiert.</translation>
    </message>
    <message>
        <source>Clear the server name</source>
        <translation>Servernamen löschen</translation>
    </message>
    <message>
        <source>The capture shows IKE version 1, so the client uses L2TP/IPsec.</source>
        <translation>Der Mitschnitt zeigt IKE Version 1, also verwendet der Client L2TP/IPsec.</translation>
    </message>
    <message>
        <source>Certificates were requested or sent, so IPsec authenticates with certificates.</source>
        <translation>Zertifikate wurden angefordert oder gesendet, also authentifiziert IPsec mit Zertifikaten.</translation>
    </message>
    <message>
        <source>Main Mode went past message 4 without a certificate request, so IPsec most likely uses a pre-shared key.</source>
        <translation>Der Main Mode kam ohne Zertifikatsanforderung über Nachricht 4 hinaus, also verwendet IPsec höchstwahrscheinlich einen vorinstallierten Schlüssel.</translation>
    </message>
    <message>
        <source>Filled in from the capture (change an answer if the capture is not of this server&apos;s VPN):</source>
        <translation>Aus dem Mitschnitt übernommen (ändern Sie eine Antwort, wenn der Mitschnitt nicht vom VPN dieses Servers stammt):</translation>
    </message>
</context>
<context>
    <name>EvidenceLogPanel</name>
    <message>
        <source>Cancel reading</source>
        <translation>Lesen abbrechen</translation>
    </message>
    <message>
        <source>Open the client&apos;s event &amp;log...</source>
        <translation>Ereignisprotoko&amp;ll des Clients öffnen...</translation>
    </message>
    <message>
        <source>Open an ISA/TMG &amp;firewall log...</source>
        <translation>ISA/TMG-&amp;Firewallprotokoll öffnen...</translation>
    </message>
    <message>
        <source>Open the client&apos;s event log</source>
        <translation>Ereignisprotokoll des Clients öffnen</translation>
    </message>
    <message>
        <source>Open an ISA/TMG firewall log</source>
        <translation>ISA/TMG-Firewallprotokoll öffnen</translation>
    </message>
    <message>
        <source>Optional: an exported event log (.evtx, Event Viewer XML, wevtutil text or CSV) shows the error RasClient 20227 recorded and how far Main Mode got.</source>
        <translation>Optional: Ein exportiertes Ereignisprotokoll (.evtx, XML aus der Ereignisanzeige, Text von „wevtutil“ oder CSV) zeigt, welchen Fehler RasClient 20227 protokolliert hat und wie weit der Hauptmodus kam.</translation>
    </message>
    <message>
        <source>Optional, beside or instead of a capture: a W3C firewall log file, or the log viewer&apos;s copy or export. Logs kept in MSDE or SQL are databases: in ISA/TMG Management open Monitoring &gt; Logging, filter, then select the rows and copy them (Ctrl+C) into a text file, or export them.</source>
        <translation>Optional, neben oder statt eines Mitschnitts: eine W3C-Firewallprotokolldatei oder eine Kopie bzw. ein Export aus der Protokollanzeige. In MSDE oder SQL gespeicherte Protokolle sind Datenbanken: Öffnen Sie in der ISA/TMG-Verwaltung Überwachung &gt; Protokollierung, filtern Sie, markieren Sie dann die Zeilen und kopieren Sie sie (Strg+C) in eine Textdatei, oder exportieren Sie sie.</translation>
    </message>
    <message>
        <source>Log reading progress</source>
        <translation>Fortschritt beim Lesen des Protokolls</translation>
    </message>
    <message>
        <source>Cancel reading the log</source>
        <translation>Lesen des Protokolls abbrechen</translation>
    </message>
    <message>
        <source>What the log shows</source>
        <translation>Was das Protokoll zeigt</translation>
    </message>
    <message>
        <source>Open an event log</source>
        <translation>Ereignisprotokoll öffnen</translation>
    </message>
    <message>
        <source>Open a firewall log</source>
        <translation>Firewallprotokoll öffnen</translation>
    </message>
    <message>
        <source>Logs (*.evtx *.evt *.xml *.txt *.csv *.log *.w3c *.tsv);;All files (*)</source>
        <translation>Protokolle (*.evtx *.evt *.xml *.txt *.csv *.log *.w3c *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>%1 wird gelesen...</translation>
    </message>
    <message>
        <source>Not a log frag792 can read (Windows event log, WFP net events, oakley.log or ISA/TMG firewall log): %1</source>
        <translation>Kein Protokoll, das frag792 lesen kann (Windows-Ereignisprotokoll, WFP-Netzereignisse, oakley.log oder ISA/TMG-Firewallprotokoll): %1</translation>
    </message>
    <message>
        <source>Reading cancelled after %1 of %2 bytes; what was read so far is kept.</source>
        <translation>Lesen nach %1 von %2 Bytes abgebrochen; das bisher Gelesene bleibt erhalten.</translation>
    </message>
    <message>
        <source>Read %1.</source>
        <translation>%1 gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) recognised.</source>
        <translation>
            <numerusform>%n Eintrag erkannt.</numerusform>
            <numerusform>%n Einträge erkannt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading stopped early: %1</source>
        <translation>Lesen vorzeitig beendet: %1</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>IKE SA between %1 (initiator) and %2 (responder) completed.</source>
        <translation>Die IKE-SA zwischen %1 (Initiator) und %2 (Responder) wurde vollständig ausgehandelt.</translation>
    </message>
    <message>
        <source>IKE SA between %1 (initiator) and %2 (responder) was established before the capture started.</source>
        <translation>Die IKE-SA zwischen %1 (Initiator) und %2 (Responder) bestand schon vor Beginn des Mitschnitts.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln IKE messages arrived in IP fragments and were answered: fragments get through.</source>
        <translation>
            <numerusform>%Ln IKE-Nachricht kam in IP-Fragmenten an und wurde beantwortet: Fragmente kommen durch.</numerusform>
            <numerusform>%Ln IKE-Nachrichten kamen in IP-Fragmenten an und wurden beantwortet: Fragmente kommen durch.</numerusform>
        </translation>
    </message>
    <message>
        <source>The peers used IKE-level fragmentation, so no IP fragments were needed.</source>
        <translation>Die Gegenstellen haben IKE-Fragmentierung verwendet, daher waren keine IP-Fragmente nötig.</translation>
    </message>
    <message>
        <source>After phase 1: %1.</source>
        <translation>Nach Phase 1: %1.</translation>
    </message>
    <message>
        <source>IKE SA between %1 (initiator) and %2 (responder) stalled at %3 (%4 bytes of IKE, sent by the initiator).</source>
        <translation>Die IKE-SA zwischen %1 (Initiator) und %2 (Responder) hängt bei %3 (%4 Byte IKE, vom Initiator gesendet).</translation>
    </message>
    <message>
        <source>IKE SA between %1 (initiator) and %2 (responder) stalled at %3 (%4 bytes of IKE, sent by the responder).</source>
        <translation>Die IKE-SA zwischen %1 (Initiator) und %2 (Responder) hängt bei %3 (%4 Byte IKE, vom Responder gesendet).</translation>
    </message>
    <message>
        <source>%1 left complete in %2 IP fragments (largest fragment %3 bytes).</source>
        <translation>%1 ging vollständig in %2 IP-Fragmenten hinaus (größtes Fragment %3 Byte).</translation>
    </message>
    <message>
        <source>%1 arrived complete in %2 IP fragments (largest fragment %3 bytes).</source>
        <translation>%1 kam vollständig in %2 IP-Fragmenten an (größtes Fragment %3 Byte).</translation>
    </message>
    <message>
        <source>%1 fitted in one packet (not IP-fragmented).</source>
        <translation>%1 passte in ein Paket (nicht IP-fragmentiert).</translation>
    </message>
    <message numerus="yes">
        <source>%1 was retransmitted %Ln times over %2 s.</source>
        <translation>
            <numerusform>%1 wurde einmal wiederholt, %2 s später.</numerusform>
            <numerusform>%1 wurde innerhalb von %2 s %Ln-mal wiederholt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not retransmitted before the capture ended (%2 s later); a longer capture makes the verdict firmer.</source>
        <translation>%1 wurde bis zum Ende des Mitschnitts (%2 s später) nicht wiederholt; ein längerer Mitschnitt macht das Urteil sicherer.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln datagrams from %1 to %2 never completed: some of their fragments never arrived.</source>
        <translation>
            <numerusform>%Ln Datagramm von %1 an %2 wurde nie vollständig: Einige seiner Fragmente kamen nie an.</numerusform>
            <numerusform>%Ln Datagramme von %1 an %2 wurden nie vollständig: Einige ihrer Fragmente kamen nie an.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The answer %1 arrived complete in %Ln IP fragments, yet the initiator kept repeating %2.</source>
        <translation>
            <numerusform>Die Antwort %1 kam in einem Paket an, dennoch hat der Initiator %2 weiter wiederholt.</numerusform>
            <numerusform>Die Antwort %1 kam vollständig in %Ln IP-Fragmenten an, dennoch hat der Initiator %2 weiter wiederholt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The answer %1 was sent in %Ln IP fragments, yet the initiator kept repeating %2.</source>
        <translation>
            <numerusform>Die Antwort %1 wurde in einem Paket gesendet, dennoch hat der Initiator %2 weiter wiederholt.</numerusform>
            <numerusform>Die Antwort %1 wurde in %Ln IP-Fragmenten gesendet, dennoch hat der Initiator %2 weiter wiederholt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer to %1 was seen.</source>
        <translation>Es wurde keine Antwort auf %1 gesehen.</translation>
    </message>
    <message>
        <source>The initiator&apos;s next message (%1) never arrived here.</source>
        <translation>Die nächste Nachricht des Initiators (%1) kam hier nie an.</translation>
    </message>
    <message>
        <source>A certificate request was exchanged, so %1 carries certificates and is expected to exceed the MTU.</source>
        <translation>Es wurde eine Zertifikatanforderung ausgetauscht, daher enthält %1 Zertifikate und überschreitet voraussichtlich die MTU.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln datagrams from the initiator arrived with fragments missing.</source>
        <translation>
            <numerusform>%Ln Datagramm vom Initiator kam mit fehlenden Fragmenten an.</numerusform>
            <numerusform>%Ln Datagramme vom Initiator kamen mit fehlenden Fragmenten an.</numerusform>
        </translation>
    </message>
    <message>
        <source>Capture point: %1, %2.</source>
        <translation>Aufzeichnungspunkt: %1, %2.</translation>
    </message>
    <message>
        <source>No IKE message on UDP 500 or 4500 was decoded.</source>
        <translation>Es wurde keine IKE-Nachricht auf UDP 500 oder 4500 dekodiert.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fragmented datagrams to or from UDP 500/4500 never completed.</source>
        <translation>
            <numerusform>%Ln fragmentiertes Datagramm von oder an UDP 500/4500 wurde nie vollständig.</numerusform>
            <numerusform>%Ln fragmentierte Datagramme von oder an UDP 500/4500 wurden nie vollständig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 IKE SAs seen, %Ln did not complete; the most specific finding is shown.</source>
        <translation>
            <numerusform>%1 IKE-SAs gesehen, davon %Ln nicht abgeschlossen; der genaueste Befund wird gezeigt.</numerusform>
            <numerusform>%1 IKE-SAs gesehen, davon %Ln nicht abgeschlossen; der genaueste Befund wird gezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln datagrams on UDP 500/4500 were not valid IKE (see malformed).</source>
        <translation>
            <numerusform>%Ln Datagramm auf UDP 500/4500 war kein gültiges IKE (siehe Fehlerhaft).</numerusform>
            <numerusform>%Ln Datagramme auf UDP 500/4500 waren kein gültiges IKE (siehe Fehlerhaft).</numerusform>
        </translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>established before the capture started</source>
        <translation>vor Beginn des Mitschnitts hergestellt</translation>
    </message>
    <message>
        <source>stalled at %1</source>
        <translation>hängt bei %1</translation>
    </message>
    <message>
        <source>stalled after %1: %2 never arrived</source>
        <translation>hängt nach %1: %2 kam nie an</translation>
    </message>
    <message>
        <source>Quick Mode (phase 2) was started but never answered: an IPsec policy or ESP problem, not a fragment problem</source>
        <translation>Quick Mode (Phase 2) wurde gestartet, aber nie beantwortet: ein Problem mit IPsec-Richtlinie oder ESP, kein Fragmentproblem</translation>
    </message>
    <message>
        <source>CREATE_CHILD_SA was never answered: a child SA problem, not a fragment problem</source>
        <translation>CREATE_CHILD_SA wurde nie beantwortet: ein Problem mit der Child-SA, kein Fragmentproblem</translation>
    </message>
    <message>
        <source>an error notification (type %1) followed the completed phase 1</source>
        <translation>Eine Fehlerbenachrichtigung (Typ %1) folgte auf die abgeschlossene Phase 1</translation>
    </message>
    <message>
        <source>stated by the user (%1)</source>
        <translation>vom Benutzer angegeben (%1)</translation>
    </message>
    <message>
        <source>the responder %1 is one of the addresses of interface %2</source>
        <translation>der Responder %1 ist eine der Adressen der Schnittstelle %2</translation>
    </message>
    <message>
        <source>the responder %1 is the address given with --server</source>
        <translation>der Responder %1 ist die mit --server angegebene Adresse</translation>
    </message>
    <message>
        <source>the initiator %1 is one of the addresses of interface %2</source>
        <translation>der Initiator %1 ist eine der Adressen der Schnittstelle %2</translation>
    </message>
    <message>
        <source>the initiator %1 is the address given with --server</source>
        <translation>der Initiator %1 ist die mit --server angegebene Adresse</translation>
    </message>
    <message>
        <source>neither peer is one of the addresses of interface %1</source>
        <translation>keine der Gegenstellen hat eine Adresse der Schnittstelle %1</translation>
    </message>
    <message>
        <source>neither peer is the address given with --server (%1)</source>
        <translation>keine der Gegenstellen hat die mit --server angegebene Adresse (%1)</translation>
    </message>
    <message>
        <source>only one side of the exchange was captured, so TTLs cannot be compared</source>
        <translation>nur eine Seite des Austauschs wurde aufgezeichnet, daher lassen sich die TTLs nicht vergleichen</translation>
    </message>
    <message>
        <source>inferred from TTLs (initiator TTL %1, responder TTL %2): the responder&apos;s packets had not crossed a router yet</source>
        <translation>aus den TTLs abgeleitet (Initiator-TTL %1, Responder-TTL %2): Die Pakete des Responders hatten noch keinen Router passiert</translation>
    </message>
    <message>
        <source>inferred from TTLs (initiator TTL %1, responder TTL %2): the initiator&apos;s packets had not crossed a router yet</source>
        <translation>aus den TTLs abgeleitet (Initiator-TTL %1, Responder-TTL %2): Die Pakete des Initiators hatten noch keinen Router passiert</translation>
    </message>
    <message>
        <source>inferred from TTLs (initiator TTL %1, responder TTL %2): both sides&apos; packets had crossed a router</source>
        <translation>aus den TTLs abgeleitet (Initiator-TTL %1, Responder-TTL %2): Die Pakete beider Seiten hatten einen Router passiert</translation>
    </message>
    <message>
        <source>TTLs do not tell (initiator TTL %1, responder TTL %2); use --server ADDR or state where the capture was taken</source>
        <translation>die TTLs sind nicht eindeutig (Initiator-TTL %1, Responder-TTL %2); verwenden Sie --server ADDR oder geben Sie an, wo aufgezeichnet wurde</translation>
    </message>
    <message>
        <source>as the user stated</source>
        <translation>wie vom Benutzer angegeben</translation>
    </message>
    <message>
        <source>The verdict assumes the capture was taken %1 (%2), but the TTLs say it was taken at the server (initiator TTL %3, responder TTL %4: the responder&apos;s packets had not crossed a router yet). %5</source>
        <translation>Das Urteil geht davon aus, dass der Mitschnitt %1 aufgenommen wurde (%2), die TTLs sagen aber, dass er am Server aufgenommen wurde (Initiator-TTL %3, Responder-TTL %4: Die Pakete des Responders hatten noch keinen Router passiert). %5</translation>
    </message>
    <message>
        <source>The verdict assumes the capture was taken %1 (%2), but the TTLs say it was taken at the client (initiator TTL %3, responder TTL %4: the initiator&apos;s packets had not crossed a router yet). %5</source>
        <translation>Das Urteil geht davon aus, dass der Mitschnitt %1 aufgenommen wurde (%2), die TTLs sagen aber, dass er am Client aufgenommen wurde (Initiator-TTL %3, Responder-TTL %4: Die Pakete des Initiators hatten noch keinen Router passiert). %5</translation>
    </message>
    <message>
        <source>The verdict assumes the capture was taken %1 (%2), but the TTLs say it was taken on the path between client and server (initiator TTL %3, responder TTL %4: both sides&apos; packets had crossed a router). %5</source>
        <translation>Das Urteil geht davon aus, dass der Mitschnitt %1 aufgenommen wurde (%2), die TTLs sagen aber, dass er auf dem Weg zwischen Client und Server aufgenommen wurde (Initiator-TTL %3, Responder-TTL %4: Die Pakete beider Seiten hatten einen Router passiert). %5</translation>
    </message>
    <message>
        <source>If the TTLs are right, the verdict is %1.</source>
        <translation>Haben die TTLs recht, lautet das Urteil %1.</translation>
    </message>
    <message>
        <source>The verdict is the same either way.</source>
        <translation>Das Urteil ist in beiden Fällen dasselbe.</translation>
    </message>
    <message>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>at the server</source>
        <translation>am Server</translation>
    </message>
    <message>
        <source>client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>at the client</source>
        <translation>am Client</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Übertragungsweg</translation>
    </message>
    <message>
        <source>on the path between client and server</source>
        <translation>auf dem Weg zwischen Client und Server</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>at an unknown point</source>
        <translation>an einem unbekannten Punkt</translation>
    </message>
    <message>
        <source>The authentication method chosen in MM2 is %2, so %1 carries a certificate and is expected to exceed the MTU.</source>
        <translation>Die in MM2 gewählte Authentifizierungsmethode ist %2, daher enthält %1 ein Zertifikat und überschreitet voraussichtlich die MTU.</translation>
    </message>
    <message>
        <source>Every authentication method offered in MM1 (%2) uses certificates, so %1 carries one and is expected to exceed the MTU.</source>
        <translation>Jede in MM1 angebotene Authentifizierungsmethode (%2) verwendet Zertifikate, daher enthält %1 eines und überschreitet voraussichtlich die MTU.</translation>
    </message>
    <message>
        <source>An IKE_AUTH message of this SA was too large for pre-shared-key authentication, so %1 carries certificates and is expected to exceed the MTU.</source>
        <translation>Eine IKE_AUTH-Nachricht dieser SA war für eine Authentifizierung mit vorinstalliertem Schlüssel zu groß, daher enthält %1 Zertifikate und überschreitet voraussichtlich die MTU.</translation>
    </message>
    <message>
        <source>RasClient 20221: dialing started (VPN strategy %1).</source>
        <translation>RasClient 20221: Einwahl gestartet (VPN-Strategie %1).</translation>
    </message>
    <message>
        <source>RasClient 20222: connecting on device %1.</source>
        <translation>RasClient 20222: Verbindung über Gerät %1.</translation>
    </message>
    <message>
        <source>RasClient 20225: the connection was established.</source>
        <translation>RasClient 20225: Die Verbindung wurde hergestellt.</translation>
    </message>
    <message>
        <source>RasClient 20227: the connection failed with error %1 (%2).</source>
        <translation>RasClient 20227: Die Verbindung ist mit Fehler %1 fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>%1: IPsec Main Mode failed between %2 and %3; state %4, role %5, failure code %6.</source>
        <translation>%1: IPsec-Main-Mode zwischen %2 und %3 fehlgeschlagen; Zustand %4, Rolle %5, Fehlercode %6.</translation>
    </message>
    <message>
        <source>oakley.log: a message of %1 bytes arrived from %2 where its IKE header said %3 bytes.</source>
        <translation>oakley.log: Eine Nachricht von %1 Byte kam von %2, obwohl ihr IKE-Header %3 Byte angab.</translation>
    </message>
    <message>
        <source>oakley.log: the negotiation with %1 timed out or got no response.</source>
        <translation>oakley.log: Die Aushandlung mit %1 lief in ein Timeout oder blieb ohne Antwort.</translation>
    </message>
    <message>
        <source>Firewall log row %1: an IP fragment from %2 to %3 was dropped (0xC0040013 FWX_E_FRAGMENT_PACKET_DROPPED, &quot;Block IP fragments&quot;).</source>
        <translation>Firewallprotokoll, Zeile %1: Ein IP-Fragment von %2 an %3 wurde verworfen (0xC0040013 FWX_E_FRAGMENT_PACKET_DROPPED, &quot;Block IP fragments&quot;).</translation>
    </message>
    <message>
        <source>Firewall log row %1: a packet from %2 to %3 was dropped with %4 (%5); that is not the fragment drop of KB 838438.</source>
        <translation>Firewallprotokoll, Zeile %1: Ein Paket von %2 an %3 wurde mit %4 (%5) verworfen; das ist nicht das Verwerfen von Fragmenten aus KB 838438.</translation>
    </message>
    <message>
        <source>Firewall log row %1: IKE traffic from %2 to %3 (%4).</source>
        <translation>Firewallprotokoll, Zeile %1: IKE-Verkehr von %2 an %3 (%4).</translation>
    </message>
    <message>
        <source>This verdict comes from logs alone: no packet was analysed.</source>
        <translation>Dieses Urteil stammt allein aus Protokollen: Es wurde kein Paket analysiert.</translation>
    </message>
    <message>
        <source>The firewall log %1 has no row with 0xC0040013 (%2 rows, %3 of them dropped packets). That proves nothing: logging of dropped packets may be off.</source>
        <translation>Das Firewallprotokoll %1 enthält keine Zeile mit 0xC0040013 (%2 Zeilen, davon %3 verworfene Pakete). Das beweist nichts: Die Protokollierung verworfener Pakete ist vielleicht ausgeschaltet.</translation>
    </message>
    <message>
        <source>The firewall log %1 has no result-code column, so it cannot show dropped fragments; export it with the Result Code column.</source>
        <translation>Das Firewallprotokoll %1 hat keine Spalte für den Ergebniscode und kann daher keine verworfenen Fragmente zeigen; exportieren Sie es mit der Spalte Result Code.</translation>
    </message>
    <message>
        <source>%1 gives the exporting machine&apos;s local time in an unknown zone: its items are not placed on the capture&apos;s timeline.</source>
        <translation>%1 gibt die Ortszeit des exportierenden Rechners in unbekannter Zeitzone an: Seine Einträge werden nicht in den Zeitverlauf des Mitschnitts eingeordnet.</translation>
    </message>
    <message>
        <source>%1 gives times in UTC, so they line up with a capture&apos;s packet times.</source>
        <translation>%1 gibt Zeiten in UTC an; sie passen daher zu den Paketzeiten eines Mitschnitts.</translation>
    </message>
    <message>
        <source>The logs agree with the packets: they alone would say %1.</source>
        <translation>Die Protokolle stimmen mit den Paketen überein: Allein würden sie %1 ergeben.</translation>
    </message>
    <message>
        <source>The logs alone would say %1, the packets say %2. The verdict follows the packets; check that the log and the capture show the same attempt.</source>
        <translation>Die Protokolle allein ergäben %1, die Pakete ergeben %2. Das Urteil folgt den Paketen; prüfen Sie, ob Protokoll und Mitschnitt denselben Verbindungsversuch zeigen.</translation>
    </message>
    <message>
        <source>A log item points away from blocked fragments: %1</source>
        <translation>Ein Protokolleintrag deutet weg von blockierten Fragmenten: %1</translation>
    </message>
    <message>
        <source>%1 could not be used as evidence: %2.</source>
        <translation>%1 konnte nicht als Beweis verwendet werden: %2.</translation>
    </message>
    <message>
        <source>The client&apos;s log shows error %1 but not where Main Mode stopped; turn on IPsec auditing (event 4653) or capture to locate the failure.</source>
        <translation>Das Protokoll des Clients zeigt Fehler %1, aber nicht, wo der Main Mode stehen blieb; schalten Sie die IPsec-Überwachung ein (Ereignis 4653) oder zeichnen Sie auf, um den Fehler einzugrenzen.</translation>
    </message>
    <message>
        <source>Log items more than 10 minutes away from the capture: %1. They are not from the same connection attempt and were not weighed against the packets.</source>
        <translation>Protokolleinträge mehr als 10 Minuten vom Mitschnitt entfernt: %1. Sie gehören nicht zum selben Verbindungsversuch und wurden nicht gegen die Pakete abgewogen.</translation>
    </message>
</context>
<context>
    <name>FragmentChartView</name>
    <message>
        <source>Chart of IP fragments and IKE messages over time</source>
        <translation>Diagramm der IP-Fragmente und IKE-Nachrichten über die Zeit</translation>
    </message>
    <message>
        <source>Packets: %1 · IP fragments: %2 · reassembled: %3 · incomplete: %4 · IKE messages: %5 · retransmissions: %6 · answers: %7 · kernel drops: %8</source>
        <translation>Pakete: %1 · IP-Fragmente: %2 · zusammengesetzt: %3 · unvollständig: %4 · IKE-Nachrichten: %5 · Wiederholungen: %6 · Antworten: %7 · Kernel-Verluste: %8</translation>
    </message>
    <message>
        <source>Per second during the capture: IP fragments, reassembled IKE messages, incomplete datagrams, retransmissions and answers. The counts below the chart and the verdict tab say the same in words.</source>
        <translation>Pro Sekunde während des Mitschnitts: IP-Fragmente, zusammengesetzte IKE-Nachrichten, unvollständige Datagramme, Wiederholungen und Antworten. Die Zähler unter dem Diagramm und die Registerkarte mit dem Urteil sagen dasselbe in Worten.</translation>
    </message>
</context>
<context>
    <name>FragmentDiagram</name>
    <message>
        <source>Diagram: blocked IP fragments</source>
        <translation>Diagramm: blockierte IP-Fragmente</translation>
    </message>
    <message>
        <source>The client sends Main Mode message 5 in three IP fragments. Only the first carries the UDP port. The firewall blocks IP fragments, so none reaches the VPN service; the client retransmits and finally reports Error 792.</source>
        <translation>Der Client sendet die Main-Mode-Nachricht 5 in drei IP-Fragmenten. Nur das erste trägt den UDP-Port. Die Firewall blockiert IP-Fragmente, daher erreicht keines den VPN-Dienst; der Client wiederholt und meldet schließlich Fehler 792.</translation>
    </message>
    <message>
        <source>IKE Main Mode message 5 (with certificate) is larger than the MTU</source>
        <translation>IKE-Main-Mode-Nachricht 5 (mit Zertifikat) ist größer als die MTU</translation>
    </message>
    <message>
        <source>VPN client
(L2TP/IPsec)</source>
        <translation>VPN-Client
(L2TP/IPsec)</translation>
    </message>
    <message>
        <source>VPN service
(IKE, UDP 500/4500)</source>
        <translation>VPN-Dienst
(IKE, UDP 500/4500)</translation>
    </message>
    <message>
        <source>ISA Server / Forefront TMG: the firewall has &quot;Block IP fragments&quot; on</source>
        <translation>ISA Server / Forefront TMG: In der Firewall ist &quot;Block IP fragments&quot; aktiviert</translation>
    </message>
    <message>
        <source>Fragment 1
IP + UDP 500 + IKE</source>
        <translation>Fragment 1
IP + UDP 500 + IKE</translation>
    </message>
    <message>
        <source>Fragment 2
IP + data (no port)</source>
        <translation>Fragment 2
IP + Daten (kein Port)</translation>
    </message>
    <message>
        <source>Fragment 3
IP + data (no port)</source>
        <translation>Fragment 3
IP + Daten (kein Port)</translation>
    </message>
    <message>
        <source>No answer (MM6) comes back. The client sends MM5 again after about 1, 2, 4, 8 and 16 seconds, then gives up: Error 792.</source>
        <translation>Keine Antwort (MM6) kommt zurück. Der Client sendet MM5 nach etwa 1, 2, 4, 8 und 16 Sekunden erneut und gibt dann auf: Fehler 792.</translation>
    </message>
</context>
<context>
    <name>IpPreferencesDialogMimic</name>
    <message>
        <source>IP options</source>
        <translation>IP-Optionen</translation>
    </message>
</context>
<context>
    <name>LookAlikeError</name>
    <message>
        <source>The L2TP connection attempt failed because security negotiation timed out.</source>
        <translation>Fehler beim L2TP-Verbindungsversuch, weil bei der Sicherheitsaushandlung ein Timeout aufgetreten ist.</translation>
    </message>
    <message>
        <source>The client waited about a minute and gave up: its large IKE message (Main Mode 5 or 6, carrying the certificate) was never answered. Typical cause: a firewall blocks IP fragments.</source>
        <translation>Der Client hat etwa eine Minute gewartet und aufgegeben: Seine große IKE-Nachricht (Main Mode 5 oder 6 mit dem Zertifikat) wurde nie beantwortet. Typische Ursache: Eine Firewall blockiert IP-Fragmente.</translation>
    </message>
    <message>
        <source>Access was denied because the username and/or password was invalid on the domain.</source>
        <translation>Der Zugriff wurde verweigert, weil der Benutzername und/oder das Kennwort in der Domäne ungültig ist.</translation>
    </message>
    <message>
        <source>IPsec worked: the error comes after the tunnel is up, during user (PPP) authentication.</source>
        <translation>IPsec hat funktioniert: Der Fehler kommt erst nach dem Tunnelaufbau, bei der Benutzerauthentifizierung (PPP).</translation>
    </message>
    <message>
        <source>Check the user name, password and domain, the account&apos;s dial-in permission and the remote access policy on the server. IP fragments are not involved.</source>
        <translation>Prüfen Sie Benutzername, Kennwort und Domäne, die Einwählberechtigung des Kontos und die RAS-Richtlinie auf dem Server. IP-Fragmente spielen keine Rolle.</translation>
    </message>
    <message>
        <source>A certificate could not be found. Connections that use the L2TP protocol over IPSec require the installation of a machine certificate, also known as a computer certificate.</source>
        <translation>Es wurde kein Zertifikat gefunden. Verbindungen mit dem L2TP-Protokoll über IPSec erfordern die Installation eines Computerzertifikats.</translation>
    </message>
    <message>
        <source>The client fails at once, before any IKE packet is sent.</source>
        <translation>Der Client scheitert sofort, bevor ein IKE-Paket gesendet wird.</translation>
    </message>
    <message>
        <source>Install a computer certificate on the client (Local Computer store, Personal), or switch the connection to a pre-shared key.</source>
        <translation>Installieren Sie auf dem Client ein Computerzertifikat (Speicher &quot;Lokaler Computer&quot;, &quot;Eigene Zertifikate&quot;) oder stellen Sie die Verbindung auf einen vorinstallierten Schlüssel um.</translation>
    </message>
    <message>
        <source>The encryption attempt failed because no valid certificate was found.</source>
        <translation>Fehler beim Verschlüsselungsversuch, weil kein gültiges Zertifikat gefunden wurde.</translation>
    </message>
    <message>
        <source>A local certificate problem; reported at once, not after a timeout.</source>
        <translation>Ein lokales Zertifikatproblem; sofort gemeldet, nicht nach einem Timeout.</translation>
    </message>
    <message>
        <source>Check the client&apos;s computer certificate: present, valid, with a private key.</source>
        <translation>Prüfen Sie das Computerzertifikat des Clients: vorhanden, gültig, mit privatem Schlüssel.</translation>
    </message>
    <message>
        <source>The L2TP connection attempt failed because there is no valid machine certificate on your computer for security authentication.</source>
        <translation>Fehler beim L2TP-Verbindungsversuch, weil kein gültiges Computerzertifikat auf dem Computer für die Sicherheitsauthentifizierung vorhanden ist.</translation>
    </message>
    <message>
        <source>The client has no usable computer certificate; no timeout is involved.</source>
        <translation>Der Client hat kein verwendbares Computerzertifikat; kein Timeout im Spiel.</translation>
    </message>
    <message>
        <source>Enroll or renew the client&apos;s computer certificate and check that the issuing CA is trusted.</source>
        <translation>Registrieren oder erneuern Sie das Computerzertifikat des Clients und prüfen Sie, ob der ausstellenden Zertifizierungsstelle vertraut wird.</translation>
    </message>
    <message>
        <source>The L2TP connection attempt failed because the security layer could not authenticate the remote computer.</source>
        <translation>Fehler beim L2TP-Verbindungsversuch, weil die Sicherheitsschicht den Remotecomputer nicht authentifizieren konnte.</translation>
    </message>
    <message>
        <source>The server&apos;s answer (Main Mode 6) did arrive, so fragments got through; the client rejected the server&apos;s identity.</source>
        <translation>Die Antwort des Servers (Main Mode 6) ist angekommen, also sind Fragmente durchgekommen; der Client hat die Identität des Servers abgelehnt.</translation>
    </message>
    <message>
        <source>Check the server&apos;s certificate (trusted root, validity, name) or the pre-shared key on both ends.</source>
        <translation>Prüfen Sie das Serverzertifikat (vertrauenswürdiger Stamm, Gültigkeit, Name) oder den vorinstallierten Schlüssel auf beiden Seiten.</translation>
    </message>
    <message>
        <source>The L2TP connection attempt failed because the security layer could not negotiate compatible parameters with the remote computer.</source>
        <translation>Fehler beim L2TP-Verbindungsversuch, weil die Sicherheitsschicht keine kompatiblen Parameter mit dem Remotecomputer aushandeln konnte.</translation>
    </message>
    <message>
        <source>Fails at the first exchange (Main Mode 1 and 2), long before any large message.</source>
        <translation>Scheitert beim ersten Austausch (Main Mode 1 und 2), lange vor jeder großen Nachricht.</translation>
    </message>
    <message>
        <source>Compare the IKE proposals (encryption, hash, Diffie-Hellman group) on client and server.</source>
        <translation>Vergleichen Sie die IKE-Vorschläge (Verschlüsselung, Hash, Diffie-Hellman-Gruppe) auf Client und Server.</translation>
    </message>
    <message>
        <source>The L2TP connection attempt failed because the security layer encountered a processing error during initial negotiations with the remote computer.</source>
        <translation>Fehler beim L2TP-Verbindungsversuch, weil in der Sicherheitsschicht bei den ersten Aushandlungen mit dem Remotecomputer ein Verarbeitungsfehler aufgetreten ist.</translation>
    </message>
    <message>
        <source>The server answered, but the negotiation failed: no timeout.</source>
        <translation>Der Server hat geantwortet, aber die Aushandlung ist gescheitert: kein Timeout.</translation>
    </message>
    <message>
        <source>Check the pre-shared key on both ends and, when the server is behind NAT, the client&apos;s AssumeUDPEncapsulationContextOnSendRule registry value.</source>
        <translation>Prüfen Sie den vorinstallierten Schlüssel auf beiden Seiten und, wenn der Server hinter NAT steht, den Registrierungswert AssumeUDPEncapsulationContextOnSendRule auf dem Client.</translation>
    </message>
    <message>
        <source>The L2TP connection attempt failed because certificate validation on the remote computer failed.</source>
        <translation>Fehler beim L2TP-Verbindungsversuch, weil die Zertifikatüberprüfung auf dem Remotecomputer fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>The server received the client&apos;s certificate and rejected it: the fragments arrived.</source>
        <translation>Der Server hat das Zertifikat des Clients erhalten und abgelehnt: Die Fragmente sind angekommen.</translation>
    </message>
    <message>
        <source>Check the client certificate&apos;s chain, validity and revocation as seen from the server.</source>
        <translation>Prüfen Sie Kette, Gültigkeit und Sperrstatus des Clientzertifikats aus Sicht des Servers.</translation>
    </message>
    <message>
        <source>The L2TP connection attempt failed because security policy for the connection was not found.</source>
        <translation>Fehler beim L2TP-Verbindungsversuch, weil keine Sicherheitsrichtlinie für die Verbindung gefunden wurde.</translation>
    </message>
    <message>
        <source>A local IPsec policy problem; the client may send nothing at all.</source>
        <translation>Ein lokales IPsec-Richtlinienproblem; der Client sendet eventuell gar nichts.</translation>
    </message>
    <message>
        <source>Check that the IPsec Policy Agent service (and IKE and AuthIP IPsec Keying Modules) runs on the client.</source>
        <translation>Prüfen Sie, ob der Dienst IPsec-Richtlinienagent (und IKE- und AuthIP-IPsec-Schlüsselerstellungsmodule) auf dem Client läuft.</translation>
    </message>
    <message>
        <source>The L2TP connection attempt failed because an error occurred while negotiating security.</source>
        <translation>Fehler beim L2TP-Verbindungsversuch, weil beim Aushandeln der Sicherheit ein Fehler aufgetreten ist.</translation>
    </message>
    <message>
        <source>A generic negotiation error, not a timeout.</source>
        <translation>Ein allgemeiner Aushandlungsfehler, kein Timeout.</translation>
    </message>
    <message>
        <source>Read the client&apos;s IPsec audit events (event 547 or 4653) for the failure point and reason.</source>
        <translation>Lesen Sie die IPsec-Überwachungsereignisse des Clients (Ereignis 547 oder 4653) für Fehlerpunkt und Grund.</translation>
    </message>
    <message>
        <source>Unable to establish the VPN connection. The VPN server may be unreachable, or security parameters may not be configured properly for this connection.</source>
        <translation>Die VPN-Verbindung kann nicht hergestellt werden. Der VPN-Server ist möglicherweise nicht erreichbar, oder die Sicherheitsparameter sind für diese Verbindung nicht richtig konfiguriert.</translation>
    </message>
    <message>
        <source>The connection type is &quot;Automatic&quot;: Windows tried every protocol and reports only the last failure.</source>
        <translation>Der Verbindungstyp ist &quot;Automatisch&quot;: Windows hat alle Protokolle versucht und meldet nur den letzten Fehler.</translation>
    </message>
    <message>
        <source>Set the connection&apos;s VPN type to L2TP/IPsec and connect again; if you then get 792, come back here.</source>
        <translation>Stellen Sie den VPN-Typ der Verbindung auf L2TP/IPsec und verbinden Sie erneut; erscheint dann 792, kommen Sie hierher zurück.</translation>
    </message>
    <message>
        <source>The network connection between your computer and the VPN server could not be established because the remote server is not responding.</source>
        <translation>Die Netzwerkverbindung zwischen Ihrem Computer und dem VPN-Server konnte nicht hergestellt werden, weil der Remoteserver nicht antwortet.</translation>
    </message>
    <message>
        <source>Nothing comes back at all: even the first IKE message (UDP 500) is not answered.</source>
        <translation>Es kommt gar nichts zurück: Schon die erste IKE-Nachricht (UDP 500) bleibt unbeantwortet.</translation>
    </message>
    <message>
        <source>Check that UDP 500 and 4500 reach the server (firewalls, NAT, routers) and the NAT-T registry setting on the client.</source>
        <translation>Prüfen Sie, ob UDP 500 und 4500 den Server erreichen (Firewalls, NAT, Router), und die NAT-T-Registrierungseinstellung auf dem Client.</translation>
    </message>
    <message>
        <source>The connection was prevented because of a policy configured on your RAS/VPN server.</source>
        <translation>Die Verbindung wurde aufgrund einer auf dem RAS/VPN-Server konfigurierten Richtlinie verhindert.</translation>
    </message>
    <message>
        <source>IPsec worked: the server&apos;s network policy refused the authentication method.</source>
        <translation>IPsec hat funktioniert: Die Netzwerkrichtlinie des Servers hat die Authentifizierungsmethode abgelehnt.</translation>
    </message>
    <message>
        <source>Compare the authentication methods in the connection profile with the server&apos;s remote access (NPS) policy.</source>
        <translation>Vergleichen Sie die Authentifizierungsmethoden im Verbindungsprofil mit der RAS-Richtlinie (NPS) des Servers.</translation>
    </message>
    <message>
        <source>IKE authentication credentials are unacceptable.</source>
        <translation>Die IKE-Authentifizierungsanmeldeinformationen sind unzulässig.</translation>
    </message>
    <message>
        <source>IKEv2: the peer answered and rejected the certificate or key.</source>
        <translation>IKEv2: Die Gegenstelle hat geantwortet und das Zertifikat oder den Schlüssel abgelehnt.</translation>
    </message>
    <message>
        <source>Check the server certificate&apos;s name, extended key usage, validity and root CA on the client.</source>
        <translation>Prüfen Sie auf dem Client Namen, erweiterte Schlüsselverwendung, Gültigkeit und Stammzertifizierungsstelle des Serverzertifikats.</translation>
    </message>
    <message>
        <source>Negotiation timed out.</source>
        <translation>Timeout bei der Aushandlung.</translation>
    </message>
    <message>
        <source>The IKEv2 counterpart of 792: it may also be dropped fragments, but of an IKEv2 connection, which ISA Server and TMG MBE do not terminate.</source>
        <translation>Das IKEv2-Gegenstück zu 792: Auch hier können Fragmente verworfen werden, aber bei einer IKEv2-Verbindung, die ISA Server und TMG MBE nicht terminieren.</translation>
    </message>
    <message>
        <source>For IKEv2, enable IKEv2 fragmentation on server and client, or find the device that drops IP fragments on the path. The capture page of this wizard can still show the stalled message.</source>
        <translation>Aktivieren Sie für IKEv2 die IKEv2-Fragmentierung auf Server und Client oder finden Sie das Gerät, das auf dem Weg IP-Fragmente verwirft. Die Mitschnittseite dieses Assistenten kann die hängende Nachricht trotzdem zeigen.</translation>
    </message>
    <message>
        <source>IKE failed to find valid machine certificate.</source>
        <translation>IKE konnte kein gültiges Computerzertifikat finden.</translation>
    </message>
    <message>
        <source>A missing certificate, found locally; no timeout.</source>
        <translation>Ein fehlendes Zertifikat, lokal festgestellt; kein Timeout.</translation>
    </message>
    <message>
        <source>Install a valid computer certificate in the client&apos;s Local Computer Personal store.</source>
        <translation>Installieren Sie ein gültiges Computerzertifikat im Speicher &quot;Eigene Zertifikate&quot; des lokalen Computers auf dem Client.</translation>
    </message>
    <message>
        <source>No response from peer.</source>
        <translation>Keine Antwort von der Gegenstelle.</translation>
    </message>
    <message>
        <source>Logged under a 792 as the detailed reason; on its own it means the peer never answered at all.</source>
        <translation>Wird unter einem 792 als genauer Grund protokolliert; allein bedeutet es, dass die Gegenstelle nie geantwortet hat.</translation>
    </message>
    <message>
        <source>If the client also showed 792, choose 792. Otherwise check that UDP 500 and 4500 reach the server.</source>
        <translation>Hat der Client auch 792 angezeigt, wählen Sie 792. Sonst prüfen Sie, ob UDP 500 und 4500 den Server erreichen.</translation>
    </message>
    <message>
        <source>Policy match error.</source>
        <translation>Fehler bei der Richtlinienübereinstimmung.</translation>
    </message>
    <message>
        <source>The peers answered each other but found no common IKE or IPsec policy.</source>
        <translation>Die Gegenstellen haben einander geantwortet, aber keine gemeinsame IKE- oder IPsec-Richtlinie gefunden.</translation>
    </message>
    <message>
        <source>Align the IKE and IPsec proposals (algorithms, groups, lifetimes) on both ends.</source>
        <translation>Gleichen Sie die IKE- und IPsec-Vorschläge (Algorithmen, Gruppen, Lebensdauern) auf beiden Seiten an.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>IP fragments</source>
        <translation>IP-Fragmente</translation>
    </message>
    <message>
        <source>Incomplete datagrams</source>
        <translation>Unvollständige Datagramme</translation>
    </message>
    <message>
        <source>No fragment or IKE activity in this capture</source>
        <translation>Keine Fragment- oder IKE-Aktivität in diesem Mitschnitt</translation>
    </message>
    <message>
        <source>Retransmissions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Error %1 diagnostic report</source>
        <translation>Diagnosebericht zu Fehler %1</translation>
    </message>
    <message>
        <source>L2TP/IPsec: security negotiation timed out. Checked against Microsoft KB 838438 (ISA Server and Forefront TMG blocking IP fragments).</source>
        <translation>L2TP/IPsec: Timeout bei der Sicherheitsaushandlung. Geprüft anhand von Microsoft KB 838438 (ISA Server und Forefront TMG blockieren IP-Fragmente).</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Mitschnitt</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Aufgezeichnet</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Redacted</source>
        <translation>Anonymisiert</translation>
    </message>
    <message>
        <source>yes: addresses and names are replaced by labels such as client-1, server-1, host-3</source>
        <translation>ja: Adressen und Namen sind durch Bezeichner wie client-1, server-1, host-3 ersetzt</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Warnung:</translation>
    </message>
    <message>
        <source>reading stopped early (%1); the analysis covers what was read.</source>
        <translation>das Lesen endete vorzeitig (%1); die Analyse umfasst das Gelesene.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <source>VPN protocol</source>
        <translation>VPN-Protokoll</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Firewall product</source>
        <translation>Firewallprodukt</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Servername</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Vantage point</source>
        <translation>Aufzeichnungspunkt</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>nicht entschieden</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>IKE messages (v1 / v2)</source>
        <translation>IKE-Nachrichten (v1 / v2)</translation>
    </message>
    <message>
        <source>IPv4 fragments</source>
        <translation>IPv4-Fragmente</translation>
    </message>
    <message>
        <source>IPv6 fragments</source>
        <translation>IPv6-Fragmente</translation>
    </message>
    <message>
        <source>Datagrams reassembled</source>
        <translation>Zusammengesetzte Datagramme</translation>
    </message>
    <message>
        <source>Datagrams incomplete</source>
        <translation>Unvollständige Datagramme</translation>
    </message>
    <message>
        <source>IKE messages from fragments</source>
        <translation>IKE-Nachrichten aus Fragmenten</translation>
    </message>
    <message>
        <source>Path MTU estimate</source>
        <translation>Geschätzte Pfad-MTU</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>n/a (no fragmented IKE)</source>
        <translation>k. A. (kein fragmentiertes IKE)</translation>
    </message>
    <message>
        <source>IKE fragmentation offered</source>
        <translation>IKE-Fragmentierung angeboten</translation>
    </message>
    <message>
        <source>NAT-T in use</source>
        <translation>NAT-T in Verwendung</translation>
    </message>
    <message>
        <source>Incomplete IKE datagrams</source>
        <translation>Unvollständige IKE-Datagramme</translation>
    </message>
    <message>
        <source>Malformed</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Kernel drops</source>
        <translation>Kernel-Verluste</translation>
    </message>
    <message>
        <source>%1 of %2 packets</source>
        <translation>%1 von %2 Paketen</translation>
    </message>
    <message>
        <source>n/a (file)</source>
        <translation>k. A. (Datei)</translation>
    </message>
    <message>
        <source>IKE timeline</source>
        <translation>IKE-Zeitverlauf</translation>
    </message>
    <message>
        <source>No IKE security association was seen.</source>
        <translation>Keine IKE-Sicherheitszuordnung gesehen.</translation>
    </message>
    <message>
        <source>IKE SA %1: %2 (initiator) to %3 (responder), %4</source>
        <translation>IKE-SA %1: %2 (Initiator) an %3 (Responder), %4</translation>
    </message>
    <message>
        <source>Outcome: %1, verdict</source>
        <translation>Ergebnis: %1, Urteil</translation>
    </message>
    <message>
        <source>Certificates expected: %1; IKE fragmentation offered: %2; used: %3. I = initiator, R = responder.</source>
        <translation>Zertifikate erwartet: %1; IKE-Fragmentierung angeboten: %2; verwendet: %3. I = Initiator, R = Responder.</translation>
    </message>
    <message>
        <source>%1 more messages were not kept.</source>
        <translation>%1 weitere Nachrichten wurden nicht gespeichert.</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Hinweis:</translation>
    </message>
    <message>
        <source>%1 more IKE SAs are in the JSON report.</source>
        <translation>%1 weitere IKE-SAs stehen im JSON-Bericht.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <source>Dir.</source>
        <translation>Richt.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Byte</translation>
    </message>
    <message>
        <source>IP frags</source>
        <translation>IP-Frag.</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Resent copy of</source>
        <translation>Erneut gesendete Kopie von</translation>
    </message>
    <message>
        <source>IKE fragment %1%2</source>
        <translation>IKE-Fragment %1%2</translation>
    </message>
    <message>
        <source> (last)</source>
        <translation> (letztes)</translation>
    </message>
    <message>
        <source>SKF %1/%2</source>
        <translation>SKF %1/%2</translation>
    </message>
    <message>
        <source>error notify %1</source>
        <translation>Fehlerbenachrichtigung %1</translation>
    </message>
    <message>
        <source>First seen (s)</source>
        <translation>Erstmals gesehen (s)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>IP ID</source>
        <translation>IP-ID</translation>
    </message>
    <message>
        <source>Fragments</source>
        <translation>Fragmente</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>%1 more in the JSON report.</source>
        <translation>%1 weitere im JSON-Bericht.</translation>
    </message>
    <message>
        <source>Resolution (KB 838438)</source>
        <translation>Lösung (KB 838438)</translation>
    </message>
    <message>
        <source>Console path:</source>
        <translation>Konsolenpfad:</translation>
    </message>
    <message>
        <source>Verification after the change</source>
        <translation>Prüfung nach der Änderung</translation>
    </message>
    <message>
        <source>No verification capture yet. After the change, capture again while the client connects.</source>
        <translation>Noch kein Prüfmitschnitt. Zeichnen Sie nach der Änderung erneut auf, während sich der Client verbindet.</translation>
    </message>
    <message>
        <source>Case closed.</source>
        <translation>Fall gelöst.</translation>
    </message>
    <message>
        <source>Not resolved yet.</source>
        <translation>Noch nicht gelöst.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Verification capture</source>
        <translation>Prüfmitschnitt</translation>
    </message>
    <message>
        <source>Generated by frag792 %1 on %2 UTC.</source>
        <translation>Erstellt von frag792 %1 am %2 UTC.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>PDF reports need a QGuiApplication (fonts); none is running</source>
        <translation>PDF-Berichte brauchen eine QGuiApplication (Schriften); es läuft keine</translation>
    </message>
    <message>
        <source>cannot start the PDF writer</source>
        <translation>der PDF-Writer lässt sich nicht starten</translation>
    </message>
    <message>
        <source>frag792 report, error %1</source>
        <translation>frag792-Bericht, Fehler %1</translation>
    </message>
    <message>
        <source>frag792 report: %1</source>
        <translation>frag792-Bericht: %1</translation>
    </message>
    <message>
        <source>cannot finish the PDF</source>
        <translation>das PDF lässt sich nicht abschließen</translation>
    </message>
    <message>
        <source>no report file name given</source>
        <translation>kein Dateiname für den Bericht angegeben</translation>
    </message>
    <message>
        <source>%1 is a directory</source>
        <translation>%1 ist ein Ordner</translation>
    </message>
    <message>
        <source>%1 already exists; not replacing it</source>
        <translation>%1 existiert bereits; wird nicht ersetzt</translation>
    </message>
    <message>
        <source>HTML and PDF reports need a QGuiApplication; none is running</source>
        <translation>HTML- und PDF-Berichte brauchen eine QGuiApplication; es läuft keine</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Expand %1.</source>
        <translation>Erweitern Sie %1.</translation>
    </message>
    <message>
        <source>Expand %1, where %1 is the name of the computer that is running %2.</source>
        <translation>Erweitern Sie %1; %1 ist der Name des Computers, auf dem %2 läuft.</translation>
    </message>
    <message>
        <source>Click the %1 tab, clear the %2 check box, and then click %3.</source>
        <translation>Klicken Sie auf die Registerkarte %1, deaktivieren Sie das Kontrollkästchen %2 und klicken Sie dann auf %3.</translation>
    </message>
    <message>
        <source>In the details pane, click %1 to update the firewall policy, and then click %2.</source>
        <translation>Klicken Sie im Detailbereich auf %1, um die Firewallrichtlinie zu aktualisieren, und dann auf %2.</translation>
    </message>
    <message>
        <source>Disconnect the VPN client and connect again: connections made before %1 keep the old policy.</source>
        <translation>Trennen Sie den VPN-Client und verbinden Sie ihn neu: Verbindungen von vor %1 behalten die alte Richtlinie.</translation>
    </message>
    <message>
        <source>Expand %1, and then click %2.</source>
        <translation>Erweitern Sie %1 und klicken Sie dann auf %2.</translation>
    </message>
    <message>
        <source>Start the %1 tool.</source>
        <translation>Starten Sie das Tool %1.</translation>
    </message>
    <message>
        <source>In the details pane, under %1, click %2.</source>
        <translation>Klicken Sie im Detailbereich unter %1 auf %2.</translation>
    </message>
    <message>
        <source>In the details pane, under %1, click %2 (on some builds the link is named %3).</source>
        <translation>Klicken Sie im Detailbereich unter %1 auf %2 (in manchen Builds heißt der Link %3).</translation>
    </message>
    <message>
        <source>Click %1, and then in the task pane, on the %2 tab, click %3.</source>
        <translation>Klicken Sie auf %1 und dann im Aufgabenbereich auf der Registerkarte %2 auf %3.</translation>
    </message>
    <message>
        <source>Start the %1 console.</source>
        <translation>Starten Sie die Konsole %1.</translation>
    </message>
    <message>
        <source>Click %1.</source>
        <translation>Klicken Sie auf %1.</translation>
    </message>
    <message>
        <source>In the details pane, click the %1 tab, and then click %2.</source>
        <translation>Klicken Sie im Detailbereich auf die Registerkarte %1 und dann auf %2.</translation>
    </message>
    <message>
        <source>If the client still fails after Apply, its old session may still be open: disconnect it (Monitoring &gt; Sessions &gt; Disconnect Session) or restart the Firewall service, then connect again.</source>
        <translation>Scheitert der Client nach &quot;Übernehmen&quot; weiterhin, ist vielleicht seine alte Sitzung noch offen: Trennen Sie sie (Überwachung &gt; Sitzungen &gt; Sitzung trennen) oder starten Sie den Firewalldienst neu und verbinden Sie erneut.</translation>
    </message>
    <message>
        <source>Leave IP fragments allowed wherever Kerberos is used: Kerberos over UDP is often fragmented, and Microsoft recommends not blocking IP fragments on such networks.</source>
        <translation>Lassen Sie IP-Fragmente überall dort zu, wo Kerberos verwendet wird: Kerberos über UDP ist oft fragmentiert, und Microsoft empfiehlt, in solchen Netzen IP-Fragmente nicht zu blockieren.</translation>
    </message>
    <message>
        <source>ISA Server 2006 Enterprise Edition applies changes asynchronously: check the Configuration tab in Monitoring until every array member is synchronized.</source>
        <translation>ISA Server 2006 Enterprise Edition übernimmt Änderungen asynchron: Beobachten Sie die Registerkarte Konfiguration unter Überwachung, bis alle Arraymitglieder synchronisiert sind.</translation>
    </message>
    <message>
        <source>Forefront TMG 2010 does not block IP fragments by default, so someone turned it on: find out why before clearing it.</source>
        <translation>Forefront TMG 2010 blockiert IP-Fragmente standardmäßig nicht; jemand hat es also eingeschaltet: Klären Sie den Grund, bevor Sie es deaktivieren.</translation>
    </message>
    <message>
        <source>Array name</source>
        <translation>Arrayname</translation>
    </message>
    <message>
        <source>Expand %1, and then expand %2.</source>
        <translation>Erweitern Sie %1 und dann %2.</translation>
    </message>
    <message>
        <source>Expand %1, and then expand %2, where %2 is the name of the array that the VPN server belongs to.</source>
        <translation>Erweitern Sie %1 und dann %2, wobei %2 der Name des Arrays ist, zu dem der VPN-Server gehört.</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existiert bereits</translation>
    </message>
    <message>
        <source>nothing to write</source>
        <translation>nichts zu schreiben</translation>
    </message>
    <message>
        <source>The capture was taken %1: %2.</source>
        <translation>Der Mitschnitt wurde %1 aufgenommen: %2.</translation>
    </message>
    <message>
        <source>Capture point in doubt:</source>
        <translation>Aufzeichnungspunkt fraglich:</translation>
    </message>
    <message>
        <source>IP fragments per second</source>
        <translation>IP-Fragmente pro Sekunde</translation>
    </message>
    <message>
        <source>IKE answers per second</source>
        <translation>IKE-Antworten pro Sekunde</translation>
    </message>
    <message>
        <source>Retransmission</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Incomplete datagram (fragments lost)</source>
        <translation>Unvollständiges Datagramm (Fragmente verloren)</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>Per second</source>
        <translation>Pro Sekunde</translation>
    </message>
    <message>
        <source>Local time (%1), %2</source>
        <extracomment>Time axis of the activity charts. %1: time zone abbreviation such as CET, %2: the capture&apos;s date.</extracomment>
        <translation>Ortszeit (%1), %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 UTC, %2 s, %Ln packet(s)</source>
        <translation>
            <numerusform>%1 UTC, %2 s, %Ln Paket</numerusform>
            <numerusform>%1 UTC, %2 s, %Ln Pakete</numerusform>
        </translation>
    </message>
    <message>
        <source>Chart of IP fragments and IKE answers per second, with retransmissions and incomplete datagrams marked</source>
        <translation>Diagramm der IP-Fragmente und IKE-Antworten pro Sekunde, mit markierten Wiederholungen und unvollständigen Datagrammen</translation>
    </message>
    <message>
        <source>Activity over the capture, in local time: IP fragments per second as bars, IKE answers per second as dots; triangles mark retransmissions, crosses mark datagrams whose fragments did not all arrive.</source>
        <translation>Aktivität während des Mitschnitts, in Ortszeit: IP-Fragmente pro Sekunde als Balken, IKE-Antworten pro Sekunde als Punkte; Dreiecke markieren Wiederholungen, Kreuze markieren Datagramme, deren Fragmente nicht alle ankamen.</translation>
    </message>
    <message>
        <source>ISA Server 2006 Help, &quot;IP preferences&quot;</source>
        <translation>ISA Server 2006-Hilfe, „IP preferences“</translation>
    </message>
    <message>
        <source>Forefront TMG 2010 SDK, IPFragmentsFilteringEnabled</source>
        <translation>Forefront TMG 2010 SDK, IPFragmentsFilteringEnabled</translation>
    </message>
    <message>
        <source>Microsoft KB 179129, modified teardrop attack</source>
        <translation>Microsoft KB 179129, modifizierter Teardrop-Angriff</translation>
    </message>
    <message>
        <source>RFC 1858, security considerations for IP fragment filtering</source>
        <translation>RFC 1858, Sicherheitsaspekte der Filterung von IP-Fragmenten</translation>
    </message>
    <message>
        <source>ISA Server 2006 Help, &quot;IP fragments&quot;</source>
        <translation>ISA Server 2006-Hilfe, „IP fragments“</translation>
    </message>
    <message>
        <source>Forefront TMG Help, &quot;Configuring IP preferences&quot;</source>
        <translation>Forefront TMG-Hilfe, „Configuring IP preferences“</translation>
    </message>
    <message>
        <source>Microsoft KB 252366, limit of fragment reassembly headers</source>
        <translation>Microsoft KB 252366, Grenze der Reassembly-Header für Fragmente</translation>
    </message>
    <message>
        <source>ISA Server 2006 Help, &quot;Intrusion detection&quot;</source>
        <translation>ISA Server 2006-Hilfe, „Intrusion detection“</translation>
    </message>
    <message>
        <source>Forefront TMG Help, intrusion detection (cc984458)</source>
        <translation>Forefront TMG-Hilfe, Angriffserkennung (cc984458)</translation>
    </message>
    <message>
        <source>Forefront TMG 2010 SDK, FPCAttackDetection</source>
        <translation>Forefront TMG 2010 SDK, FPCAttackDetection</translation>
    </message>
    <message>
        <source>Forefront TMG 2010 SDK, IntrusionDetectionEnabled</source>
        <translation>Forefront TMG 2010 SDK, IntrusionDetectionEnabled</translation>
    </message>
    <message>
        <source>ISA Server 2006 Help, &quot;Flood mitigation&quot;</source>
        <translation>ISA Server 2006-Hilfe, „Flood mitigation“</translation>
    </message>
    <message>
        <source>Forefront TMG Help, flood mitigation (cc995183)</source>
        <translation>Forefront TMG-Hilfe, Flood-Abwehr (cc995183)</translation>
    </message>
    <message>
        <source>Microsoft KB 838438, Resolution</source>
        <translation>Microsoft KB 838438, Lösung</translation>
    </message>
    <message>
        <source>frag792 research note docs/security-fragments.md, row D6</source>
        <translation>frag792-Recherchenotiz docs/security-fragments.md, Zeile D6</translation>
    </message>
    <message>
        <source>Forefront TMG 2010 SDK, EnableSSTP</source>
        <translation>Forefront TMG 2010 SDK, EnableSSTP</translation>
    </message>
    <message>
        <source>Forefront TMG 2010 SDK, SetSSTPListener</source>
        <translation>Forefront TMG 2010 SDK, SetSSTPListener</translation>
    </message>
    <message>
        <source>Davies, Windows Server 2008 TCP/IP Protocols and Services, chapter 19</source>
        <translation>Davies, Windows Server 2008 TCP/IP Protocols and Services, Kapitel 19</translation>
    </message>
    <message>
        <source>jvangent blog, &quot;SSTP remote access&quot; (third party)</source>
        <translation>Blog jvangent, „SSTP remote access“ (Drittquelle)</translation>
    </message>
    <message>
        <source>RFC 2409 (IKE), sections 5.1 and 5.4</source>
        <translation>RFC 2409 (IKE), Abschnitte 5.1 und 5.4</translation>
    </message>
    <message>
        <source>Forefront TMG 2010 SDK, PreSharedIPSecKey</source>
        <translation>Forefront TMG 2010 SDK, PreSharedIPSecKey</translation>
    </message>
    <message>
        <source>Microsoft CMAK, &quot;Including a Preshared Key&quot; (dd672872)</source>
        <translation>Microsoft CMAK, „Including a Preshared Key“ (dd672872)</translation>
    </message>
    <message>
        <source>Shinder, Configuring ISA Server 2004</source>
        <translation>Shinder, Configuring ISA Server 2004 (Buch)</translation>
    </message>
    <message>
        <source>R. Hicks, &quot;Always On VPN and IKEv2 Fragmentation&quot; (third party)</source>
        <translation>R. Hicks, „Always On VPN and IKEv2 Fragmentation“ (Drittquelle)</translation>
    </message>
    <message>
        <source>Microsoft Security Advisory 2743314</source>
        <translation>Microsoft-Sicherheitsempfehlung 2743314</translation>
    </message>
    <message>
        <source>trailofbits/algo issue 305 (third party)</source>
        <translation>trailofbits/algo, Issue 305 (Drittquelle)</translation>
    </message>
    <message>
        <source>What the block protects against, and what clearing it exposes</source>
        <translation>Wovor die Sperre schützt und was ihr Abschalten offenlegt</translation>
    </message>
    <message>
        <source>&quot;Block IP fragments&quot; is one setting for the whole server: when it is on, ISA Server or TMG drops every fragmented IP packet, whatever its source, destination or port. No way to exempt only the VPN is documented.</source>
        <translation>„Block IP fragments“ ist eine Einstellung für den ganzen Server: Ist sie aktiv, verwirft ISA Server oder TMG jedes fragmentierte IP-Paket, unabhängig von Quelle, Ziel oder Port. Eine Ausnahme nur für das VPN ist nicht dokumentiert.</translation>
    </message>
    <message>
        <source>Fragments can also be used to slip TCP headers past packet filters and to exhaust reassembly memory.</source>
        <translation>Fragmente können auch dazu dienen, TCP-Header an Paketfiltern vorbeizuschleusen und den Speicher für das Zusammensetzen zu erschöpfen.</translation>
    </message>
    <message>
        <source>What blocking costs: Microsoft&apos;s help says that with it on, Kerberos authentication fails when the server is a domain member, streaming audio and video can break, and L2TP/IPsec connections may not be established because packet fragmentation may take place during the certificate exchange.</source>
        <translation>Was die Sperre kostet: Laut Microsofts Hilfe schlägt bei aktiver Sperre die Kerberos-Authentifizierung fehl, wenn der Server Domänenmitglied ist, Audio- und Video-Streaming kann ausfallen, und L2TP/IPsec-Verbindungen kommen unter Umständen nicht zustande, weil beim Zertifikataustausch Pakete fragmentiert werden können.</translation>
    </message>
    <message>
        <source>What clearing it exposes: the server no longer drops fragmented packets outright. Forefront TMG 2010 ships with this setting turned off.</source>
        <translation>Was das Abschalten offenlegt: Der Server verwirft fragmentierte Pakete nicht mehr pauschal. Forefront TMG 2010 wird mit ausgeschalteter Einstellung ausgeliefert.</translation>
    </message>
    <message>
        <source>What still protects the server once it is cleared</source>
        <translation>Was den Server danach weiterhin schützt</translation>
    </message>
    <message>
        <source>Intrusion detection is a separate setting and stays as it is. It detects &quot;ping of death&quot;, an IP fragment with more data than the maximum IP packet size. Forefront TMG 2010 setup turns it on.</source>
        <translation>Die Angriffserkennung ist eine eigene Einstellung und bleibt, wie sie ist. Sie erkennt „Ping of Death“, ein IP-Fragment mit mehr Daten als die maximale IP-Paketgröße. Das Setup von Forefront TMG 2010 schaltet sie ein.</translation>
    </message>
    <message>
        <source>On ISA Server 2006 and Forefront TMG, flood mitigation (connection counters and limits per client) is also a separate setting and stays as it is.</source>
        <translation>Unter ISA Server 2006 und Forefront TMG ist auch die Flood-Abwehr (Verbindungszähler und Limits pro Client) eine eigene Einstellung und bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>Your firewall rules do not change: the KB&apos;s procedure clears only the IP fragments option.</source>
        <translation>Ihre Firewallregeln ändern sich nicht: Das Verfahren des KB-Artikels schaltet nur die Option für IP-Fragmente ab.</translation>
    </message>
    <message>
        <source>Windows itself limits fragment reassembly: Windows Server 2003 keeps at most 100 reassembly headers by default and silently drops fragments beyond that.</source>
        <translation>Windows selbst begrenzt das Zusammensetzen von Fragmenten: Windows Server 2003 hält standardmäßig höchstens 100 Reassembly-Header und verwirft weitere Fragmente stillschweigend.</translation>
    </message>
    <message>
        <source>Not documented: whether ISA Server or TMG reassembles fragments and applies the firewall rules to the whole datagram. No statement was found, so do not assume it.</source>
        <translation>Nicht dokumentiert: ob ISA Server oder TMG Fragmente zusammensetzt und die Firewallregeln auf das ganze Datagramm anwendet. Es wurde keine Aussage dazu gefunden, also setzen Sie es nicht voraus.</translation>
    </message>
    <message>
        <source>If policy forbids clearing it</source>
        <translation>Wenn die Richtlinie das Abschalten verbietet</translation>
    </message>
    <message>
        <source>SSTP (the VPN inside HTTPS, TCP port 443) exchanges no IKE messages. Where: Forefront TMG 2010 only (off by default, it needs a Web listener) with clients on Windows Vista SP1 or later. ISA Server 2004 and 2006 run on Windows Server 2003, which offers only PPTP and L2TP/IPsec.</source>
        <translation>SSTP (das VPN innerhalb von HTTPS, TCP-Port 443) tauscht keine IKE-Nachrichten aus. Wo: nur Forefront TMG 2010 (standardmäßig aus, benötigt einen Weblistener) mit Clients ab Windows Vista SP1. ISA Server 2004 und 2006 laufen unter Windows Server 2003, das nur PPTP und L2TP/IPsec bietet.</translation>
    </message>
    <message>
        <source>A pre-shared key instead of certificates, as a stopgap: Main Mode messages 5 and 6 then carry a hash instead of the certificate that gets fragmented. Cost: Microsoft calls it &quot;a relatively weak authentication method&quot; for interim use; all clients share one key, and changing it means updating every client. Where: documented for ISA Server 2004 and Forefront TMG 2010. Run frag792 again afterwards to confirm that nothing is fragmented.</source>
        <translation>Ein vorinstallierter Schlüssel statt Zertifikaten, als Notlösung: Die Main-Mode-Nachrichten 5 und 6 tragen dann einen Hash statt des Zertifikats, das fragmentiert wird. Preis: Microsoft nennt ihn „eine relativ schwache Authentifizierungsmethode“ für den Übergang; alle Clients teilen einen Schlüssel, und wer ihn ändert, muss jeden Client aktualisieren. Wo: dokumentiert für ISA Server 2004 und Forefront TMG 2010. Führen Sie frag792 danach erneut aus, um zu bestätigen, dass nichts fragmentiert wird.</translation>
    </message>
    <message>
        <source>A shorter certificate chain or smaller keys (RSA 2048 bits rather than larger) make the certificate messages smaller, but no source shows that they then fit in one packet: measure with frag792 before relying on it. Where: every product.</source>
        <translation>Eine kürzere Zertifikatskette oder kleinere Schlüssel (RSA mit 2048 Bit statt mehr) verkleinern die Zertifikatsnachrichten, aber keine Quelle zeigt, dass sie dann in ein Paket passen: Messen Sie mit frag792, bevor Sie sich darauf verlassen. Wo: bei jedem Produkt.</translation>
    </message>
    <message>
        <source>IKE-level fragmentation, where both ends support it, splits the IKE message itself into small pieces, so IP does not fragment it. Cost: Microsoft documents no setting in ISA Server or Forefront TMG to turn it on, and IKEv2 fragmentation needs Windows Server 1803 (2019) or later on the VPN server.</source>
        <translation>Fragmentierung auf IKE-Ebene, wo beide Seiten sie unterstützen, teilt die IKE-Nachricht selbst in kleine Stücke, sodass IP sie nicht fragmentiert. Preis: Microsoft dokumentiert keine Einstellung in ISA Server oder Forefront TMG, um sie einzuschalten, und IKEv2-Fragmentierung braucht Windows Server 1803 (2019) oder neuer auf dem VPN-Server.</translation>
    </message>
    <message>
        <source>PPTP, as a last resort, uses no IKE. Cost: Microsoft warns that PPTP with MS-CHAP v2 as the only authentication can expose user credentials. Where: all four products.</source>
        <translation>PPTP, als letzter Ausweg, verwendet kein IKE. Preis: Microsoft warnt, dass PPTP mit MS-CHAP v2 als einziger Authentifizierung Benutzeranmeldedaten preisgeben kann. Wo: bei allen vier Produkten.</translation>
    </message>
    <message>
        <source>What will not help: lowering the MTU on the clients. The IKE message with the certificate is still larger than one packet.</source>
        <translation>Was nicht hilft: die MTU auf den Clients zu senken. Die IKE-Nachricht mit dem Zertifikat bleibt größer als ein Paket.</translation>
    </message>
    <message>
        <source>Is it safe to stop blocking IP fragments, and what if we can&apos;t?</source>
        <translation>Ist es sicher, IP-Fragmente nicht mehr zu blockieren, und was, wenn wir es nicht dürfen?</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>It guards against the teardrop attack: fragments whose offsets overlap so that reassembling them can harm the system. Microsoft fixed the teardrop variants it documented in Windows NT 4.0.</source>
        <translation>Sie schützt vor dem Teardrop-Angriff: Fragmente mit überlappenden Offsets, deren Zusammensetzen dem System schaden kann. Microsoft hat die dokumentierten Teardrop-Varianten in Windows NT 4.0 behoben.</translation>
    </message>
    <message>
        <source>[MS-IKEE], the IKE fragmentation vendor ID</source>
        <translation>[MS-IKEE], die Hersteller-ID für IKE-Fragmentierung</translation>
    </message>
    <message>
        <source>[MS-IKEE], the size of IKE fragments</source>
        <translation>[MS-IKEE], die Größe der IKE-Fragmente</translation>
    </message>
    <message>
        <source>Truncated capture:</source>
        <translation>Gekürzter Mitschnitt:</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) were cut to at most %1 bytes by the capture&apos;s snap length. Cut frames are not malformed: fragments are counted from their IP headers and IKE messages identified from their IKE headers. Not read past the cut: %2.</source>
        <translation>
            <numerusform>%n Frame wurde durch die Snap-Länge des Mitschnitts auf höchstens %1 Bytes gekürzt. Gekürzte Frames sind nicht fehlerhaft: Fragmente werden aus ihren IP-Headern gezählt und IKE-Nachrichten an ihren IKE-Headern erkannt. Nach der Kürzung nicht gelesen: %2.</numerusform>
            <numerusform>%n Frames wurden durch die Snap-Länge des Mitschnitts auf höchstens %1 Bytes gekürzt. Gekürzte Frames sind nicht fehlerhaft: Fragmente werden aus ihren IP-Headern gezählt und IKE-Nachrichten an ihren IKE-Headern erkannt. Nach der Kürzung nicht gelesen: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing the verdict uses</source>
        <translation>nichts, was das Urteil verwendet</translation>
    </message>
    <message>
        <source>Windows logs</source>
        <translation>Windows-Protokolle</translation>
    </message>
    <message>
        <source>No capture: the verdict comes from these logs alone.</source>
        <translation>Kein Mitschnitt: Das Urteil stammt allein aus diesen Protokollen.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>What the log says</source>
        <translation>Was das Protokoll sagt</translation>
    </message>
    <message>
        <source>zone unknown</source>
        <translation>Zeitzone unbekannt</translation>
    </message>
    <message>
        <source>%1 (local time, zone unknown)</source>
        <translation>%1 (Ortszeit, Zeitzone unbekannt)</translation>
    </message>
    <message numerus="yes">
        <source>%n more log items not shown.</source>
        <translation>
            <numerusform>%n weiterer Protokolleintrag wird nicht gezeigt.</numerusform>
            <numerusform>%n weitere Protokolleinträge werden nicht gezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>pre-shared key</source>
        <translation>vorinstallierter Schlüssel</translation>
    </message>
    <message>
        <source>none: the verdict comes from the Windows logs below</source>
        <translation>keiner: das Urteil stammt aus den Windows-Protokollen unten</translation>
    </message>
    <message>
        <source>%1, before the capture</source>
        <translation>%1, vor dem Mitschnitt</translation>
    </message>
    <message>
        <source>%1, after the capture</source>
        <translation>%1, nach dem Mitschnitt</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>&amp;Redact addresses and names (client-1, server-1, …)</source>
        <translation>Adressen und Namen &amp;anonymisieren (client-1, server-1, …)</translation>
    </message>
    <message>
        <source>&amp;HTML</source>
        <translation>&amp;HTML</translation>
    </message>
    <message>
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>&amp;Evidence captures (pcapng)</source>
        <translation>&amp;Beweismitschnitte (pcapng)</translation>
    </message>
    <message>
        <source>Export a report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Keep a record of the diagnosis and the fix, or send it to whoever owns the server.</source>
        <translation>Halten Sie Diagnose und Lösung fest oder senden Sie sie an den Verantwortlichen des Servers.</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>Falltitel</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Case &amp;title:</source>
        <translation>Fall&amp;titel:</translation>
    </message>
    <message>
        <source>Te&amp;chnician:</source>
        <translation>Te&amp;chniker:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Redaction covers the report; the evidence captures always hold the real packets.</source>
        <translation>Die Anonymisierung betrifft den Bericht; die Beweismitschnitte enthalten immer die echten Pakete.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Datei&amp;name:</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Diagnosis: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Diagnose: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Diagnosis: no capture was analysed.</source>
        <translation>Diagnose: Es wurde kein Mitschnitt analysiert.</translation>
    </message>
    <message>
        <source>Verification: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Prüfung: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Verification: not done.</source>
        <translation>Prüfung: nicht durchgeführt.</translation>
    </message>
    <message>
        <source>Error %1 on %2</source>
        <translation>Fehler %1 auf %2</translation>
    </message>
    <message>
        <source>Choose a folder for the report</source>
        <translation>Ordner für den Bericht auswählen</translation>
    </message>
    <message>
        <source>%1 exists</source>
        <translation>%1 existiert</translation>
    </message>
    <message>
        <source>&lt;b&gt;The folder %1 cannot be created.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Der Ordner %1 kann nicht angelegt werden.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 kept (not replaced)</source>
        <translation>%1 behalten (nicht ersetzt)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Written:&lt;br&gt;%1</source>
        <translation>Geschrieben:&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Nothing selected to export.</source>
        <translation>Nichts zum Exportieren ausgewählt.</translation>
    </message>
    <message>
        <source>Replaces IP addresses and server and array names in the HTML, PDF and JSON reports with placeholders such as client-1 and server-1.</source>
        <translation>Ersetzt IP-Adressen sowie Server- und Arraynamen in den HTML-, PDF- und JSON-Berichten durch Platzhalter wie client-1 und server-1.</translation>
    </message>
</context>
<context>
    <name>ResolutionPage</name>
    <message>
        <source>I have made this change on the real server &amp;console</source>
        <translation>Ich habe diese Änderung in der echten Server&amp;konsole vorgenommen</translation>
    </message>
    <message>
        <source>Clear &quot;Block IP fragments&quot;</source>
        <translation>&quot;Block IP fragments&quot; deaktivieren</translation>
    </message>
    <message>
        <source>Practise on this copy of the %1 console, then do the same on the server. The labels stay in English, as on the server, with a translation beside them.</source>
        <translation>Üben Sie an dieser Nachbildung der Konsole von %1 und machen Sie dann dasselbe auf dem Server. Die Beschriftungen bleiben englisch wie auf dem Server, mit Übersetzung daneben.</translation>
    </message>
    <message>
        <source>Click where the highlight shows. The same clicks on the server&apos;s console turn off the option (KB 838438, Resolution).</source>
        <translation>Klicken Sie dort, wo die Hervorhebung es zeigt. Dieselben Klicks in der Konsole des Servers schalten die Option aus (KB 838438, Lösung).</translation>
    </message>
    <message>
        <source>&amp;Make the change</source>
        <translation>Änderung &amp;vornehmen</translation>
    </message>
    <message>
        <source>Is it &amp;safe? Alternatives</source>
        <translation>Ist es &amp;sicher? Alternativen</translation>
    </message>
    <message>
        <source>Before you change it: is it safe, and what if you can&apos;t?</source>
        <translation>Vor der Änderung: Ist es sicher, und was, wenn Sie es nicht dürfen?</translation>
    </message>
    <message>
        <source>Check this if you made the change on the server without practising here; Next then goes on to the verification.</source>
        <translation>Aktivieren Sie dies, wenn Sie die Änderung auf dem Server ohne Übung hier vorgenommen haben; Weiter führt dann zur Überprüfung.</translation>
    </message>
</context>
<context>
    <name>SampleCaptures</name>
    <message>
        <source>Sample: the server blocks IP fragments (KB 838438)</source>
        <translation>Beispiel: Der Server blockiert IP-Fragmente (KB 838438)</translation>
    </message>
    <message>
        <source>Sample: fragments pass, negotiation completes</source>
        <translation>Beispiel: Fragmente kommen durch, die Aushandlung wird abgeschlossen</translation>
    </message>
    <message>
        <source>the server blocks IP fragments</source>
        <translation>der Server blockiert IP-Fragmente</translation>
    </message>
    <message>
        <source>a router drops IP fragments</source>
        <translation>ein Router verwirft IP-Fragmente</translation>
    </message>
    <message>
        <source>the client drops IP fragments</source>
        <translation>der Client verwirft IP-Fragmente</translation>
    </message>
    <message>
        <source>pre-shared key, nothing fragmented</source>
        <translation>vorinstallierter Schlüssel, nichts fragmentiert</translation>
    </message>
    <message>
        <source>NAT-T, the server blocks IP fragments</source>
        <translation>NAT-T, der Server blockiert IP-Fragmente</translation>
    </message>
    <message>
        <source>NAT-T, fragments pass</source>
        <translation>NAT-T, Fragmente kommen durch</translation>
    </message>
    <message>
        <source>IKEv2 with IKE fragmentation</source>
        <translation>IKEv2 mit IKE-Fragmentierung</translation>
    </message>
    <message>
        <source>IKEv2 without IKE fragmentation, the server blocks IP fragments</source>
        <translation>IKEv2 ohne IKE-Fragmentierung, der Server blockiert IP-Fragmente</translation>
    </message>
    <message>
        <source>IPv6, the server blocks IP fragments</source>
        <translation>IPv6, der Server blockiert IP-Fragmente</translation>
    </message>
    <message>
        <source>Lab: %1 (captured at the server)</source>
        <translation>Labor: %1 (am Server aufgezeichnet)</translation>
    </message>
    <message>
        <source>Lab: %1 (captured at the client)</source>
        <translation>Labor: %1 (am Client aufgezeichnet)</translation>
    </message>
    <message>
        <source>Lab: %1</source>
        <translation>Labor: %1</translation>
    </message>
    <message>
        <source>Sample: %1</source>
        <translation>Beispiel: %1</translation>
    </message>
</context>
<context>
    <name>ServerProduct</name>
    <message>
        <source>ISA Server 2004</source>
        <translation>ISA Server 2004</translation>
    </message>
    <message>
        <source>ISA Server 2006 Standard Edition</source>
        <translation>ISA Server 2006 Standard Edition</translation>
    </message>
    <message>
        <source>ISA Server 2006 Enterprise Edition</source>
        <translation>ISA Server 2006 Enterprise Edition</translation>
    </message>
    <message>
        <source>Forefront TMG Medium Business Edition</source>
        <translation>Forefront TMG Medium Business Edition</translation>
    </message>
    <message>
        <source>Forefront TMG 2010</source>
        <translation>Forefront TMG 2010</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Nicht angegeben</translation>
    </message>
</context>
<context>
    <name>SymptomPage</name>
    <message>
        <source>Which error does the VPN client show?</source>
        <translation>Welchen Fehler zeigt der VPN-Client?</translation>
    </message>
    <message>
        <source>KB 838438 is about one exact message. Several other errors look similar but point elsewhere.</source>
        <translation>KB 838438 behandelt eine bestimmte Meldung. Einige andere Fehler sehen ähnlich aus, haben aber andere Ursachen.</translation>
    </message>
    <message>
        <source>The symptom this wizard solves:&lt;br&gt;&lt;b&gt;Error 792: %1&lt;/b&gt;</source>
        <translation>Das Symptom, das dieser Assistent löst:&lt;br&gt;&lt;b&gt;Fehler 792: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Pick the &amp;error the client reported:</source>
        <translation>Wählen Sie den &amp;Fehler, den der Client gemeldet hat:</translation>
    </message>
    <message>
        <source>Error reported by the VPN client</source>
        <translation>Vom VPN-Client gemeldeter Fehler</translation>
    </message>
    <message>
        <source>Error %1: %2</source>
        <translation>Fehler %1: %2</translation>
    </message>
    <message>
        <source>Select an error to see how it differs from 792.</source>
        <translation>Wählen Sie einen Fehler, um den Unterschied zu 792 zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>Click Next to describe the server.</source>
        <translation>Klicken Sie auf Weiter, um den Server zu beschreiben.</translation>
    </message>
    <message>
        <source>Click Next to see where this error points instead.</source>
        <translation>Klicken Sie auf Weiter, um zu sehen, wohin dieser Fehler stattdessen zeigt.</translation>
    </message>
    <message>
        <source>Choose the error number and message the VPN client showed. The text below the list says how the selected error differs from Error 792.</source>
        <translation>Wählen Sie die Fehlernummer und Meldung, die der VPN-Client angezeigt hat. Der Text unter der Liste sagt, wie sich der gewählte Fehler von Fehler 792 unterscheidet.</translation>
    </message>
</context>
<context>
    <name>TroubleshootWizard</name>
    <message>
        <source>Error 792 troubleshooter (KB 838438)</source>
        <translation>Problemlösung für Fehler 792 (KB 838438)</translation>
    </message>
    <message>
        <source>About this troubleshooter</source>
        <translation>Über diese Problemlösung</translation>
    </message>
    <message>
        <source>This wizard follows Microsoft KB 838438: L2TP/IPsec VPN clients of ISA Server 2004, ISA Server 2006 or Forefront TMG Medium Business Edition fail with Error 792 when the firewall blocks IP fragments.

Describe the symptom and the server, confirm the cause with a capture, make the change in the console (the wizard shows where to click), verify with a second capture and export a report.</source>
        <translation>Dieser Assistent folgt Microsoft KB 838438: L2TP/IPsec-VPN-Clients von ISA Server 2004, ISA Server 2006 oder Forefront TMG Medium Business Edition scheitern mit Fehler 792, wenn die Firewall IP-Fragmente blockiert.

Beschreiben Sie Symptom und Server, bestätigen Sie die Ursache mit einem Mitschnitt, nehmen Sie die Änderung in der Konsole vor (der Assistent zeigt, wo Sie klicken), prüfen Sie mit einem zweiten Mitschnitt und exportieren Sie einen Bericht.</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>No IKE traffic seen</source>
        <translation>Kein IKE-Verkehr gesehen</translation>
    </message>
    <message>
        <source>No IKE message (UDP 500 or 4500) was captured. Check that the capture ran on the interface that faces the VPN clients, that the filter was not changed, and that the client really tried to connect while capturing. If UDP 500/4500 is blocked before this host, the client reports error 809 rather than 792.</source>
        <translation>Es wurde keine IKE-Nachricht (UDP 500 oder 4500) aufgezeichnet. Prüfen Sie, ob auf der Schnittstelle zu den VPN-Clients aufgezeichnet wurde, ob der Filter unverändert ist und ob der Client während der Aufzeichnung wirklich eine Verbindung versucht hat. Ist UDP 500/4500 vor diesem Host blockiert, meldet der Client Fehler 809 statt 792.</translation>
    </message>
    <message>
        <source>IKE negotiation completed</source>
        <translation>IKE-Aushandlung abgeschlossen</translation>
    </message>
    <message>
        <source>The IKE security association was established (IKEv1 Main Mode message 6 or the IKEv2 IKE_AUTH response reached the client). Any IP fragments got through, so Error 792 is not caused by blocked fragments here.</source>
        <translation>Die IKE-Sicherheitszuordnung wurde hergestellt (die IKEv1-Main-Mode-Nachricht 6 bzw. die IKEv2-IKE_AUTH-Antwort hat den Client erreicht). Alle IP-Fragmente sind durchgekommen; Fehler 792 wird hier also nicht durch blockierte Fragmente verursacht.</translation>
    </message>
    <message>
        <source>Negotiation stalled, but no fragmented message was involved</source>
        <translation>Aushandlung hängt, aber ohne fragmentierte Nachricht</translation>
    </message>
    <message>
        <source>The negotiation stopped without any IP-fragmented IKE message, so KB 838438 does not explain it. Look at the look-alike errors: 789 (pre-shared key or NAT-T registry setting), 809 (UDP 500/4500 blocked or NAT), 13801 (certificate not acceptable), 13806 (no machine certificate), 13868 (policy mismatch).</source>
        <translation>Die Aushandlung brach ohne IP-fragmentierte IKE-Nachricht ab; KB 838438 erklärt sie also nicht. Sehen Sie sich die ähnlichen Fehler an: 789 (vorinstallierter Schlüssel oder NAT-T-Registrierungseinstellung), 809 (UDP 500/4500 blockiert oder NAT), 13801 (Zertifikat nicht akzeptiert), 13806 (kein Computerzertifikat), 13868 (Richtlinien passen nicht).</translation>
    </message>
    <message>
        <source>Fragmented IKE message left complete and was never answered</source>
        <translation>Fragmentierte IKE-Nachricht ging vollständig hinaus und wurde nie beantwortet</translation>
    </message>
    <message>
        <source>A fragmented IKE message left this point complete, every fragment present, and no answer came back while it was retransmitted. Where the fragments were dropped cannot be told from here: capture on the VPN server to tell whether they reach it.</source>
        <translation>Eine fragmentierte IKE-Nachricht hat diesen Punkt vollständig verlassen, mit allen Fragmenten, und während der Wiederholungen kam keine Antwort. Wo die Fragmente verworfen wurden, lässt sich von hier aus nicht sagen: Zeichnen Sie auf dem VPN-Server auf, um zu sehen, ob sie ihn erreichen.</translation>
    </message>
    <message>
        <source>The server&apos;s fragmented answer does not reach the client</source>
        <translation>Die fragmentierte Antwort des Servers erreicht den Client nicht</translation>
    </message>
    <message>
        <source>The VPN server answered with a fragmented IKE message, and the client kept repeating its request: the answer&apos;s fragments are lost on the way to the client or at the client itself (a firewall or router between them, or the client&apos;s own firewall, drops IP fragments).</source>
        <translation>Der VPN-Server hat mit einer fragmentierten IKE-Nachricht geantwortet, und der Client hat seine Anfrage weiter wiederholt: Die Fragmente der Antwort gehen auf dem Weg zum Client oder beim Client selbst verloren (eine Firewall oder ein Router dazwischen oder die Firewall des Clients verwirft IP-Fragmente).</translation>
    </message>
    <message>
        <source>Fragments are lost before they reach the server</source>
        <translation>Fragmente gehen verloren, bevor sie den Server erreichen</translation>
    </message>
    <message>
        <source>The exchange stalls where a large, fragmented IKE message from the client is due, and its fragments arrive incomplete or not at all: a device between the client and the server (router, NAT device, upstream firewall) drops IP fragments.</source>
        <translation>Der Austausch hängt dort, wo eine große, fragmentierte IKE-Nachricht des Clients fällig ist, und ihre Fragmente kommen unvollständig oder gar nicht an: Ein Gerät zwischen Client und Server (Router, NAT-Gerät, vorgelagerte Firewall) verwirft IP-Fragmente.</translation>
    </message>
    <message>
        <source>The client drops the server&apos;s fragmented answer</source>
        <translation>Der Client verwirft die fragmentierte Antwort des Servers</translation>
    </message>
    <message>
        <source>The server&apos;s fragmented answer arrived at the client complete, every fragment present, and the client still kept repeating its request: a firewall on the client itself drops IP fragments.</source>
        <translation>Die fragmentierte Antwort des Servers kam vollständig beim Client an, mit allen Fragmenten, und der Client hat seine Anfrage trotzdem weiter wiederholt: Eine Firewall auf dem Client selbst verwirft IP-Fragmente.</translation>
    </message>
    <message>
        <source>The server receives the fragments and drops them (KB 838438)</source>
        <translation>Der Server empfängt die Fragmente und verwirft sie (KB 838438)</translation>
    </message>
    <message>
        <source>A fragmented IKE message arrived at the VPN server complete, every fragment present, and was never answered while the client retransmitted it. This is KB 838438: the server&apos;s firewall drops IP fragments (&quot;Block IP fragments&quot; is on). Clear &quot;Block IP fragments&quot; on the IP Fragments tab of the IP Preferences dialog, click OK, then Apply.</source>
        <translation>Eine fragmentierte IKE-Nachricht kam vollständig beim VPN-Server an, mit allen Fragmenten, und wurde nie beantwortet, während der Client sie wiederholte. Das ist KB 838438: Die Firewall des Servers verwirft IP-Fragmente (&quot;Block IP fragments&quot; ist aktiv). Deaktivieren Sie &quot;Block IP fragments&quot; auf der Registerkarte IP Fragments im Dialogfeld IP Preferences, klicken Sie auf OK und dann auf Apply.</translation>
    </message>
    <message>
        <source>The client sent its identity message (MM5) and no answer came</source>
        <translation>Der Client hat seine Identitätsnachricht (MM5) gesendet, und keine Antwort kam</translation>
    </message>
    <message>
        <source>The client&apos;s own log shows IPsec Main Mode stopped after the client sent its identity (certificate) message, MM5, and no answer came. That message carries the certificates and is usually IP-fragmented, so this fits KB 838438, but no packet was seen: where the fragments were lost needs a capture at the server or the server&apos;s firewall log.</source>
        <translation>Das Protokoll des Clients zeigt, dass der IPsec-Main-Mode stehen blieb, nachdem der Client seine Identitätsnachricht (mit Zertifikat), MM5, gesendet hatte, und keine Antwort kam. Diese Nachricht trägt die Zertifikate und ist meist IP-fragmentiert; das passt zu KB 838438, aber es wurde kein Paket gesehen: Wo die Fragmente verloren gingen, zeigt ein Mitschnitt am Server oder das Firewallprotokoll des Servers.</translation>
    </message>
    <message>
        <source>The logs do not show where the negotiation stopped</source>
        <translation>Die Protokolle zeigen nicht, wo die Aushandlung stehen blieb</translation>
    </message>
    <message>
        <source>No capture was analysed, and none of the logs given shows where IKE stopped: no ISA/TMG firewall row dropping an IP fragment (result code 0xC0040013) and no IPsec Main Mode failure on the client (Security event 4653 or 547, a WFP net event). They can neither confirm nor rule out blocked fragments.</source>
        <translation>Es wurde kein Mitschnitt analysiert, und keines der angegebenen Protokolle zeigt, wo IKE stehen blieb: keine Zeile der ISA/TMG-Firewall, die ein IP-Fragment verwirft (Ergebniscode 0xC0040013), und kein IPsec-Main-Mode-Fehler auf dem Client (Sicherheitsereignis 4653 oder 547, ein WFP-Netzwerkereignis). Sie können blockierte Fragmente weder bestätigen noch ausschließen.</translation>
    </message>
</context>
<context>
    <name>VerdictAdvice</name>
    <message>
        <source>No IKE traffic was captured. Capture on the interface that faces the VPN clients and have a client connect while the capture runs.</source>
        <translation>Es wurde kein IKE-Verkehr aufgezeichnet. Zeichnen Sie auf der Schnittstelle zu den VPN-Clients auf und lassen Sie einen Client während der Aufzeichnung verbinden.</translation>
    </message>
    <message>
        <source>The fragments are lost before they reach the server: a router, NAT device or upstream firewall drops IP fragments. Check that device (or ask the provider); changing the ISA/TMG setting will not help.</source>
        <translation>Die Fragmente gehen verloren, bevor sie den Server erreichen: Ein Router, NAT-Gerät oder eine vorgelagerte Firewall verwirft IP-Fragmente. Prüfen Sie dieses Gerät (oder fragen Sie den Provider); eine Änderung an ISA/TMG hilft nicht.</translation>
    </message>
    <message>
        <source>The server answers, but its fragmented answer is lost on the way back. Check the devices between the server and the client, and the client&apos;s own firewall.</source>
        <translation>Der Server antwortet, aber seine fragmentierte Antwort geht auf dem Rückweg verloren. Prüfen Sie die Geräte zwischen Server und Client und die Firewall des Clients.</translation>
    </message>
    <message>
        <source>The client&apos;s own firewall drops the fragmented answer. Check third-party firewall or security software on the client.</source>
        <translation>Die Firewall des Clients verwirft die fragmentierte Antwort. Prüfen Sie Firewall- oder Sicherheitssoftware von Drittanbietern auf dem Client.</translation>
    </message>
    <message>
        <source>Nothing was fragmented, so blocked fragments are not the cause. Compare with the look-alike errors 789, 809, 13801, 13806 and 13868.</source>
        <translation>Nichts wurde fragmentiert; blockierte Fragmente sind also nicht die Ursache. Vergleichen Sie mit den ähnlichen Fehlern 789, 809, 13801, 13806 und 13868.</translation>
    </message>
    <message>
        <source>The fragments are still unanswered. Capture on the VPN server itself to see whether they arrive there, then check that the change was applied and the client reconnected.</source>
        <translation>Die Fragmente bleiben unbeantwortet. Zeichnen Sie auf dem VPN-Server selbst auf, um zu sehen, ob sie dort ankommen, und prüfen Sie dann, ob die Änderung übernommen wurde und der Client neu verbunden hat.</translation>
    </message>
    <message>
        <source>This capture does not show the server dropping fragments, so the KB 838438 change may not help. The steps are listed for reference; check the verdict&apos;s explanation first.</source>
        <translation>Dieser Mitschnitt zeigt nicht, dass der Server Fragmente verwirft; die Änderung aus KB 838438 hilft daher vielleicht nicht. Die Schritte stehen zur Referenz hier; lesen Sie zuerst die Erklärung des Urteils.</translation>
    </message>
    <message>
        <source>The verification capture has no IKE traffic: capture again while the client connects.</source>
        <translation>Der Prüfmitschnitt enthält keinen IKE-Verkehr: Zeichnen Sie erneut auf, während sich der Client verbindet.</translation>
    </message>
    <message>
        <source>The negotiation completed, so fragments pass here and this KB does not explain the error. Capture while the failure happens, or check the error number again.</source>
        <translation>Die Aushandlung wurde abgeschlossen; Fragmente kommen hier also durch, und dieser KB-Artikel erklärt den Fehler nicht. Zeichnen Sie auf, während der Fehler auftritt, oder prüfen Sie die Fehlernummer erneut.</translation>
    </message>
    <message>
        <source>The negotiation completed in this capture, so no change is needed. The steps are listed for reference only.</source>
        <translation>Die Aushandlung wurde in diesem Mitschnitt abgeschlossen; es ist keine Änderung nötig. Die Schritte stehen nur zur Referenz hier.</translation>
    </message>
    <message>
        <source>The IKE negotiation now completes, so the fragments get through. If the client still fails, it reports a different error now; check its number.</source>
        <translation>Die IKE-Aushandlung wird jetzt abgeschlossen, die Fragmente kommen durch. Scheitert der Client weiterhin, meldet er jetzt einen anderen Fehler; prüfen Sie dessen Nummer.</translation>
    </message>
    <message>
        <source>Fragments are no longer the problem, but the negotiation still stalls: look at the look-alike errors (789, 809, 13801, 13806, 13868).</source>
        <translation>Fragmente sind nicht mehr das Problem, aber die Aushandlung hängt weiterhin: Sehen Sie sich die ähnlichen Fehler an (789, 809, 13801, 13806, 13868).</translation>
    </message>
    <message>
        <source>The fragments left complete and were never answered. The server most likely drops them (KB 838438); to be certain, capture on the VPN server itself.</source>
        <translation>Die Fragmente gingen vollständig hinaus und wurden nie beantwortet. Wahrscheinlich verwirft der Server sie (KB 838438); sicher wissen Sie es nach einem Mitschnitt auf dem VPN-Server selbst.</translation>
    </message>
    <message>
        <source>The fragments left this point and were never answered. If the VPN server runs ISA Server or Forefront TMG, check &quot;Block IP fragments&quot; as follows; a capture on the server tells whether it is the one dropping them.</source>
        <translation>Die Fragmente haben diesen Punkt verlassen und wurden nie beantwortet. Läuft auf dem VPN-Server ISA Server oder Forefront TMG, prüfen Sie &quot;Block IP fragments&quot; wie folgt; ein Mitschnitt auf dem Server zeigt, ob er sie verwirft.</translation>
    </message>
    <message>
        <source>The server now answers, but its fragmented answer does not reach the client: check the devices between server and client and the client&apos;s own firewall.</source>
        <translation>Der Server antwortet jetzt, aber seine fragmentierte Antwort erreicht den Client nicht: Prüfen Sie die Geräte zwischen Server und Client und die Firewall des Clients.</translation>
    </message>
    <message>
        <source>Fragments now go missing before they reach the server: a router, NAT device or upstream firewall between client and server drops them. Allow IP fragments there, or lower the certificate size.</source>
        <translation>Die Fragmente gehen jetzt verloren, bevor sie den Server erreichen: Ein Router, NAT-Gerät oder vorgelagerte Firewall zwischen Client und Server verwirft sie. Erlauben Sie dort IP-Fragmente oder verkleinern Sie das Zertifikat.</translation>
    </message>
    <message>
        <source>The server&apos;s answer reaches the client and the client drops it: allow IP fragments in the client&apos;s firewall.</source>
        <translation>Die Antwort des Servers erreicht den Client, und der Client verwirft sie: Erlauben Sie IP-Fragmente in der Firewall des Clients.</translation>
    </message>
    <message>
        <source>This is KB 838438: the server receives the fragments and drops them.</source>
        <translation>Das ist KB 838438: Der Server empfängt die Fragmente und verwirft sie.</translation>
    </message>
    <message>
        <source>The capture shows KB 838438: the server drops the IP fragments. Clear &quot;Block IP fragments&quot; as follows, then capture again while the client connects.</source>
        <translation>Der Mitschnitt zeigt KB 838438: Der Server verwirft die IP-Fragmente. Deaktivieren Sie &quot;Block IP fragments&quot; wie folgt und zeichnen Sie erneut auf, während sich der Client verbindet.</translation>
    </message>
    <message>
        <source>The server still drops the fragments. Check that Apply was clicked on the server (or array) the client connects to, that the configuration reached it (Monitoring &gt; Configuration), and that the client made a new connection afterwards: existing sessions keep the old policy. Disconnect them or restart the Firewall service if needed.</source>
        <translation>Der Server verwirft die Fragmente weiterhin. Prüfen Sie, ob auf dem Server (oder Array), mit dem sich der Client verbindet, auf &quot;Übernehmen&quot; geklickt wurde, ob die Konfiguration ihn erreicht hat (Überwachung &gt; Konfiguration) und ob der Client danach eine neue Verbindung aufgebaut hat: Bestehende Sitzungen behalten die alte Richtlinie. Trennen Sie sie oder starten Sie bei Bedarf den Firewalldienst neu.</translation>
    </message>
    <message>
        <source>The client&apos;s log shows MM5 went out and was never answered. Capture on the VPN server, or look in its firewall log for result code 0xC0040013, to tell where the fragments are lost.</source>
        <translation>Das Protokoll des Clients zeigt, dass MM5 hinausging und nie beantwortet wurde. Zeichnen Sie auf dem VPN-Server auf oder suchen Sie in dessen Firewallprotokoll nach dem Ergebniscode 0xC0040013, um zu sehen, wo die Fragmente verloren gehen.</translation>
    </message>
    <message>
        <source>The client&apos;s log shows its identity message was never answered. If the VPN server runs ISA Server or Forefront TMG, check &quot;Block IP fragments&quot; as follows; a capture on the server or its firewall log tells whether it is the one dropping them.</source>
        <translation>Das Protokoll des Clients zeigt, dass seine Identitätsnachricht nie beantwortet wurde. Läuft auf dem VPN-Server ISA Server oder Forefront TMG, prüfen Sie &quot;Block IP fragments&quot; wie folgt; ein Mitschnitt auf dem Server oder sein Firewallprotokoll zeigt, ob er sie verwirft.</translation>
    </message>
    <message>
        <source>The client&apos;s log still shows MM5 unanswered. Capture on the VPN server to see whether the fragments arrive there, then check that the change was applied and the client reconnected.</source>
        <translation>Das Protokoll des Clients zeigt MM5 weiterhin unbeantwortet. Zeichnen Sie auf dem VPN-Server auf, um zu sehen, ob die Fragmente dort ankommen, und prüfen Sie dann, ob die Änderung übernommen wurde und der Client neu verbunden hat.</translation>
    </message>
    <message>
        <source>The logs alone cannot locate the failure. Capture on the VPN server while a client connects, or turn on IPsec auditing on the client (event 4653) and try again.</source>
        <translation>Die Protokolle allein können den Fehler nicht orten. Zeichnen Sie auf dem VPN-Server auf, während ein Client eine Verbindung herstellt, oder aktivieren Sie auf dem Client die IPsec-Überwachung (Ereignis 4653) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The logs do not show the server dropping fragments, so the KB 838438 change may not help. The steps are listed for reference; capture on the server first.</source>
        <translation>Die Protokolle zeigen nicht, dass der Server Fragmente verwirft; die Änderung aus KB 838438 hilft daher möglicherweise nicht. Die Schritte stehen hier zur Information; zeichnen Sie zuerst auf dem Server auf.</translation>
    </message>
    <message>
        <source>The logs still do not show where the negotiation stops: capture on the VPN server while the client connects to verify the change.</source>
        <translation>Die Protokolle zeigen weiterhin nicht, wo die Aushandlung stehen bleibt: Zeichnen Sie auf dem VPN-Server auf, während der Client eine Verbindung herstellt, um die Änderung zu überprüfen.</translation>
    </message>
</context>
<context>
    <name>VerdictView</name>
    <message>
        <source>IKE timeline</source>
        <translation>IKE-Zeitverlauf</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Größe (Byte)</translation>
    </message>
    <message>
        <source>IP fragments</source>
        <translation>IP-Fragmente</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Belege:</translation>
    </message>
    <message>
        <source>Reading stopped early: %1</source>
        <translation>Lesen vorzeitig beendet: %1</translation>
    </message>
    <message>
        <source>client → server</source>
        <translation>Client → Server</translation>
    </message>
    <message>
        <source>server → client</source>
        <translation>Server → Client</translation>
    </message>
    <message>
        <source>%1 (retransmission)</source>
        <translation>%1 (Wiederholung)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Capture point in doubt:</source>
        <translation>Aufzeichnungspunkt fraglich:</translation>
    </message>
    <message>
        <source>One row per IKE message of the session the verdict is about: time since its first message, direction, message, size, the IP fragments that carried it, and whether it was answered.</source>
        <translation>Eine Zeile pro IKE-Nachricht der Sitzung, um die es im Urteil geht: Zeit seit ihrer ersten Nachricht, Richtung, Nachricht, Größe, die IP-Fragmente, die sie trugen, und ob sie beantwortet wurde.</translation>
    </message>
    <message>
        <source>Windows logs:</source>
        <translation>Windows-Protokolle:</translation>
    </message>
    <message numerus="yes">
        <source>%n more log item(s) in the report.</source>
        <translation>
            <numerusform>%n weiterer Protokolleintrag steht im Bericht.</numerusform>
            <numerusform>%n weitere Protokolleinträge stehen im Bericht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Verify the fix</source>
        <translation>Lösung prüfen</translation>
    </message>
    <message>
        <source>Disconnect the VPN client and connect again: sessions that existed before Apply keep the old policy. Capture while it connects, the same way as before.</source>
        <translation>Trennen Sie den VPN-Client und verbinden Sie ihn neu: Sitzungen, die vor &quot;Übernehmen&quot; bestanden, behalten die alte Richtlinie. Zeichnen Sie auf, während er sich verbindet, genau wie zuvor.</translation>
    </message>
</context>
</TS>
