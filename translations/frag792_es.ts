<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CaptureGuide</name>
    <message>
        <source>&amp;Copy commands</source>
        <translation>&amp;Copiar comandos</translation>
    </message>
    <message>
        <source>ISA Server 2004 / 2006 (Windows Server 2003): Network Monitor 3.4</source>
        <translation>ISA Server 2004 / 2006 (Windows Server 2003): Network Monitor 3.4</translation>
    </message>
    <message>
        <source>ISA Server 2004 / 2006 (Windows Server 2003): built-in Network Monitor</source>
        <translation>ISA Server 2004 / 2006 (Windows Server 2003): Monitor de red integrado</translation>
    </message>
    <message>
        <source>Forefront TMG (Windows Server 2008 or 2008 R2): Network Monitor 3.4</source>
        <translation>Forefront TMG (Windows Server 2008 o 2008 R2): Network Monitor 3.4</translation>
    </message>
    <message>
        <source>Forefront TMG 2010 (Windows Server 2008 R2): netsh trace, no download</source>
        <translation>Forefront TMG 2010 (Windows Server 2008 R2): netsh trace, sin descargas</translation>
    </message>
    <message>
        <source>Windows 10 / 11 client: pktmon</source>
        <translation>Cliente Windows 10 / 11: pktmon</translation>
    </message>
    <message>
        <source>Commands to run on Windows</source>
        <translation>Comandos para ejecutar en Windows</translation>
    </message>
    <message>
        <source>Filter by address, never by port, and capture whole packets.</source>
        <translation>Filtre por dirección, nunca por puerto, y capture los paquetes completos.</translation>
    </message>
    <message>
        <source>The second and later pieces of a fragmented packet carry no port number, so a port filter throws away exactly the pieces frag792 needs. If you must limit the packet size, never go below 128 bytes per packet.</source>
        <translation>El segundo fragmento y los siguientes de un paquete fragmentado no llevan número de puerto, así que un filtro por puerto descarta justo los fragmentos que frag792 necesita. Si tiene que limitar el tamaño de los paquetes, nunca baje de 128 bytes por paquete.</translation>
    </message>
    <message>
        <source>Where do you capture?</source>
        <translation>¿Dónde captura?</translation>
    </message>
    <message>
        <source>VPN server&apos;s &amp;address:</source>
        <translation>&amp;Dirección del servidor VPN:</translation>
    </message>
    <message>
        <source>Client&apos;s public &amp;address:</source>
        <translation>&amp;Dirección pública del cliente:</translation>
    </message>
    <message>
        <source>Install Microsoft Network Monitor 3.4 on the server (the x86 or x64 package that matches Windows).</source>
        <translation>Instale Microsoft Network Monitor 3.4 en el servidor (el paquete x86 o x64 que corresponda a Windows).</translation>
    </message>
    <message>
        <source>Open a Command Prompt &lt;b&gt;as administrator&lt;/b&gt; and go to the Network Monitor folder (usually C:\Program Files\Microsoft Network Monitor 3).</source>
        <translation>Abra un símbolo del sistema &lt;b&gt;como administrador&lt;/b&gt; y vaya a la carpeta de Network Monitor (normalmente C:\Program Files\Microsoft Network Monitor 3).</translation>
    </message>
    <message>
        <source>Open a Command Prompt and go to the Network Monitor folder (usually C:\Program Files\Microsoft Network Monitor 3).</source>
        <translation>Abra un símbolo del sistema y vaya a la carpeta de Network Monitor (normalmente C:\Program Files\Microsoft Network Monitor 3).</translation>
    </message>
    <message>
        <source>Run the commands below, then connect from the client and wait for error 792 (or 90 seconds).</source>
        <translation>Ejecute los comandos de abajo, conecte desde el cliente y espere el error 792 (o 90 segundos).</translation>
    </message>
    <message>
        <source>Press Ctrl+C. Copy C:\frag792\isa.cap to this computer and open it here.</source>
        <translation>Pulse Ctrl+C. Copie C:\frag792\isa.cap a este equipo y ábralo aquí.</translation>
    </message>
    <message>
        <source>Control Panel → Add or Remove Programs → Add/Remove Windows Components → Management and Monitoring Tools → Details → tick &lt;b&gt;Network Monitor Tools&lt;/b&gt;.</source>
        <translation>Panel de control → Agregar o quitar programas → Agregar o quitar componentes de Windows → Herramientas de administración y supervisión → Detalles → marque &lt;b&gt;Herramientas del Monitor de red&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Start &lt;b&gt;Network Monitor&lt;/b&gt; from Administrative Tools. If asked, pick the network card that faces the Internet.</source>
        <translation>Inicie el &lt;b&gt;Monitor de red&lt;/b&gt; desde Herramientas administrativas. Si se lo pide, elija la tarjeta de red que da a Internet.</translation>
    </message>
    <message>
        <source>Capture menu → &lt;b&gt;Filter&lt;/b&gt; → double-click &lt;b&gt;AND (Address Pairs)&lt;/b&gt; and enter the client&apos;s public address shown below.</source>
        <translation>Menú Captura → &lt;b&gt;Filtro&lt;/b&gt; → doble clic en &lt;b&gt;AND (Address Pairs)&lt;/b&gt; e introduzca la dirección pública del cliente que se muestra abajo.</translation>
    </message>
    <message>
        <source>Make the capture buffer larger than its default of 1 MB.</source>
        <translation>Aumente el búfer de captura por encima de su valor predeterminado de 1 MB.</translation>
    </message>
    <message>
        <source>Capture → &lt;b&gt;Start&lt;/b&gt;, connect from the client, wait for error 792, then Capture → &lt;b&gt;Stop&lt;/b&gt;.</source>
        <translation>Captura → &lt;b&gt;Iniciar&lt;/b&gt;, conecte desde el cliente, espere el error 792 y luego Captura → &lt;b&gt;Detener&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>File → &lt;b&gt;Save As&lt;/b&gt;, save as a .cap file, copy it to this computer and open it here.</source>
        <translation>Archivo → &lt;b&gt;Guardar como&lt;/b&gt;, guárdelo como archivo .cap, cópielo a este equipo y ábralo aquí.</translation>
    </message>
    <message>
        <source>Open a Command Prompt &lt;b&gt;as administrator&lt;/b&gt; on the TMG server and run the first two commands.</source>
        <translation>Abra un símbolo del sistema &lt;b&gt;como administrador&lt;/b&gt; en el servidor TMG y ejecute los dos primeros comandos.</translation>
    </message>
    <message>
        <source>Connect from the client and wait for error 792 (or 90 seconds).</source>
        <translation>Conecte desde el cliente y espere el error 792 (o 90 segundos).</translation>
    </message>
    <message>
        <source>Run &lt;b&gt;netsh trace stop&lt;/b&gt; and wait until it says it has finished.</source>
        <translation>Ejecute &lt;b&gt;netsh trace stop&lt;/b&gt; y espere hasta que indique que ha terminado.</translation>
    </message>
    <message>
        <source>Convert the file with Microsoft&apos;s free etl2pcapng tool (github.com/microsoft/etl2pcapng, on the server or any Windows PC), then copy tmg.pcapng to this computer and open it here.</source>
        <translation>Convierta el archivo con la herramienta gratuita etl2pcapng de Microsoft (github.com/microsoft/etl2pcapng, en el servidor o en cualquier PC con Windows); luego copie tmg.pcapng a este equipo y ábralo aquí.</translation>
    </message>
    <message>
        <source>Do not add filemode=single: files made that way cannot be converted. The trace has no address filter: keep it short on a busy server.</source>
        <translation>No añada filemode=single: los archivos creados así no se pueden convertir. El seguimiento no tiene filtro de dirección: hágalo breve en un servidor con mucho tráfico.</translation>
    </message>
    <message>
        <source>Open a Command Prompt &lt;b&gt;as administrator&lt;/b&gt; (Windows 10 version 2004 or later, or Windows 11) and run the first four commands.</source>
        <translation>Abra un símbolo del sistema &lt;b&gt;como administrador&lt;/b&gt; (Windows 10 versión 2004 o posterior, o Windows 11) y ejecute los cuatro primeros comandos.</translation>
    </message>
    <message>
        <source>Connect to the VPN and wait for error 792. Then run the last two commands and open client.pcapng here.</source>
        <translation>Conéctese a la VPN y espere el error 792. Luego ejecute los dos últimos comandos y abra client.pcapng aquí.</translation>
    </message>
    <message>
        <source>Keep --pkt-size 0: without it, pktmon keeps only the first 128 bytes of each packet. Keep --comp nics: otherwise pktmon records each packet at several points inside Windows.</source>
        <translation>Mantenga --pkt-size 0: sin él, pktmon guarda solo los primeros 128 bytes de cada paquete. Mantenga --comp nics: si no, pktmon registra cada paquete en varios puntos dentro de Windows.</translation>
    </message>
    <message>
        <source>If Windows says etl2pcap is unknown, use: pktmon pcapng C:\frag792\client.etl -o C:\frag792\client.pcapng</source>
        <translation>Si Windows dice que etl2pcap no existe, use: pktmon pcapng C:\frag792\client.etl -o C:\frag792\client.pcapng</translation>
    </message>
    <message>
        <source>frag792 cannot read .etl files (netsh trace, pktmon): only Windows can. Convert the file on Windows first, then open the result here.</source>
        <translation>frag792 no puede leer archivos .etl (netsh trace, pktmon): solo Windows puede. Convierta primero el archivo en Windows y luego abra el resultado aquí.</translation>
    </message>
    <message>
        <source>Use the command that fits the tool that made it:</source>
        <translation>Use el comando que corresponda a la herramienta que lo creó:</translation>
    </message>
    <message>
        <source>pktmon (Windows 10 1809 and later, Server 2019 and later): pktmon etl2pcap FILE.etl --out FILE.pcapng (version 2004 and later; older builds: pktmon pcapng FILE.etl -o FILE.pcapng)</source>
        <translation>pktmon (Windows 10 1809 o posterior, Server 2019 o posterior): pktmon etl2pcap ARCHIVO.etl --out ARCHIVO.pcapng (versión 2004 o posterior; compilaciones anteriores: pktmon pcapng ARCHIVO.etl -o ARCHIVO.pcapng)</translation>
    </message>
    <message>
        <source>netsh trace: etl2pcapng.exe FILE.etl FILE.pcapng (github.com/microsoft/etl2pcapng)</source>
        <translation>netsh trace: etl2pcapng.exe ARCHIVO.etl ARCHIVO.pcapng (github.com/microsoft/etl2pcapng)</translation>
    </message>
    <message>
        <source>or open the .etl in Network Monitor 3.4 and use File → Save As to save a .cap file</source>
        <translation>o abra el .etl en Network Monitor 3.4 y use Archivo → Guardar como para guardar un archivo .cap</translation>
    </message>
</context>
<context>
    <name>CapturePage</name>
    <message>
        <source>S&amp;kip the capture: I already know &quot;Block IP fragments&quot; is on</source>
        <translation>O&amp;mitir la captura: ya sé que &quot;Block IP fragments&quot; está activado</translation>
    </message>
    <message>
        <source>Confirm the cause with a capture</source>
        <translation>Confirmar la causa con una captura</translation>
    </message>
    <message>
        <source>Capture while a client tries to connect (best on the VPN server), or open a capture file. frag792 looks for fragmented IKE messages that are never answered.</source>
        <translation>Capture mientras un cliente intenta conectarse (mejor en el servidor VPN) o abra un archivo de captura. frag792 busca mensajes IKE fragmentados que nunca reciben respuesta.</translation>
    </message>
    <message>
        <source>Click Next to clear &quot;Block IP fragments&quot; in the management console.</source>
        <translation>Haga clic en Siguiente para desactivar &quot;Block IP fragments&quot; en la consola de administración.</translation>
    </message>
    <message>
        <source>Click Next for the report.</source>
        <translation>Haga clic en Siguiente para el informe.</translation>
    </message>
    <message>
        <source>How to capture on the server or a Windows client</source>
        <translation>Cómo capturar en el servidor o en un cliente Windows</translation>
    </message>
    <message>
        <source>Click Next to confirm what the capture shows about the server.</source>
        <translation>Haga clic en Siguiente para confirmar lo que la captura muestra del servidor.</translation>
    </message>
    <message>
        <source>Goes on to the console change without a capture; the report then says that no capture was analysed.</source>
        <translation>Continúa con el cambio en la consola sin captura; el informe indica entonces que no se analizó ninguna captura.</translation>
    </message>
</context>
<context>
    <name>CapturePanel</name>
    <message>
        <source>&amp;Start capture</source>
        <translation>&amp;Iniciar captura</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Open capture &amp;file…</source>
        <translation>Abrir archivo de &amp;captura…</translation>
    </message>
    <message>
        <source>Open sa&amp;mple</source>
        <translation>Abrir &amp;ejemplo</translation>
    </message>
    <message>
        <source>Network interface to capture on</source>
        <translation>Interfaz de red en la que capturar</translation>
    </message>
    <message>
        <source>Where this machine sits</source>
        <translation>Dónde está este equipo</translation>
    </message>
    <message>
        <source>This machine is the VPN server</source>
        <translation>Este equipo es el servidor VPN</translation>
    </message>
    <message>
        <source>This machine is a VPN client</source>
        <translation>Este equipo es un cliente VPN</translation>
    </message>
    <message>
        <source>A mirror port or tap between them</source>
        <translation>Un puerto espejo o tap entre ellos</translation>
    </message>
    <message>
        <source>Not sure: let frag792 decide from the packets</source>
        <translation>No lo sé: que frag792 lo decida por los paquetes</translation>
    </message>
    <message>
        <source>Bundled sample captures</source>
        <translation>Capturas de ejemplo incluidas</translation>
    </message>
    <message>
        <source>Progress reading the capture file</source>
        <translation>Progreso de lectura del archivo de captura</translation>
    </message>
    <message>
        <source>Capture live on this machine</source>
        <translation>Capturar en vivo en este equipo</translation>
    </message>
    <message>
        <source>&amp;Interface:</source>
        <translation>I&amp;nterfaz:</translation>
    </message>
    <message>
        <source>&amp;Where the capture is taken:</source>
        <translation>&amp;Dónde se toma la captura:</translation>
    </message>
    <message>
        <source>Fragment &amp;arrival</source>
        <translation>Llegada de &amp;fragmentos</translation>
    </message>
    <message>
        <source>&amp;Verdict and timeline</source>
        <translation>&amp;Veredicto y cronología</translation>
    </message>
    <message>
        <source>(likely)</source>
        <translation>(probable)</translation>
    </message>
    <message>
        <source>No capturable interface found</source>
        <translation>No se encontró ninguna interfaz de captura</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Capturing on %1. Now connect the VPN client and wait for the error (about a minute), then click Stop.</source>
        <translation>Capturando en %1. Conecte ahora el cliente VPN y espere el error (alrededor de un minuto); después haga clic en Detener.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n packet(s) analysed.</source>
        <translation>
            <numerusform>Listo: %n paquete analizado.</numerusform>
            <numerusform>Listo: %n paquetes analizados.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>El archivo no existe.</translation>
    </message>
    <message>
        <source>The file ends in the middle of a packet; the packets before that were analysed.</source>
        <translation>El archivo termina en medio de un paquete; se analizaron los paquetes anteriores.</translation>
    </message>
    <message>
        <source>The capture&apos;s link type is not supported.</source>
        <translation>El tipo de enlace de la captura no es compatible.</translation>
    </message>
    <message>
        <source>The capture filter was rejected.</source>
        <translation>Se rechazó el filtro de captura.</translation>
    </message>
    <message>
        <source>Capturing is not permitted: see the command above.</source>
        <translation>No se permite capturar: vea el comando de arriba.</translation>
    </message>
    <message>
        <source>The interface does not exist (any more).</source>
        <translation>La interfaz no existe (o ya no existe).</translation>
    </message>
    <message>
        <source>The interface went down during the capture.</source>
        <translation>La interfaz se cayó durante la captura.</translation>
    </message>
    <message>
        <source>The evidence file could not be written, so the report will not include it.</source>
        <translation>No se pudo escribir el archivo de evidencia; el informe no lo incluirá.</translation>
    </message>
    <message>
        <source>The capture failed.</source>
        <translation>La captura falló.</translation>
    </message>
    <message>
        <source>Open a capture file</source>
        <translation>Abrir un archivo de captura</translation>
    </message>
    <message>
        <source>The sample could not be unpacked.</source>
        <translation>No se pudo extraer el ejemplo.</translation>
    </message>
    <message>
        <source>The file cannot be read as a capture (pcap, pcapng or Network Monitor .cap).</source>
        <translation>El archivo no se puede leer como captura (pcap, pcapng o .cap de Network Monitor).</translation>
    </message>
    <message>
        <source>The file ends inside its header; there is nothing to analyse.</source>
        <translation>El archivo termina dentro de su cabecera; no hay nada que analizar.</translation>
    </message>
    <message>
        <source>The capture ended early; what arrived before that was analysed.</source>
        <translation>La captura terminó antes de tiempo; se analizó lo que llegó hasta entonces.</translation>
    </message>
    <message>
        <source>Captures (*.pcapng *.pcap *.cap *.etl);;All files (*)</source>
        <translation>Capturas (*.pcapng *.pcap *.cap *.etl);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Where the capture is taken decides which drops the verdict can see: on the VPN server, on a client, or on the path between them.</source>
        <translation>El lugar de la captura decide qué descartes puede ver el veredicto: en el servidor VPN, en un cliente o en el camino entre ambos.</translation>
    </message>
    <message>
        <source>libpcap cannot read this file and frag792&apos;s reader of other formats (Network Monitor .cap) is missing or from another build: reinstall frag792.</source>
        <translation>libpcap no puede leer este archivo y el lector de otros formatos de frag792 (Network Monitor .cap) falta o procede de otra compilación: reinstale frag792.</translation>
    </message>
</context>
<context>
    <name>CapturePermissionPanel</name>
    <message>
        <source>&lt;b&gt;Live capture is not permitted for this program yet.&lt;/b&gt;</source>
        <translation>&lt;b&gt;La captura en vivo aún no está permitida para este programa.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Command that grants capture permission</source>
        <translation>Comando que concede el permiso de captura</translation>
    </message>
    <message>
        <source>&amp;Copy command</source>
        <translation>&amp;Copiar comando</translation>
    </message>
    <message>
        <source>You can still open a capture file or a sample.</source>
        <translation>Aún puede abrir un archivo de captura o un ejemplo.</translation>
    </message>
    <message>
        <source>Only members of the group %1 may capture packets. Add yourself to the group %1 (an administrator runs the command below), then log out and log in again.</source>
        <translation>Solo los miembros del grupo %1 pueden capturar paquetes. Añádase al grupo %1 (un administrador ejecuta el comando de abajo) y luego cierre la sesión y vuelva a iniciarla.</translation>
    </message>
    <message>
        <source>You are a member of the group %1, but this session started before you joined it. Log out and log in again, then start frag792.</source>
        <translation>Es miembro del grupo %1, pero esta sesión comenzó antes de que se uniera a él. Cierre la sesión, vuelva a iniciarla y luego inicie frag792.</translation>
    </message>
    <message>
        <source>The capture helper %1 is missing. Reinstall frag792.</source>
        <translation>Falta el programa auxiliar de captura %1. Vuelva a instalar frag792.</translation>
    </message>
    <message>
        <source>This user may not run the capture helper %1. Ask an administrator to check its owner and permissions.</source>
        <translation>Este usuario no puede ejecutar el programa auxiliar de captura %1. Pida a un administrador que revise su propietario y sus permisos.</translation>
    </message>
    <message>
        <source>Capturing packets needs the CAP_NET_RAW and CAP_NET_ADMIN capabilities. Grant them once to the capture helper (an administrator runs the command below), then start frag792 again. The wizard itself never needs to run as an administrator.</source>
        <translation>Capturar paquetes requiere las capacidades CAP_NET_RAW y CAP_NET_ADMIN. Concédalas una vez al programa auxiliar de captura (un administrador ejecuta el comando de abajo) y vuelva a iniciar frag792. El asistente en sí nunca necesita ejecutarse como administrador.</translation>
    </message>
</context>
<context>
    <name>CausePage</name>
    <message>
        <source>Why the connection times out</source>
        <translation>Por qué se agota el tiempo de la conexión</translation>
    </message>
    <message>
        <source>KB 838438: the firewall on the VPN server is set to block IP fragments.</source>
        <translation>KB 838438: el firewall del servidor VPN está configurado para bloquear fragmentos IP.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Before L2TP can start, the client and the server authenticate each other with IKE. In the fifth and sixth Main Mode messages they exchange certificates. These messages are larger than one packet (the MTU, usually 1500 bytes), so IP splits them into fragments.&lt;/p&gt;&lt;p&gt;Only the first fragment carries the UDP header with port 500 (or 4500). With &lt;b&gt;Block IP fragments&lt;/b&gt; turned on, ISA Server or TMG drops every fragment, the IKE message never arrives, and after about a minute of retransmissions the client reports Error 792.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Antes de que empiece L2TP, el cliente y el servidor se autentican mutuamente con IKE. En los mensajes quinto y sexto del Main Mode intercambian certificados. Estos mensajes superan el tamaño de un paquete (la MTU, normalmente 1500 bytes), así que IP los divide en fragmentos.&lt;/p&gt;&lt;p&gt;Solo el primer fragmento lleva el encabezado UDP con el puerto 500 (o 4500). Con &lt;b&gt;Block IP fragments&lt;/b&gt; activado, ISA Server o TMG descarta todos los fragmentos, el mensaje IKE nunca llega y, tras un minuto de retransmisiones, el cliente informa el error 792.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Side effect worth knowing:&lt;/b&gt; blocking IP fragments also breaks Kerberos over UDP, whose tickets are often fragmented; Microsoft recommends not blocking fragments where domain members authenticate through the firewall. Clearing the option fixes both.</source>
        <translation>&lt;b&gt;Efecto secundario que conviene saber:&lt;/b&gt; bloquear fragmentos IP también rompe Kerberos sobre UDP, cuyos vales suelen ir fragmentados; Microsoft recomienda no bloquear fragmentos donde los miembros del dominio se autentican a través del firewall. Desactivar la opción arregla ambas cosas.</translation>
    </message>
    <message>
        <source>You use a pre-shared key: messages 5 and 6 are small then, so this cause is unlikely. A capture on the next page shows whether anything is fragmented at all.</source>
        <translation>Usa una clave previamente compartida: en ese caso los mensajes 5 y 6 son pequeños y esta causa es poco probable. La captura de la página siguiente muestra si algo se fragmenta.</translation>
    </message>
</context>
<context>
    <name>ConsoleLabel</name>
    <message>
        <source>Click Apply to save changes and update the configuration.</source>
        <translation>Haga clic en Aplicar para guardar los cambios y actualizar la configuración.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Help Topics</source>
        <translation>Temas de Ayuda</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Saving Configuration Changes</source>
        <translation>Guardando los cambios de configuración</translation>
    </message>
    <message>
        <source>Changes to the configuration were successfully saved.</source>
        <translation>Los cambios de la configuración se guardaron correctamente.</translation>
    </message>
    <message>
        <source>Firewall Policy Tasks</source>
        <translation>Tareas de directiva de firewall</translation>
    </message>
    <message>
        <source>Related Tasks</source>
        <translation>Tareas relacionadas</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Supervisión</translation>
    </message>
    <message>
        <source>Firewall Policy</source>
        <translation>Directiva de firewall</translation>
    </message>
    <message>
        <source>Virtual Private Networks (VPN)</source>
        <translation>Redes privadas virtuales (VPN)</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Redes</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Caché</translation>
    </message>
    <message>
        <source>Add-ins</source>
        <translation>Complementos</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Servidores</translation>
    </message>
    <message>
        <source>Arrays</source>
        <translation>Matrices</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Funciones de red</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Logs &amp; Reports</source>
        <translation>Registros e informes</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Web Access Policy</source>
        <translation>Directiva de acceso web</translation>
    </message>
    <message>
        <source>Intrusion Prevention System</source>
        <translation>Sistema de prevención de intrusiones</translation>
    </message>
    <message>
        <source>Remote Access Policy (VPN)</source>
        <translation>Directiva de acceso remoto (VPN)</translation>
    </message>
    <message>
        <source>Update Center</source>
        <translation>Centro de actualizaciones</translation>
    </message>
    <message>
        <source>IP Options</source>
        <translation>Opciones de IP</translation>
    </message>
    <message>
        <source>IP Fragments</source>
        <translation>Fragmentos IP</translation>
    </message>
    <message>
        <source>IP Routing</source>
        <translation>Enrutamiento IP</translation>
    </message>
    <message>
        <source>IP Preferences</source>
        <translation>Preferencias de IP</translation>
    </message>
    <message>
        <source>Additional Security Policy</source>
        <translation>Directiva de seguridad adicional</translation>
    </message>
    <message>
        <source>Define IP Preferences</source>
        <translation>Definir preferencias de IP</translation>
    </message>
    <message>
        <source>Configure IP Protection</source>
        <translation>Configurar protección de IP</translation>
    </message>
    <message>
        <source>Configure IP Preferences</source>
        <translation>Configurar preferencias de IP</translation>
    </message>
    <message>
        <source>Configure IP Options Filtering</source>
        <translation>Configurar filtrado de opciones de IP</translation>
    </message>
    <message>
        <source>Enable Intrusion Detection and DNS Attack Detection</source>
        <translation>Habilitar detección de intrusiones y de ataques DNS</translation>
    </message>
    <message>
        <source>Define RADIUS Servers</source>
        <translation>Definir servidores RADIUS</translation>
    </message>
    <message>
        <source>Define LDAP and RADIUS Servers</source>
        <translation>Definir servidores LDAP y RADIUS</translation>
    </message>
    <message>
        <source>Specify DiffServ Preferences</source>
        <translation>Especificar preferencias de DiffServ</translation>
    </message>
    <message>
        <source>Configure Flood Mitigation Settings</source>
        <translation>Configurar opciones de mitigación de inundaciones</translation>
    </message>
    <message>
        <source>Create Access Rule</source>
        <translation>Crear regla de acceso</translation>
    </message>
    <message>
        <source>Enable Intrusion Detection</source>
        <translation>Habilitar detección de intrusiones</translation>
    </message>
    <message>
        <source>Edit System Policy</source>
        <translation>Editar directiva del sistema</translation>
    </message>
    <message>
        <source>Network Inspection System (NIS)</source>
        <translation>Sistema de inspección de red (NIS)</translation>
    </message>
    <message>
        <source>Behavioral Intrusion Detection</source>
        <translation>Detección de intrusiones por comportamiento</translation>
    </message>
    <message>
        <source>Configure Detection Settings for Common Network Attacks</source>
        <translation>Configurar opciones de detección de ataques de red comunes</translation>
    </message>
    <message>
        <source>ISA Server Management</source>
        <translation>Administración de ISA Server</translation>
    </message>
    <message>
        <source>Microsoft Internet Security and Acceleration Server 2006</source>
        <translation>Microsoft Internet Security and Acceleration Server 2006</translation>
    </message>
    <message>
        <source>Microsoft Forefront Threat Management Gateway, Medium Business Edition Management</source>
        <translation>Administración de Microsoft Forefront Threat Management Gateway, Medium Business Edition</translation>
    </message>
    <message>
        <source>Forefront TMG MBE Management</source>
        <translation>Administración de Forefront TMG MBE</translation>
    </message>
    <message>
        <source>Forefront TMG Management</source>
        <translation>Administración de Forefront TMG</translation>
    </message>
    <message>
        <source>Microsoft Forefront Threat Management Gateway</source>
        <translation>Microsoft Forefront Threat Management Gateway</translation>
    </message>
    <message>
        <source>Block IP fragments</source>
        <translation>Bloquear fragmentos IP</translation>
    </message>
    <message>
        <source>Enable IP options filtering</source>
        <translation>Habilitar filtrado de opciones de IP</translation>
    </message>
    <message>
        <source>Deny packets with the selected IP options</source>
        <translation>Denegar paquetes con las opciones de IP seleccionadas</translation>
    </message>
    <message>
        <source>Deny all packets with any IP option</source>
        <translation>Denegar todos los paquetes con cualquier opción de IP</translation>
    </message>
    <message>
        <source>Deny packets with all except selected IP options</source>
        <translation>Denegar paquetes con todas las opciones de IP excepto las seleccionadas</translation>
    </message>
    <message>
        <source>Enable IP routing</source>
        <translation>Habilitar enrutamiento IP</translation>
    </message>
</context>
<context>
    <name>ConsoleMimic</name>
    <message>
        <source>Next step</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Pista</translation>
    </message>
    <message>
        <source>Console tree</source>
        <translation>Árbol de consola</translation>
    </message>
    <message>
        <source>Task pane</source>
        <translation>Panel de tareas</translation>
    </message>
    <message>
        <source>The change is already made.</source>
        <translation>El cambio ya está hecho.</translation>
    </message>
    <message>
        <source>Not there. %1</source>
        <translation>Ahí no. %1</translation>
    </message>
    <message>
        <source>The console&apos;s tree, as on the server. Move to the highlighted node with the arrow keys; the instruction above the console says which one.</source>
        <translation>El árbol de la consola, como en el servidor. Vaya al nodo resaltado con las teclas de flecha; la instrucción sobre la consola indica cuál.</translation>
    </message>
    <message>
        <source>Firewall policy rules</source>
        <translation>Reglas de la directiva de firewall</translation>
    </message>
</context>
<context>
    <name>ConsoleScript</name>
    <message>
        <source>In the Enterprise Edition the setting belongs to the array: every server in %1 gets it. (The server you typed, %2, is a member of this array.)</source>
        <translation>En Enterprise Edition la configuración pertenece a la matriz: todos los servidores de %1 la reciben. (El servidor que escribió, %2, es miembro de esta matriz.)</translation>
    </message>
    <message>
        <source>In TMG 2010 &quot;Block IP fragments&quot; is off by default. If it is checked on this server, someone turned it on.</source>
        <translation>En TMG 2010 &quot;Block IP fragments&quot; está desactivado de forma predeterminada. Si está marcado en este servidor, alguien lo activó.</translation>
    </message>
    <message>
        <source>Done: the change is saved. Existing VPN sessions keep the old policy, so disconnect the VPN client and connect it again before you verify.</source>
        <translation>Listo: el cambio está guardado. Las sesiones VPN existentes conservan la directiva anterior; desconecte el cliente VPN y vuelva a conectarlo antes de verificar.</translation>
    </message>
    <message>
        <source>In the console tree, expand %1.</source>
        <translation>En el árbol de consola, expanda %1.</translation>
    </message>
    <message>
        <source>In the console tree, click %1.</source>
        <translation>En el árbol de consola, haga clic en %1.</translation>
    </message>
    <message>
        <source>In the details pane, click the %1 tab.</source>
        <translation>En el panel de detalles, haga clic en la pestaña %1.</translation>
    </message>
    <message>
        <source>In the task pane, on the Tasks tab, click %1.</source>
        <translation>En el panel de tareas, en la pestaña Tasks (Tareas), haga clic en %1.</translation>
    </message>
    <message>
        <source>In the details pane, under %1, click %2.</source>
        <translation>En el panel de detalles, en %1, haga clic en %2.</translation>
    </message>
    <message>
        <source>In the details pane, click %1.</source>
        <translation>En el panel de detalles, haga clic en %1.</translation>
    </message>
    <message>
        <source>(Some builds label it %1.)</source>
        <translation>(Algunas versiones lo llaman %1.)</translation>
    </message>
    <message>
        <source>Click the %1 tab.</source>
        <translation>Haga clic en la pestaña %1.</translation>
    </message>
    <message>
        <source>Clear the %1 check box.</source>
        <translation>Desactive la casilla %1.</translation>
    </message>
    <message>
        <source>Click %1 to close the dialog.</source>
        <translation>Haga clic en %1 para cerrar el cuadro de diálogo.</translation>
    </message>
    <message>
        <source>Click %1 to update the firewall policy.</source>
        <translation>Haga clic en %1 para actualizar la directiva de firewall.</translation>
    </message>
    <message>
        <source>Click %1 when the configuration is saved.</source>
        <translation>Haga clic en %1 cuando la configuración esté guardada.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Paso %1 de %2: %3</translation>
    </message>
</context>
<context>
    <name>ElsewherePage</name>
    <message>
        <source>Error %1 is not the problem KB 838438 solves</source>
        <translation>El error %1 no es el problema que resuelve el KB 838438</translation>
    </message>
    <message>
        <source>Blocked IP fragments make the client time out with 792; this error means something else.</source>
        <translation>Los fragmentos IP bloqueados hacen que el cliente agote el tiempo con el error 792; este error significa otra cosa.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Microsoft&apos;s message:&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;&lt;b&gt;How it differs from 792:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Where to look instead:&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;If the client later reports Error 792, start this wizard again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Mensaje de Microsoft:&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;&lt;b&gt;En qué se diferencia del 792:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dónde buscar:&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;Si el cliente informa después el error 792, vuelva a iniciar este asistente.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>KB 838438 does not apply to %1</source>
        <translation>El KB 838438 no se aplica a %1</translation>
    </message>
    <message>
        <source>Error 792 comes from an IKE negotiation, and only L2TP/IPsec uses IKE.</source>
        <translation>El error 792 proviene de una negociación IKE, y solo L2TP/IPsec usa IKE.</translation>
    </message>
    <message>
        <source>&lt;p&gt;PPTP carries its control channel over TCP port 1723 and its data in GRE (IP protocol 47). There is no IKE negotiation and no certificate exchange, so blocked IP fragments cannot cause a security-negotiation timeout.&lt;/p&gt;&lt;p&gt;Check the connection&apos;s VPN type on the client: if it is set to &quot;Automatic&quot; Windows may have tried L2TP/IPsec first. Set it to L2TP/IPsec explicitly and run this wizard again if the client then reports 792.&lt;/p&gt;</source>
        <translation>&lt;p&gt;PPTP lleva su canal de control por el puerto TCP 1723 y sus datos en GRE (protocolo IP 47). No hay negociación IKE ni intercambio de certificados, así que los fragmentos IP bloqueados no pueden causar que se agote el tiempo de la negociación de seguridad.&lt;/p&gt;&lt;p&gt;Compruebe el tipo de VPN de la conexión en el cliente: si está en &quot;Automático&quot;, Windows pudo intentar primero L2TP/IPsec. Elija L2TP/IPsec explícitamente y vuelva a ejecutar este asistente si el cliente informa entonces el error 792.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;SSTP carries PPP inside HTTPS (TCP port 443). TCP segments its own data, so nothing is IP-fragmented and there is no IKE negotiation to time out.&lt;/p&gt;&lt;p&gt;Check the connection&apos;s VPN type on the client: if it is set to &quot;Automatic&quot; Windows may have tried L2TP/IPsec first. Set it to L2TP/IPsec explicitly and run this wizard again if the client then reports 792.&lt;/p&gt;</source>
        <translation>&lt;p&gt;SSTP lleva PPP dentro de HTTPS (puerto TCP 443). TCP segmenta sus propios datos, así que nada se fragmenta en IP y no hay negociación IKE que pueda agotar el tiempo.&lt;/p&gt;&lt;p&gt;Compruebe el tipo de VPN de la conexión en el cliente: si está en &quot;Automático&quot;, Windows pudo intentar primero L2TP/IPsec. Elija L2TP/IPsec explícitamente y vuelva a ejecutar este asistente si el cliente informa entonces el error 792.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>EnvironmentPage</name>
    <message>
        <source>Describe the VPN server</source>
        <translation>Describa el servidor VPN</translation>
    </message>
    <message>
        <source>The answers decide whether KB 838438 applies and which console the resolution shows.</source>
        <translation>Las respuestas deciden si se aplica el KB 838438 y qué consola muestra la solución.</translation>
    </message>
    <message>
        <source>Firewall product on the VPN server</source>
        <translation>Producto de firewall del servidor VPN</translation>
    </message>
    <message>
        <source>Choose the product…</source>
        <translation>Elija el producto…</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nombre del servidor</translation>
    </message>
    <message>
        <source>e.g. ISA01 (as shown in the console tree)</source>
        <translation>p. ej. ISA01 (como aparece en el árbol de consola)</translation>
    </message>
    <message>
        <source>Array name</source>
        <translation>Nombre de la matriz</translation>
    </message>
    <message>
        <source>e.g. Main Array</source>
        <translation>p. ej. Main Array</translation>
    </message>
    <message>
        <source>&amp;Array name:</source>
        <translation>Nombre de la &amp;matriz:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Producto:</translation>
    </message>
    <message>
        <source>&amp;Server name:</source>
        <translation>Nombre del &amp;servidor:</translation>
    </message>
    <message>
        <source>VPN protocol the client uses</source>
        <translation>Protocolo VPN que usa el cliente</translation>
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
        <translation>Autenticación IPsec</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <source>Pre-shared key</source>
        <translation>Clave previamente compartida</translation>
    </message>
    <message>
        <source>KB 838438 does not name TMG 2010, but the same setting exists there (Intrusion Prevention System). It is off by default, so check whether someone turned it on.</source>
        <translation>El KB 838438 no menciona TMG 2010, pero la misma opción existe allí (Sistema de prevención de intrusiones). Está desactivada de forma predeterminada; compruebe si alguien la activó.</translation>
    </message>
    <message>
        <source>In the Enterprise Edition the setting belongs to the array, not to one server.</source>
        <translation>En Enterprise Edition la configuración pertenece a la matriz, no a un único servidor.</translation>
    </message>
    <message>
        <source>L2TP/IPsec negotiates with IKE first; that is where Error 792 comes from.</source>
        <translation>L2TP/IPsec negocia primero con IKE; de ahí viene el error 792.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This KB does not apply:&lt;/b&gt; PPTP uses TCP 1723 and GRE, never IKE, so it cannot produce a security-negotiation timeout.</source>
        <translation>&lt;b&gt;Este KB no se aplica:&lt;/b&gt; PPTP usa TCP 1723 y GRE, nunca IKE, así que no puede agotar el tiempo de la negociación de seguridad.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This KB does not apply:&lt;/b&gt; SSTP runs inside HTTPS (TCP 443), never IKE, and TCP is not IP-fragmented this way.</source>
        <translation>&lt;b&gt;Este KB no se aplica:&lt;/b&gt; SSTP va dentro de HTTPS (TCP 443), nunca IKE, y TCP no se fragmenta en IP de esta forma.</translation>
    </message>
    <message>
        <source>With a pre-shared key, Main Mode messages 5 and 6 carry only a small hash (well under 100 bytes), so they are rarely fragmented and this KB is unlikely to be the cause. The capture will tell.</source>
        <translation>Con clave previamente compartida, los mensajes 5 y 6 del Main Mode llevan solo un pequeño hash (muy por debajo de 100 bytes), así que rara vez se fragmentan y este KB difícilmente es la causa. La captura lo dirá.</translation>
    </message>
    <message>
        <source>With certificates, Main Mode messages 5 and 6 carry the certificate chain (often 2 to 4 KB), larger than one packet: they are IP-fragmented.</source>
        <translation>Con certificados, los mensajes 5 y 6 del Main Mode llevan la cadena de certificados (a menudo de 2 a 4 KB), más grande que un paquete: se fragmentan en IP.</translation>
    </message>
    <message>
        <source>Clear the server name</source>
        <translation>Borrar el nombre del servidor</translation>
    </message>
    <message>
        <source>The capture shows IKE version 1, so the client uses L2TP/IPsec.</source>
        <translation>La captura muestra IKE versión 1, así que el cliente usa L2TP/IPsec.</translation>
    </message>
    <message>
        <source>Certificates were requested or sent, so IPsec authenticates with certificates.</source>
        <translation>Se solicitaron o enviaron certificados, así que IPsec se autentica con certificados.</translation>
    </message>
    <message>
        <source>Main Mode went past message 4 without a certificate request, so IPsec most likely uses a pre-shared key.</source>
        <translation>El Main Mode pasó del mensaje 4 sin solicitud de certificado, así que IPsec usa muy probablemente una clave previamente compartida.</translation>
    </message>
    <message>
        <source>Filled in from the capture (change an answer if the capture is not of this server&apos;s VPN):</source>
        <translation>Completado a partir de la captura (cambie una respuesta si la captura no es de la VPN de este servidor):</translation>
    </message>
</context>
<context>
    <name>EvidenceLogPanel</name>
    <message>
        <source>Cancel reading</source>
        <translation>Cancelar la lectura</translation>
    </message>
    <message>
        <source>Open the client&apos;s event &amp;log...</source>
        <translation>Abrir el registro de eventos del c&amp;liente...</translation>
    </message>
    <message>
        <source>Open an ISA/TMG &amp;firewall log...</source>
        <translation>Abrir un registro de &amp;firewall de ISA/TMG...</translation>
    </message>
    <message>
        <source>Open the client&apos;s event log</source>
        <translation>Abrir el registro de eventos del cliente</translation>
    </message>
    <message>
        <source>Open an ISA/TMG firewall log</source>
        <translation>Abrir un registro de firewall de ISA/TMG</translation>
    </message>
    <message>
        <source>Optional: an exported event log (.evtx, Event Viewer XML, wevtutil text or CSV) shows the error RasClient 20227 recorded and how far Main Mode got.</source>
        <translation>Opcional: un registro de eventos exportado (.evtx, XML del Visor de eventos, texto de «wevtutil» o CSV) muestra el error que registró RasClient 20227 y hasta dónde llegó el modo principal.</translation>
    </message>
    <message>
        <source>Optional, beside or instead of a capture: a W3C firewall log file, or the log viewer&apos;s copy or export. Logs kept in MSDE or SQL are databases: in ISA/TMG Management open Monitoring &gt; Logging, filter, then select the rows and copy them (Ctrl+C) into a text file, or export them.</source>
        <translation>Opcional, junto a una captura o en su lugar: un archivo de registro de firewall W3C, o la copia o exportación del visor de registros. Los registros guardados en MSDE o SQL son bases de datos: en la administración de ISA/TMG abra Supervisión &gt; Registro, filtre, seleccione las filas y cópielas (Ctrl+C) en un archivo de texto, o expórtelas.</translation>
    </message>
    <message>
        <source>Log reading progress</source>
        <translation>Progreso de la lectura del registro</translation>
    </message>
    <message>
        <source>Cancel reading the log</source>
        <translation>Cancelar la lectura del registro</translation>
    </message>
    <message>
        <source>What the log shows</source>
        <translation>Lo que muestra el registro</translation>
    </message>
    <message>
        <source>Open an event log</source>
        <translation>Abrir un registro de eventos</translation>
    </message>
    <message>
        <source>Open a firewall log</source>
        <translation>Abrir un registro de firewall</translation>
    </message>
    <message>
        <source>Logs (*.evtx *.evt *.xml *.txt *.csv *.log *.w3c *.tsv);;All files (*)</source>
        <translation>Registros (*.evtx *.evt *.xml *.txt *.csv *.log *.w3c *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>Leyendo %1...</translation>
    </message>
    <message>
        <source>Not a log frag792 can read (Windows event log, WFP net events, oakley.log or ISA/TMG firewall log): %1</source>
        <translation>No es un registro que frag792 pueda leer (registro de eventos de Windows, eventos de red de WFP, oakley.log o registro de firewall de ISA/TMG): %1</translation>
    </message>
    <message>
        <source>Reading cancelled after %1 of %2 bytes; what was read so far is kept.</source>
        <translation>Lectura cancelada tras %1 de %2 bytes; se conserva lo leído hasta ahora.</translation>
    </message>
    <message>
        <source>Read %1.</source>
        <translation>Leído %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) recognised.</source>
        <translation>
            <numerusform>%n elemento reconocido.</numerusform>
            <numerusform>%n elementos reconocidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading stopped early: %1</source>
        <translation>La lectura se detuvo antes del final: %1</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>IKE SA between %1 (initiator) and %2 (responder) completed.</source>
        <translation>La SA IKE entre %1 (iniciador) y %2 (respondedor) se completó.</translation>
    </message>
    <message>
        <source>IKE SA between %1 (initiator) and %2 (responder) was established before the capture started.</source>
        <translation>La SA IKE entre %1 (iniciador) y %2 (respondedor) ya estaba establecida antes de iniciar la captura.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln IKE messages arrived in IP fragments and were answered: fragments get through.</source>
        <translation>
            <numerusform>%Ln mensaje IKE llegó en fragmentos IP y recibió respuesta: los fragmentos pasan.</numerusform>
            <numerusform>%Ln mensajes IKE llegaron en fragmentos IP y recibieron respuesta: los fragmentos pasan.</numerusform>
        </translation>
    </message>
    <message>
        <source>The peers used IKE-level fragmentation, so no IP fragments were needed.</source>
        <translation>Los pares usaron fragmentación IKE, así que no hicieron falta fragmentos IP.</translation>
    </message>
    <message>
        <source>After phase 1: %1.</source>
        <translation>Tras la fase 1: %1.</translation>
    </message>
    <message>
        <source>IKE SA between %1 (initiator) and %2 (responder) stalled at %3 (%4 bytes of IKE, sent by the initiator).</source>
        <translation>La SA IKE entre %1 (iniciador) y %2 (respondedor) se detuvo en %3 (%4 bytes de IKE, enviados por el iniciador).</translation>
    </message>
    <message>
        <source>IKE SA between %1 (initiator) and %2 (responder) stalled at %3 (%4 bytes of IKE, sent by the responder).</source>
        <translation>La SA IKE entre %1 (iniciador) y %2 (respondedor) se detuvo en %3 (%4 bytes de IKE, enviados por el respondedor).</translation>
    </message>
    <message>
        <source>%1 left complete in %2 IP fragments (largest fragment %3 bytes).</source>
        <translation>%1 salió completo en %2 fragmentos IP (fragmento más grande: %3 bytes).</translation>
    </message>
    <message>
        <source>%1 arrived complete in %2 IP fragments (largest fragment %3 bytes).</source>
        <translation>%1 llegó completo en %2 fragmentos IP (fragmento más grande: %3 bytes).</translation>
    </message>
    <message>
        <source>%1 fitted in one packet (not IP-fragmented).</source>
        <translation>%1 cupo en un solo paquete (sin fragmentación IP).</translation>
    </message>
    <message numerus="yes">
        <source>%1 was retransmitted %Ln times over %2 s.</source>
        <translation>
            <numerusform>%1 se retransmitió una vez, %2 s después.</numerusform>
            <numerusform>%1 se retransmitió %Ln veces en %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not retransmitted before the capture ended (%2 s later); a longer capture makes the verdict firmer.</source>
        <translation>%1 no se retransmitió antes de que terminara la captura (%2 s después); una captura más larga hace más firme el veredicto.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln datagrams from %1 to %2 never completed: some of their fragments never arrived.</source>
        <translation>
            <numerusform>%Ln datagrama de %1 a %2 nunca se completó: algunos de sus fragmentos nunca llegaron.</numerusform>
            <numerusform>%Ln datagramas de %1 a %2 nunca se completaron: algunos de sus fragmentos nunca llegaron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The answer %1 arrived complete in %Ln IP fragments, yet the initiator kept repeating %2.</source>
        <translation>
            <numerusform>La respuesta %1 llegó en un solo paquete, pero el iniciador siguió repitiendo %2.</numerusform>
            <numerusform>La respuesta %1 llegó completa en %Ln fragmentos IP, pero el iniciador siguió repitiendo %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The answer %1 was sent in %Ln IP fragments, yet the initiator kept repeating %2.</source>
        <translation>
            <numerusform>La respuesta %1 se envió en un solo paquete, pero el iniciador siguió repitiendo %2.</numerusform>
            <numerusform>La respuesta %1 se envió en %Ln fragmentos IP, pero el iniciador siguió repitiendo %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer to %1 was seen.</source>
        <translation>No se vio ninguna respuesta a %1.</translation>
    </message>
    <message>
        <source>The initiator&apos;s next message (%1) never arrived here.</source>
        <translation>El siguiente mensaje del iniciador (%1) nunca llegó aquí.</translation>
    </message>
    <message>
        <source>A certificate request was exchanged, so %1 carries certificates and is expected to exceed the MTU.</source>
        <translation>Se intercambió una solicitud de certificado, así que %1 lleva certificados y se espera que supere la MTU.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln datagrams from the initiator arrived with fragments missing.</source>
        <translation>
            <numerusform>%Ln datagrama del iniciador llegó con fragmentos faltantes.</numerusform>
            <numerusform>%Ln datagramas del iniciador llegaron con fragmentos faltantes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Capture point: %1, %2.</source>
        <translation>Punto de captura: %1, %2.</translation>
    </message>
    <message>
        <source>No IKE message on UDP 500 or 4500 was decoded.</source>
        <translation>No se decodificó ningún mensaje IKE en UDP 500 o 4500.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fragmented datagrams to or from UDP 500/4500 never completed.</source>
        <translation>
            <numerusform>%Ln datagrama fragmentado hacia o desde UDP 500/4500 nunca se completó.</numerusform>
            <numerusform>%Ln datagramas fragmentados hacia o desde UDP 500/4500 nunca se completaron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 IKE SAs seen, %Ln did not complete; the most specific finding is shown.</source>
        <translation>
            <numerusform>Se vieron %1 SA IKE, %Ln no se completó; se muestra el hallazgo más específico.</numerusform>
            <numerusform>Se vieron %1 SA IKE, %Ln no se completaron; se muestra el hallazgo más específico.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln datagrams on UDP 500/4500 were not valid IKE (see malformed).</source>
        <translation>
            <numerusform>%Ln datagrama en UDP 500/4500 no era IKE válido (vea Malformados).</numerusform>
            <numerusform>%Ln datagramas en UDP 500/4500 no eran IKE válido (vea Malformados).</numerusform>
        </translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <source>established before the capture started</source>
        <translation>establecida antes de iniciar la captura</translation>
    </message>
    <message>
        <source>stalled at %1</source>
        <translation>detenida en %1</translation>
    </message>
    <message>
        <source>stalled after %1: %2 never arrived</source>
        <translation>detenida tras %1: %2 nunca llegó</translation>
    </message>
    <message>
        <source>Quick Mode (phase 2) was started but never answered: an IPsec policy or ESP problem, not a fragment problem</source>
        <translation>Quick Mode (fase 2) se inició pero nunca recibió respuesta: un problema de directiva IPsec o de ESP, no de fragmentos</translation>
    </message>
    <message>
        <source>CREATE_CHILD_SA was never answered: a child SA problem, not a fragment problem</source>
        <translation>CREATE_CHILD_SA nunca recibió respuesta: un problema de SA hija, no de fragmentos</translation>
    </message>
    <message>
        <source>an error notification (type %1) followed the completed phase 1</source>
        <translation>una notificación de error (tipo %1) siguió a la fase 1 completada</translation>
    </message>
    <message>
        <source>stated by the user (%1)</source>
        <translation>indicado por el usuario (%1)</translation>
    </message>
    <message>
        <source>the responder %1 is one of the addresses of interface %2</source>
        <translation>el respondedor %1 es una de las direcciones de la interfaz %2</translation>
    </message>
    <message>
        <source>the responder %1 is the address given with --server</source>
        <translation>el respondedor %1 es la dirección indicada con --server</translation>
    </message>
    <message>
        <source>the initiator %1 is one of the addresses of interface %2</source>
        <translation>el iniciador %1 es una de las direcciones de la interfaz %2</translation>
    </message>
    <message>
        <source>the initiator %1 is the address given with --server</source>
        <translation>el iniciador %1 es la dirección indicada con --server</translation>
    </message>
    <message>
        <source>neither peer is one of the addresses of interface %1</source>
        <translation>ninguno de los pares tiene una dirección de la interfaz %1</translation>
    </message>
    <message>
        <source>neither peer is the address given with --server (%1)</source>
        <translation>ninguno de los pares tiene la dirección indicada con --server (%1)</translation>
    </message>
    <message>
        <source>only one side of the exchange was captured, so TTLs cannot be compared</source>
        <translation>solo se capturó un lado del intercambio, así que no se pueden comparar los TTL</translation>
    </message>
    <message>
        <source>inferred from TTLs (initiator TTL %1, responder TTL %2): the responder&apos;s packets had not crossed a router yet</source>
        <translation>deducido de los TTL (TTL del iniciador %1, TTL del respondedor %2): los paquetes del respondedor aún no habían atravesado ningún enrutador</translation>
    </message>
    <message>
        <source>inferred from TTLs (initiator TTL %1, responder TTL %2): the initiator&apos;s packets had not crossed a router yet</source>
        <translation>deducido de los TTL (TTL del iniciador %1, TTL del respondedor %2): los paquetes del iniciador aún no habían atravesado ningún enrutador</translation>
    </message>
    <message>
        <source>inferred from TTLs (initiator TTL %1, responder TTL %2): both sides&apos; packets had crossed a router</source>
        <translation>deducido de los TTL (TTL del iniciador %1, TTL del respondedor %2): los paquetes de ambos lados habían atravesado un enrutador</translation>
    </message>
    <message>
        <source>TTLs do not tell (initiator TTL %1, responder TTL %2); use --server ADDR or state where the capture was taken</source>
        <translation>los TTL no lo aclaran (TTL del iniciador %1, TTL del respondedor %2); use --server ADDR o indique dónde se tomó la captura</translation>
    </message>
    <message>
        <source>as the user stated</source>
        <translation>según indicó el usuario</translation>
    </message>
    <message>
        <source>The verdict assumes the capture was taken %1 (%2), but the TTLs say it was taken at the server (initiator TTL %3, responder TTL %4: the responder&apos;s packets had not crossed a router yet). %5</source>
        <translation>El veredicto supone que la captura se tomó %1 (%2), pero los TTL indican que se tomó en el servidor (TTL del iniciador %3, TTL del respondedor %4: los paquetes del respondedor aún no habían atravesado ningún enrutador). %5</translation>
    </message>
    <message>
        <source>The verdict assumes the capture was taken %1 (%2), but the TTLs say it was taken at the client (initiator TTL %3, responder TTL %4: the initiator&apos;s packets had not crossed a router yet). %5</source>
        <translation>El veredicto supone que la captura se tomó %1 (%2), pero los TTL indican que se tomó en el cliente (TTL del iniciador %3, TTL del respondedor %4: los paquetes del iniciador aún no habían atravesado ningún enrutador). %5</translation>
    </message>
    <message>
        <source>The verdict assumes the capture was taken %1 (%2), but the TTLs say it was taken on the path between client and server (initiator TTL %3, responder TTL %4: both sides&apos; packets had crossed a router). %5</source>
        <translation>El veredicto supone que la captura se tomó %1 (%2), pero los TTL indican que se tomó en el camino entre el cliente y el servidor (TTL del iniciador %3, TTL del respondedor %4: los paquetes de ambos lados habían atravesado un enrutador). %5</translation>
    </message>
    <message>
        <source>If the TTLs are right, the verdict is %1.</source>
        <translation>Si los TTL tienen razón, el veredicto es %1.</translation>
    </message>
    <message>
        <source>The verdict is the same either way.</source>
        <translation>El veredicto es el mismo en ambos casos.</translation>
    </message>
    <message>
        <source>server</source>
        <translation>servidor</translation>
    </message>
    <message>
        <source>at the server</source>
        <translation>en el servidor</translation>
    </message>
    <message>
        <source>client</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>at the client</source>
        <translation>en el cliente</translation>
    </message>
    <message>
        <source>path</source>
        <translation>camino</translation>
    </message>
    <message>
        <source>on the path between client and server</source>
        <translation>en el camino entre el cliente y el servidor</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>at an unknown point</source>
        <translation>en un punto desconocido</translation>
    </message>
    <message>
        <source>The authentication method chosen in MM2 is %2, so %1 carries a certificate and is expected to exceed the MTU.</source>
        <translation>El método de autenticación elegido en MM2 es %2, así que %1 lleva un certificado y se espera que supere la MTU.</translation>
    </message>
    <message>
        <source>Every authentication method offered in MM1 (%2) uses certificates, so %1 carries one and is expected to exceed the MTU.</source>
        <translation>Todos los métodos de autenticación ofrecidos en MM1 (%2) usan certificados, así que %1 lleva uno y se espera que supere la MTU.</translation>
    </message>
    <message>
        <source>An IKE_AUTH message of this SA was too large for pre-shared-key authentication, so %1 carries certificates and is expected to exceed the MTU.</source>
        <translation>Un mensaje IKE_AUTH de esta SA era demasiado grande para una autenticación con clave precompartida, así que %1 lleva certificados y se espera que supere la MTU.</translation>
    </message>
    <message>
        <source>RasClient 20221: dialing started (VPN strategy %1).</source>
        <translation>RasClient 20221: se inició la marcación (estrategia VPN %1).</translation>
    </message>
    <message>
        <source>RasClient 20222: connecting on device %1.</source>
        <translation>RasClient 20222: conectando con el dispositivo %1.</translation>
    </message>
    <message>
        <source>RasClient 20225: the connection was established.</source>
        <translation>RasClient 20225: se estableció la conexión.</translation>
    </message>
    <message>
        <source>RasClient 20227: the connection failed with error %1 (%2).</source>
        <translation>RasClient 20227: la conexión falló con el error %1 (%2).</translation>
    </message>
    <message>
        <source>%1: IPsec Main Mode failed between %2 and %3; state %4, role %5, failure code %6.</source>
        <translation>%1: el modo principal de IPsec falló entre %2 y %3; estado %4, función %5, código de error %6.</translation>
    </message>
    <message>
        <source>oakley.log: a message of %1 bytes arrived from %2 where its IKE header said %3 bytes.</source>
        <translation>oakley.log: llegó de %2 un mensaje de %1 bytes cuyo encabezado IKE indicaba %3 bytes.</translation>
    </message>
    <message>
        <source>oakley.log: the negotiation with %1 timed out or got no response.</source>
        <translation>oakley.log: la negociación con %1 agotó el tiempo o no obtuvo respuesta.</translation>
    </message>
    <message>
        <source>Firewall log row %1: an IP fragment from %2 to %3 was dropped (0xC0040013 FWX_E_FRAGMENT_PACKET_DROPPED, &quot;Block IP fragments&quot;).</source>
        <translation>Registro del firewall, fila %1: se descartó un fragmento IP de %2 a %3 (0xC0040013 FWX_E_FRAGMENT_PACKET_DROPPED, &quot;Block IP fragments&quot;).</translation>
    </message>
    <message>
        <source>Firewall log row %1: a packet from %2 to %3 was dropped with %4 (%5); that is not the fragment drop of KB 838438.</source>
        <translation>Registro del firewall, fila %1: se descartó un paquete de %2 a %3 con %4 (%5); no es el descarte de fragmentos de KB 838438.</translation>
    </message>
    <message>
        <source>Firewall log row %1: IKE traffic from %2 to %3 (%4).</source>
        <translation>Registro del firewall, fila %1: tráfico IKE de %2 a %3 (%4).</translation>
    </message>
    <message>
        <source>This verdict comes from logs alone: no packet was analysed.</source>
        <translation>Este veredicto procede solo de registros: no se analizó ningún paquete.</translation>
    </message>
    <message>
        <source>The firewall log %1 has no row with 0xC0040013 (%2 rows, %3 of them dropped packets). That proves nothing: logging of dropped packets may be off.</source>
        <translation>El registro del firewall %1 no tiene ninguna fila con 0xC0040013 (%2 filas, %3 de ellas paquetes descartados). Eso no prueba nada: el registro de paquetes descartados puede estar desactivado.</translation>
    </message>
    <message>
        <source>The firewall log %1 has no result-code column, so it cannot show dropped fragments; export it with the Result Code column.</source>
        <translation>El registro del firewall %1 no tiene columna de código de resultado, así que no puede mostrar fragmentos descartados; expórtelo con la columna Result Code.</translation>
    </message>
    <message>
        <source>%1 gives the exporting machine&apos;s local time in an unknown zone: its items are not placed on the capture&apos;s timeline.</source>
        <translation>%1 da la hora local del equipo que exportó, en una zona desconocida: sus elementos no se sitúan en la línea de tiempo de la captura.</translation>
    </message>
    <message>
        <source>%1 gives times in UTC, so they line up with a capture&apos;s packet times.</source>
        <translation>%1 da las horas en UTC, así que coinciden con las horas de los paquetes de una captura.</translation>
    </message>
    <message>
        <source>The logs agree with the packets: they alone would say %1.</source>
        <translation>Los registros coinciden con los paquetes: por sí solos dirían %1.</translation>
    </message>
    <message>
        <source>The logs alone would say %1, the packets say %2. The verdict follows the packets; check that the log and the capture show the same attempt.</source>
        <translation>Los registros por sí solos dirían %1; los paquetes dicen %2. El veredicto sigue a los paquetes; compruebe que el registro y la captura muestran el mismo intento.</translation>
    </message>
    <message>
        <source>A log item points away from blocked fragments: %1</source>
        <translation>Un elemento del registro apunta lejos de los fragmentos bloqueados: %1</translation>
    </message>
    <message>
        <source>%1 could not be used as evidence: %2.</source>
        <translation>%1 no se pudo usar como prueba: %2.</translation>
    </message>
    <message>
        <source>The client&apos;s log shows error %1 but not where Main Mode stopped; turn on IPsec auditing (event 4653) or capture to locate the failure.</source>
        <translation>El registro del cliente muestra el error %1, pero no dónde se detuvo el modo principal; active la auditoría de IPsec (evento 4653) o haga una captura para localizar el fallo.</translation>
    </message>
    <message>
        <source>Log items more than 10 minutes away from the capture: %1. They are not from the same connection attempt and were not weighed against the packets.</source>
        <translation>Elementos del registro a más de 10 minutos de la captura: %1. No son del mismo intento de conexión y no se contrastaron con los paquetes.</translation>
    </message>
</context>
<context>
    <name>FragmentChartView</name>
    <message>
        <source>Chart of IP fragments and IKE messages over time</source>
        <translation>Gráfico de fragmentos IP y mensajes IKE a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Packets: %1 · IP fragments: %2 · reassembled: %3 · incomplete: %4 · IKE messages: %5 · retransmissions: %6 · answers: %7 · kernel drops: %8</source>
        <translation>Paquetes: %1 · fragmentos IP: %2 · reensamblados: %3 · incompletos: %4 · mensajes IKE: %5 · retransmisiones: %6 · respuestas: %7 · pérdidas del kernel: %8</translation>
    </message>
    <message>
        <source>Per second during the capture: IP fragments, reassembled IKE messages, incomplete datagrams, retransmissions and answers. The counts below the chart and the verdict tab say the same in words.</source>
        <translation>Por segundo durante la captura: fragmentos IP, mensajes IKE reensamblados, datagramas incompletos, retransmisiones y respuestas. Los contadores bajo el gráfico y la pestaña del veredicto dicen lo mismo con palabras.</translation>
    </message>
</context>
<context>
    <name>FragmentDiagram</name>
    <message>
        <source>Diagram: blocked IP fragments</source>
        <translation>Diagrama: fragmentos IP bloqueados</translation>
    </message>
    <message>
        <source>The client sends Main Mode message 5 in three IP fragments. Only the first carries the UDP port. The firewall blocks IP fragments, so none reaches the VPN service; the client retransmits and finally reports Error 792.</source>
        <translation>El cliente envía el mensaje 5 del Main Mode en tres fragmentos IP. Solo el primero lleva el puerto UDP. El firewall bloquea los fragmentos IP, así que ninguno llega al servicio VPN; el cliente retransmite y al final informa el error 792.</translation>
    </message>
    <message>
        <source>IKE Main Mode message 5 (with certificate) is larger than the MTU</source>
        <translation>El mensaje 5 del Main Mode de IKE (con certificado) es mayor que la MTU</translation>
    </message>
    <message>
        <source>VPN client
(L2TP/IPsec)</source>
        <translation>Cliente VPN
(L2TP/IPsec)</translation>
    </message>
    <message>
        <source>VPN service
(IKE, UDP 500/4500)</source>
        <translation>Servicio VPN
(IKE, UDP 500/4500)</translation>
    </message>
    <message>
        <source>ISA Server / Forefront TMG: the firewall has &quot;Block IP fragments&quot; on</source>
        <translation>ISA Server / Forefront TMG: el firewall tiene &quot;Block IP fragments&quot; activado</translation>
    </message>
    <message>
        <source>Fragment 1
IP + UDP 500 + IKE</source>
        <translation>Fragmento 1
IP + UDP 500 + IKE</translation>
    </message>
    <message>
        <source>Fragment 2
IP + data (no port)</source>
        <translation>Fragmento 2
IP + datos (sin puerto)</translation>
    </message>
    <message>
        <source>Fragment 3
IP + data (no port)</source>
        <translation>Fragmento 3
IP + datos (sin puerto)</translation>
    </message>
    <message>
        <source>No answer (MM6) comes back. The client sends MM5 again after about 1, 2, 4, 8 and 16 seconds, then gives up: Error 792.</source>
        <translation>No vuelve ninguna respuesta (MM6). El cliente reenvía MM5 tras unos 1, 2, 4, 8 y 16 segundos y luego se rinde: error 792.</translation>
    </message>
</context>
<context>
    <name>IpPreferencesDialogMimic</name>
    <message>
        <source>IP options</source>
        <translation>Opciones IP</translation>
    </message>
</context>
<context>
    <name>LookAlikeError</name>
    <message>
        <source>The L2TP connection attempt failed because security negotiation timed out.</source>
        <translation>Error en el intento de conexión L2TP porque se agotó el tiempo de espera de la negociación de seguridad.</translation>
    </message>
    <message>
        <source>The client waited about a minute and gave up: its large IKE message (Main Mode 5 or 6, carrying the certificate) was never answered. Typical cause: a firewall blocks IP fragments.</source>
        <translation>El cliente esperó alrededor de un minuto y se rindió: su mensaje IKE grande (Main Mode 5 o 6, con el certificado) nunca recibió respuesta. Causa típica: un firewall bloquea los fragmentos IP.</translation>
    </message>
    <message>
        <source>Access was denied because the username and/or password was invalid on the domain.</source>
        <translation>Se denegó el acceso porque el nombre de usuario o la contraseña no son válidos en el dominio.</translation>
    </message>
    <message>
        <source>IPsec worked: the error comes after the tunnel is up, during user (PPP) authentication.</source>
        <translation>IPsec funcionó: el error llega con el túnel ya establecido, en la autenticación del usuario (PPP).</translation>
    </message>
    <message>
        <source>Check the user name, password and domain, the account&apos;s dial-in permission and the remote access policy on the server. IP fragments are not involved.</source>
        <translation>Compruebe el nombre de usuario, la contraseña y el dominio, el permiso de acceso telefónico de la cuenta y la directiva de acceso remoto del servidor. Los fragmentos IP no intervienen.</translation>
    </message>
    <message>
        <source>A certificate could not be found. Connections that use the L2TP protocol over IPSec require the installation of a machine certificate, also known as a computer certificate.</source>
        <translation>No se encontró un certificado. Las conexiones que usan el protocolo L2TP sobre IPSec requieren la instalación de un certificado de equipo.</translation>
    </message>
    <message>
        <source>The client fails at once, before any IKE packet is sent.</source>
        <translation>El cliente falla de inmediato, antes de enviar ningún paquete IKE.</translation>
    </message>
    <message>
        <source>Install a computer certificate on the client (Local Computer store, Personal), or switch the connection to a pre-shared key.</source>
        <translation>Instale un certificado de equipo en el cliente (almacén Equipo local, Personal) o cambie la conexión a clave previamente compartida.</translation>
    </message>
    <message>
        <source>The encryption attempt failed because no valid certificate was found.</source>
        <translation>Error en el intento de cifrado porque no se encontró ningún certificado válido.</translation>
    </message>
    <message>
        <source>A local certificate problem; reported at once, not after a timeout.</source>
        <translation>Un problema de certificado local; se informa de inmediato, no tras agotarse el tiempo.</translation>
    </message>
    <message>
        <source>Check the client&apos;s computer certificate: present, valid, with a private key.</source>
        <translation>Compruebe el certificado de equipo del cliente: presente, válido y con clave privada.</translation>
    </message>
    <message>
        <source>The L2TP connection attempt failed because there is no valid machine certificate on your computer for security authentication.</source>
        <translation>Error en el intento de conexión L2TP porque no hay ningún certificado de equipo válido en el equipo para la autenticación de seguridad.</translation>
    </message>
    <message>
        <source>The client has no usable computer certificate; no timeout is involved.</source>
        <translation>El cliente no tiene un certificado de equipo utilizable; no hay tiempo agotado.</translation>
    </message>
    <message>
        <source>Enroll or renew the client&apos;s computer certificate and check that the issuing CA is trusted.</source>
        <translation>Inscriba o renueve el certificado de equipo del cliente y compruebe que la CA emisora es de confianza.</translation>
    </message>
    <message>
        <source>The L2TP connection attempt failed because the security layer could not authenticate the remote computer.</source>
        <translation>Error en el intento de conexión L2TP porque el nivel de seguridad no pudo autenticar el equipo remoto.</translation>
    </message>
    <message>
        <source>The server&apos;s answer (Main Mode 6) did arrive, so fragments got through; the client rejected the server&apos;s identity.</source>
        <translation>La respuesta del servidor (Main Mode 6) sí llegó, así que los fragmentos pasaron; el cliente rechazó la identidad del servidor.</translation>
    </message>
    <message>
        <source>Check the server&apos;s certificate (trusted root, validity, name) or the pre-shared key on both ends.</source>
        <translation>Compruebe el certificado del servidor (raíz de confianza, validez, nombre) o la clave previamente compartida en ambos extremos.</translation>
    </message>
    <message>
        <source>The L2TP connection attempt failed because the security layer could not negotiate compatible parameters with the remote computer.</source>
        <translation>Error en el intento de conexión L2TP porque el nivel de seguridad no pudo negociar parámetros compatibles con el equipo remoto.</translation>
    </message>
    <message>
        <source>Fails at the first exchange (Main Mode 1 and 2), long before any large message.</source>
        <translation>Falla en el primer intercambio (Main Mode 1 y 2), mucho antes de cualquier mensaje grande.</translation>
    </message>
    <message>
        <source>Compare the IKE proposals (encryption, hash, Diffie-Hellman group) on client and server.</source>
        <translation>Compare las propuestas IKE (cifrado, hash, grupo Diffie-Hellman) en el cliente y el servidor.</translation>
    </message>
    <message>
        <source>The L2TP connection attempt failed because the security layer encountered a processing error during initial negotiations with the remote computer.</source>
        <translation>Error en el intento de conexión L2TP porque el nivel de seguridad encontró un error de procesamiento durante las negociaciones iniciales con el equipo remoto.</translation>
    </message>
    <message>
        <source>The server answered, but the negotiation failed: no timeout.</source>
        <translation>El servidor respondió, pero la negociación falló: no hay tiempo agotado.</translation>
    </message>
    <message>
        <source>Check the pre-shared key on both ends and, when the server is behind NAT, the client&apos;s AssumeUDPEncapsulationContextOnSendRule registry value.</source>
        <translation>Compruebe la clave previamente compartida en ambos extremos y, si el servidor está detrás de NAT, el valor del Registro AssumeUDPEncapsulationContextOnSendRule en el cliente.</translation>
    </message>
    <message>
        <source>The L2TP connection attempt failed because certificate validation on the remote computer failed.</source>
        <translation>Error en el intento de conexión L2TP porque falló la validación del certificado en el equipo remoto.</translation>
    </message>
    <message>
        <source>The server received the client&apos;s certificate and rejected it: the fragments arrived.</source>
        <translation>El servidor recibió el certificado del cliente y lo rechazó: los fragmentos llegaron.</translation>
    </message>
    <message>
        <source>Check the client certificate&apos;s chain, validity and revocation as seen from the server.</source>
        <translation>Compruebe la cadena, la validez y la revocación del certificado del cliente vistas desde el servidor.</translation>
    </message>
    <message>
        <source>The L2TP connection attempt failed because security policy for the connection was not found.</source>
        <translation>Error en el intento de conexión L2TP porque no se encontró la directiva de seguridad de la conexión.</translation>
    </message>
    <message>
        <source>A local IPsec policy problem; the client may send nothing at all.</source>
        <translation>Un problema de directiva IPsec local; puede que el cliente no envíe nada.</translation>
    </message>
    <message>
        <source>Check that the IPsec Policy Agent service (and IKE and AuthIP IPsec Keying Modules) runs on the client.</source>
        <translation>Compruebe que el servicio Agente de directiva IPsec (y Módulos de creación de claves de IPsec para IKE y AuthIP) está en ejecución en el cliente.</translation>
    </message>
    <message>
        <source>The L2TP connection attempt failed because an error occurred while negotiating security.</source>
        <translation>Error en el intento de conexión L2TP porque se produjo un error al negociar la seguridad.</translation>
    </message>
    <message>
        <source>A generic negotiation error, not a timeout.</source>
        <translation>Un error genérico de negociación, no un tiempo agotado.</translation>
    </message>
    <message>
        <source>Read the client&apos;s IPsec audit events (event 547 or 4653) for the failure point and reason.</source>
        <translation>Lea los eventos de auditoría IPsec del cliente (evento 547 o 4653) para ver el punto y el motivo del fallo.</translation>
    </message>
    <message>
        <source>Unable to establish the VPN connection. The VPN server may be unreachable, or security parameters may not be configured properly for this connection.</source>
        <translation>No se puede establecer la conexión VPN. Puede que el servidor VPN no esté accesible o que los parámetros de seguridad no estén configurados correctamente para esta conexión.</translation>
    </message>
    <message>
        <source>The connection type is &quot;Automatic&quot;: Windows tried every protocol and reports only the last failure.</source>
        <translation>El tipo de conexión es &quot;Automático&quot;: Windows probó todos los protocolos y solo informa el último fallo.</translation>
    </message>
    <message>
        <source>Set the connection&apos;s VPN type to L2TP/IPsec and connect again; if you then get 792, come back here.</source>
        <translation>Establezca el tipo de VPN de la conexión en L2TP/IPsec y vuelva a conectar; si entonces aparece el 792, vuelva aquí.</translation>
    </message>
    <message>
        <source>The network connection between your computer and the VPN server could not be established because the remote server is not responding.</source>
        <translation>No se pudo establecer la conexión de red entre el equipo y el servidor VPN porque el servidor remoto no responde.</translation>
    </message>
    <message>
        <source>Nothing comes back at all: even the first IKE message (UDP 500) is not answered.</source>
        <translation>No vuelve nada: ni siquiera el primer mensaje IKE (UDP 500) recibe respuesta.</translation>
    </message>
    <message>
        <source>Check that UDP 500 and 4500 reach the server (firewalls, NAT, routers) and the NAT-T registry setting on the client.</source>
        <translation>Compruebe que UDP 500 y 4500 llegan al servidor (firewalls, NAT, enrutadores) y la configuración del Registro de NAT-T en el cliente.</translation>
    </message>
    <message>
        <source>The connection was prevented because of a policy configured on your RAS/VPN server.</source>
        <translation>Se impidió la conexión por una directiva configurada en el servidor RAS/VPN.</translation>
    </message>
    <message>
        <source>IPsec worked: the server&apos;s network policy refused the authentication method.</source>
        <translation>IPsec funcionó: la directiva de red del servidor rechazó el método de autenticación.</translation>
    </message>
    <message>
        <source>Compare the authentication methods in the connection profile with the server&apos;s remote access (NPS) policy.</source>
        <translation>Compare los métodos de autenticación del perfil de conexión con la directiva de acceso remoto (NPS) del servidor.</translation>
    </message>
    <message>
        <source>IKE authentication credentials are unacceptable.</source>
        <translation>Las credenciales de autenticación IKE no son aceptables.</translation>
    </message>
    <message>
        <source>IKEv2: the peer answered and rejected the certificate or key.</source>
        <translation>IKEv2: el par respondió y rechazó el certificado o la clave.</translation>
    </message>
    <message>
        <source>Check the server certificate&apos;s name, extended key usage, validity and root CA on the client.</source>
        <translation>Compruebe en el cliente el nombre, el uso mejorado de clave, la validez y la CA raíz del certificado del servidor.</translation>
    </message>
    <message>
        <source>Negotiation timed out.</source>
        <translation>Se agotó el tiempo de espera de la negociación.</translation>
    </message>
    <message>
        <source>The IKEv2 counterpart of 792: it may also be dropped fragments, but of an IKEv2 connection, which ISA Server and TMG MBE do not terminate.</source>
        <translation>El equivalente IKEv2 del 792: también pueden ser fragmentos descartados, pero de una conexión IKEv2, que ISA Server y TMG MBE no terminan.</translation>
    </message>
    <message>
        <source>For IKEv2, enable IKEv2 fragmentation on server and client, or find the device that drops IP fragments on the path. The capture page of this wizard can still show the stalled message.</source>
        <translation>Para IKEv2, habilite la fragmentación IKEv2 en el servidor y el cliente o busque el dispositivo que descarta fragmentos IP en la ruta. La página de captura de este asistente aún puede mostrar el mensaje detenido.</translation>
    </message>
    <message>
        <source>IKE failed to find valid machine certificate.</source>
        <translation>IKE no encontró un certificado de equipo válido.</translation>
    </message>
    <message>
        <source>A missing certificate, found locally; no timeout.</source>
        <translation>Un certificado ausente, detectado localmente; sin tiempo agotado.</translation>
    </message>
    <message>
        <source>Install a valid computer certificate in the client&apos;s Local Computer Personal store.</source>
        <translation>Instale un certificado de equipo válido en el almacén Personal del equipo local del cliente.</translation>
    </message>
    <message>
        <source>No response from peer.</source>
        <translation>No hay respuesta del par.</translation>
    </message>
    <message>
        <source>Logged under a 792 as the detailed reason; on its own it means the peer never answered at all.</source>
        <translation>Se registra bajo un 792 como motivo detallado; por sí solo, significa que el par nunca respondió.</translation>
    </message>
    <message>
        <source>If the client also showed 792, choose 792. Otherwise check that UDP 500 and 4500 reach the server.</source>
        <translation>Si el cliente también mostró el 792, elija 792. Si no, compruebe que UDP 500 y 4500 llegan al servidor.</translation>
    </message>
    <message>
        <source>Policy match error.</source>
        <translation>Error de coincidencia de directiva.</translation>
    </message>
    <message>
        <source>The peers answered each other but found no common IKE or IPsec policy.</source>
        <translation>Los pares se respondieron, pero no encontraron ninguna directiva IKE o IPsec común.</translation>
    </message>
    <message>
        <source>Align the IKE and IPsec proposals (algorithms, groups, lifetimes) on both ends.</source>
        <translation>Alinee las propuestas IKE e IPsec (algoritmos, grupos, duraciones) en ambos extremos.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>IP fragments</source>
        <translation>Fragmentos IP</translation>
    </message>
    <message>
        <source>Incomplete datagrams</source>
        <translation>Datagramas incompletos</translation>
    </message>
    <message>
        <source>No fragment or IKE activity in this capture</source>
        <translation>No hay actividad de fragmentos ni de IKE en esta captura</translation>
    </message>
    <message>
        <source>Retransmissions</source>
        <translation>Retransmisiones</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Error %1 diagnostic report</source>
        <translation>Informe de diagnóstico del error %1</translation>
    </message>
    <message>
        <source>L2TP/IPsec: security negotiation timed out. Checked against Microsoft KB 838438 (ISA Server and Forefront TMG blocking IP fragments).</source>
        <translation>L2TP/IPsec: se agotó el tiempo de la negociación de seguridad. Comprobado según el KB 838438 de Microsoft (ISA Server y Forefront TMG bloqueando fragmentos IP).</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Captura</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Capturado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Redacted</source>
        <translation>Anonimizado</translation>
    </message>
    <message>
        <source>yes: addresses and names are replaced by labels such as client-1, server-1, host-3</source>
        <translation>sí: direcciones y nombres sustituidos por etiquetas como client-1, server-1, host-3</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Advertencia:</translation>
    </message>
    <message>
        <source>reading stopped early (%1); the analysis covers what was read.</source>
        <translation>la lectura se detuvo antes del final (%1); el análisis cubre lo leído.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Código de error</translation>
    </message>
    <message>
        <source>VPN protocol</source>
        <translation>Protocolo VPN</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>Firewall product</source>
        <translation>Producto de firewall</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nombre del servidor</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <source>Vantage point</source>
        <translation>Punto de observación</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>sin decidir</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Contadores</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Paquetes</translation>
    </message>
    <message>
        <source>IKE messages (v1 / v2)</source>
        <translation>Mensajes IKE (v1 / v2)</translation>
    </message>
    <message>
        <source>IPv4 fragments</source>
        <translation>Fragmentos IPv4</translation>
    </message>
    <message>
        <source>IPv6 fragments</source>
        <translation>Fragmentos IPv6</translation>
    </message>
    <message>
        <source>Datagrams reassembled</source>
        <translation>Datagramas reensamblados</translation>
    </message>
    <message>
        <source>Datagrams incomplete</source>
        <translation>Datagramas incompletos</translation>
    </message>
    <message>
        <source>IKE messages from fragments</source>
        <translation>Mensajes IKE procedentes de fragmentos</translation>
    </message>
    <message>
        <source>Path MTU estimate</source>
        <translation>MTU estimada de la ruta</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>n/a (no fragmented IKE)</source>
        <translation>n/d (ningún IKE fragmentado)</translation>
    </message>
    <message>
        <source>IKE fragmentation offered</source>
        <translation>Fragmentación IKE ofrecida</translation>
    </message>
    <message>
        <source>NAT-T in use</source>
        <translation>NAT-T en uso</translation>
    </message>
    <message>
        <source>Incomplete IKE datagrams</source>
        <translation>Datagramas IKE incompletos</translation>
    </message>
    <message>
        <source>Malformed</source>
        <translation>Malformados</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Kernel drops</source>
        <translation>Pérdidas del kernel</translation>
    </message>
    <message>
        <source>%1 of %2 packets</source>
        <translation>%1 de %2 paquetes</translation>
    </message>
    <message>
        <source>n/a (file)</source>
        <translation>n/d (archivo)</translation>
    </message>
    <message>
        <source>IKE timeline</source>
        <translation>Cronología IKE</translation>
    </message>
    <message>
        <source>No IKE security association was seen.</source>
        <translation>No se vio ninguna asociación de seguridad IKE.</translation>
    </message>
    <message>
        <source>IKE SA %1: %2 (initiator) to %3 (responder), %4</source>
        <translation>SA IKE %1: %2 (iniciador) a %3 (respondedor), %4</translation>
    </message>
    <message>
        <source>Outcome: %1, verdict</source>
        <translation>Resultado: %1, veredicto</translation>
    </message>
    <message>
        <source>Certificates expected: %1; IKE fragmentation offered: %2; used: %3. I = initiator, R = responder.</source>
        <translation>Certificados esperados: %1; fragmentación IKE ofrecida: %2; usada: %3. I = iniciador, R = respondedor.</translation>
    </message>
    <message>
        <source>%1 more messages were not kept.</source>
        <translation>No se guardaron %1 mensajes más.</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>%1 more IKE SAs are in the JSON report.</source>
        <translation>Hay %1 SA IKE más en el informe JSON.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Tiempo (s)</translation>
    </message>
    <message>
        <source>Dir.</source>
        <translation>Dir.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>IP frags</source>
        <translation>Frag. IP</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondido</translation>
    </message>
    <message>
        <source>Resent copy of</source>
        <translation>Copia reenviada de</translation>
    </message>
    <message>
        <source>IKE fragment %1%2</source>
        <translation>Fragmento IKE %1%2</translation>
    </message>
    <message>
        <source> (last)</source>
        <translation> (último)</translation>
    </message>
    <message>
        <source>SKF %1/%2</source>
        <translation>SKF %1/%2</translation>
    </message>
    <message>
        <source>error notify %1</source>
        <translation>notificación de error %1</translation>
    </message>
    <message>
        <source>First seen (s)</source>
        <translation>Visto por primera vez (s)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>IP ID</source>
        <translation>ID IP</translation>
    </message>
    <message>
        <source>Fragments</source>
        <translation>Fragmentos</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperados</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Puertos</translation>
    </message>
    <message>
        <source>%1 more in the JSON report.</source>
        <translation>%1 más en el informe JSON.</translation>
    </message>
    <message>
        <source>Resolution (KB 838438)</source>
        <translation>Solución (KB 838438)</translation>
    </message>
    <message>
        <source>Console path:</source>
        <translation>Ruta en la consola:</translation>
    </message>
    <message>
        <source>Verification after the change</source>
        <translation>Verificación tras el cambio</translation>
    </message>
    <message>
        <source>No verification capture yet. After the change, capture again while the client connects.</source>
        <translation>Aún no hay captura de verificación. Tras el cambio, vuelva a capturar mientras el cliente se conecta.</translation>
    </message>
    <message>
        <source>Case closed.</source>
        <translation>Caso cerrado.</translation>
    </message>
    <message>
        <source>Not resolved yet.</source>
        <translation>Aún sin resolver.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Verification capture</source>
        <translation>Captura de verificación</translation>
    </message>
    <message>
        <source>Generated by frag792 %1 on %2 UTC.</source>
        <translation>Generado por frag792 %1 el %2 UTC.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>PDF reports need a QGuiApplication (fonts); none is running</source>
        <translation>Los informes PDF necesitan una QGuiApplication (fuentes); no hay ninguna en ejecución</translation>
    </message>
    <message>
        <source>cannot start the PDF writer</source>
        <translation>no se puede iniciar el generador de PDF</translation>
    </message>
    <message>
        <source>frag792 report, error %1</source>
        <translation>informe de frag792, error %1</translation>
    </message>
    <message>
        <source>frag792 report: %1</source>
        <translation>informe de frag792: %1</translation>
    </message>
    <message>
        <source>cannot finish the PDF</source>
        <translation>no se puede terminar el PDF</translation>
    </message>
    <message>
        <source>no report file name given</source>
        <translation>no se indicó ningún nombre de archivo para el informe</translation>
    </message>
    <message>
        <source>%1 is a directory</source>
        <translation>%1 es una carpeta</translation>
    </message>
    <message>
        <source>%1 already exists; not replacing it</source>
        <translation>%1 ya existe; no se reemplaza</translation>
    </message>
    <message>
        <source>HTML and PDF reports need a QGuiApplication; none is running</source>
        <translation>Los informes HTML y PDF necesitan una QGuiApplication; no hay ninguna en ejecución</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Expand %1.</source>
        <translation>Expanda %1.</translation>
    </message>
    <message>
        <source>Expand %1, where %1 is the name of the computer that is running %2.</source>
        <translation>Expanda %1, donde %1 es el nombre del equipo que ejecuta %2.</translation>
    </message>
    <message>
        <source>Click the %1 tab, clear the %2 check box, and then click %3.</source>
        <translation>Haga clic en la pestaña %1, desactive la casilla %2 y haga clic en %3.</translation>
    </message>
    <message>
        <source>In the details pane, click %1 to update the firewall policy, and then click %2.</source>
        <translation>En el panel de detalles, haga clic en %1 para actualizar la directiva de firewall y luego en %2.</translation>
    </message>
    <message>
        <source>Disconnect the VPN client and connect again: connections made before %1 keep the old policy.</source>
        <translation>Desconecte el cliente VPN y vuelva a conectarlo: las conexiones hechas antes de %1 conservan la directiva anterior.</translation>
    </message>
    <message>
        <source>Expand %1, and then click %2.</source>
        <translation>Expanda %1 y haga clic en %2.</translation>
    </message>
    <message>
        <source>Start the %1 tool.</source>
        <translation>Inicie la herramienta %1.</translation>
    </message>
    <message>
        <source>In the details pane, under %1, click %2.</source>
        <translation>En el panel de detalles, en %1, haga clic en %2.</translation>
    </message>
    <message>
        <source>In the details pane, under %1, click %2 (on some builds the link is named %3).</source>
        <translation>En el panel de detalles, en %1, haga clic en %2 (en algunas versiones el vínculo se llama %3).</translation>
    </message>
    <message>
        <source>Click %1, and then in the task pane, on the %2 tab, click %3.</source>
        <translation>Haga clic en %1 y, en el panel de tareas, en la pestaña %2, haga clic en %3.</translation>
    </message>
    <message>
        <source>Start the %1 console.</source>
        <translation>Inicie la consola %1.</translation>
    </message>
    <message>
        <source>Click %1.</source>
        <translation>Haga clic en %1.</translation>
    </message>
    <message>
        <source>In the details pane, click the %1 tab, and then click %2.</source>
        <translation>En el panel de detalles, haga clic en la pestaña %1 y luego en %2.</translation>
    </message>
    <message>
        <source>If the client still fails after Apply, its old session may still be open: disconnect it (Monitoring &gt; Sessions &gt; Disconnect Session) or restart the Firewall service, then connect again.</source>
        <translation>Si el cliente sigue fallando después de Aplicar, puede que su sesión antigua siga abierta: desconéctela (Supervisión &gt; Sesiones &gt; Desconectar sesión) o reinicie el servicio Firewall y vuelva a conectar.</translation>
    </message>
    <message>
        <source>Leave IP fragments allowed wherever Kerberos is used: Kerberos over UDP is often fragmented, and Microsoft recommends not blocking IP fragments on such networks.</source>
        <translation>Deje permitidos los fragmentos IP donde se use Kerberos: Kerberos sobre UDP suele ir fragmentado, y Microsoft recomienda no bloquear fragmentos IP en esas redes.</translation>
    </message>
    <message>
        <source>ISA Server 2006 Enterprise Edition applies changes asynchronously: check the Configuration tab in Monitoring until every array member is synchronized.</source>
        <translation>ISA Server 2006 Enterprise Edition aplica los cambios de forma asíncrona: revise la pestaña Configuración en Supervisión hasta que todos los miembros de la matriz estén sincronizados.</translation>
    </message>
    <message>
        <source>Forefront TMG 2010 does not block IP fragments by default, so someone turned it on: find out why before clearing it.</source>
        <translation>Forefront TMG 2010 no bloquea fragmentos IP de forma predeterminada, así que alguien lo activó: averigüe por qué antes de desactivarlo.</translation>
    </message>
    <message>
        <source>Array name</source>
        <translation>Nombre de la matriz</translation>
    </message>
    <message>
        <source>Expand %1, and then expand %2.</source>
        <translation>Expanda %1 y, a continuación, expanda %2.</translation>
    </message>
    <message>
        <source>Expand %1, and then expand %2, where %2 is the name of the array that the VPN server belongs to.</source>
        <translation>Expanda %1 y, a continuación, expanda %2, donde %2 es el nombre de la matriz a la que pertenece el servidor VPN.</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 ya existe</translation>
    </message>
    <message>
        <source>nothing to write</source>
        <translation>nada que escribir</translation>
    </message>
    <message>
        <source>The capture was taken %1: %2.</source>
        <translation>La captura se tomó %1: %2.</translation>
    </message>
    <message>
        <source>Capture point in doubt:</source>
        <translation>Punto de captura dudoso:</translation>
    </message>
    <message>
        <source>IP fragments per second</source>
        <translation>Fragmentos IP por segundo</translation>
    </message>
    <message>
        <source>IKE answers per second</source>
        <translation>Respuestas IKE por segundo</translation>
    </message>
    <message>
        <source>Retransmission</source>
        <translation>Retransmisión</translation>
    </message>
    <message>
        <source>Incomplete datagram (fragments lost)</source>
        <translation>Datagrama incompleto (fragmentos perdidos)</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Hora local</translation>
    </message>
    <message>
        <source>Per second</source>
        <translation>Por segundo</translation>
    </message>
    <message>
        <source>Local time (%1), %2</source>
        <extracomment>Time axis of the activity charts. %1: time zone abbreviation such as CET, %2: the capture&apos;s date.</extracomment>
        <translation>Hora local (%1), %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 UTC, %2 s, %Ln packet(s)</source>
        <translation>
            <numerusform>%1 UTC, %2 s, %Ln paquete</numerusform>
            <numerusform>%1 UTC, %2 s, %Ln paquetes</numerusform>
        </translation>
    </message>
    <message>
        <source>Chart of IP fragments and IKE answers per second, with retransmissions and incomplete datagrams marked</source>
        <translation>Gráfico de fragmentos IP y respuestas IKE por segundo, con retransmisiones y datagramas incompletos marcados</translation>
    </message>
    <message>
        <source>Activity over the capture, in local time: IP fragments per second as bars, IKE answers per second as dots; triangles mark retransmissions, crosses mark datagrams whose fragments did not all arrive.</source>
        <translation>Actividad durante la captura, en hora local: fragmentos IP por segundo como barras, respuestas IKE por segundo como puntos; los triángulos marcan retransmisiones y las cruces, datagramas cuyos fragmentos no llegaron todos.</translation>
    </message>
    <message>
        <source>ISA Server 2006 Help, &quot;IP preferences&quot;</source>
        <translation>Ayuda de ISA Server 2006, «IP preferences»</translation>
    </message>
    <message>
        <source>Forefront TMG 2010 SDK, IPFragmentsFilteringEnabled</source>
        <translation>SDK de Forefront TMG 2010, IPFragmentsFilteringEnabled</translation>
    </message>
    <message>
        <source>Microsoft KB 179129, modified teardrop attack</source>
        <translation>Microsoft KB 179129, ataque teardrop modificado</translation>
    </message>
    <message>
        <source>RFC 1858, security considerations for IP fragment filtering</source>
        <translation>RFC 1858, consideraciones de seguridad para el filtrado de fragmentos IP</translation>
    </message>
    <message>
        <source>ISA Server 2006 Help, &quot;IP fragments&quot;</source>
        <translation>Ayuda de ISA Server 2006, «IP fragments»</translation>
    </message>
    <message>
        <source>Forefront TMG Help, &quot;Configuring IP preferences&quot;</source>
        <translation>Ayuda de Forefront TMG, «Configuring IP preferences»</translation>
    </message>
    <message>
        <source>Microsoft KB 252366, limit of fragment reassembly headers</source>
        <translation>Microsoft KB 252366, límite de cabeceras de reensamblado</translation>
    </message>
    <message>
        <source>ISA Server 2006 Help, &quot;Intrusion detection&quot;</source>
        <translation>Ayuda de ISA Server 2006, «Intrusion detection»</translation>
    </message>
    <message>
        <source>Forefront TMG Help, intrusion detection (cc984458)</source>
        <translation>Ayuda de Forefront TMG, detección de intrusiones (cc984458)</translation>
    </message>
    <message>
        <source>Forefront TMG 2010 SDK, FPCAttackDetection</source>
        <translation>SDK de Forefront TMG 2010, FPCAttackDetection</translation>
    </message>
    <message>
        <source>Forefront TMG 2010 SDK, IntrusionDetectionEnabled</source>
        <translation>SDK de Forefront TMG 2010, IntrusionDetectionEnabled</translation>
    </message>
    <message>
        <source>ISA Server 2006 Help, &quot;Flood mitigation&quot;</source>
        <translation>Ayuda de ISA Server 2006, «Flood mitigation»</translation>
    </message>
    <message>
        <source>Forefront TMG Help, flood mitigation (cc995183)</source>
        <translation>Ayuda de Forefront TMG, mitigación de inundaciones (cc995183)</translation>
    </message>
    <message>
        <source>Microsoft KB 838438, Resolution</source>
        <translation>Microsoft KB 838438, solución</translation>
    </message>
    <message>
        <source>frag792 research note docs/security-fragments.md, row D6</source>
        <translation>nota de investigación de frag792 docs/security-fragments.md, fila D6</translation>
    </message>
    <message>
        <source>Forefront TMG 2010 SDK, EnableSSTP</source>
        <translation>SDK de Forefront TMG 2010, EnableSSTP</translation>
    </message>
    <message>
        <source>Forefront TMG 2010 SDK, SetSSTPListener</source>
        <translation>SDK de Forefront TMG 2010, SetSSTPListener</translation>
    </message>
    <message>
        <source>Davies, Windows Server 2008 TCP/IP Protocols and Services, chapter 19</source>
        <translation>Davies, Windows Server 2008 TCP/IP Protocols and Services, capítulo 19</translation>
    </message>
    <message>
        <source>jvangent blog, &quot;SSTP remote access&quot; (third party)</source>
        <translation>blog jvangent, «SSTP remote access» (terceros)</translation>
    </message>
    <message>
        <source>RFC 2409 (IKE), sections 5.1 and 5.4</source>
        <translation>RFC 2409 (IKE), secciones 5.1 y 5.4</translation>
    </message>
    <message>
        <source>Forefront TMG 2010 SDK, PreSharedIPSecKey</source>
        <translation>SDK de Forefront TMG 2010, PreSharedIPSecKey</translation>
    </message>
    <message>
        <source>Microsoft CMAK, &quot;Including a Preshared Key&quot; (dd672872)</source>
        <translation>Microsoft CMAK, «Including a Preshared Key» (dd672872)</translation>
    </message>
    <message>
        <source>Shinder, Configuring ISA Server 2004</source>
        <translation>Shinder, Configuring ISA Server 2004 (libro)</translation>
    </message>
    <message>
        <source>R. Hicks, &quot;Always On VPN and IKEv2 Fragmentation&quot; (third party)</source>
        <translation>R. Hicks, «Always On VPN and IKEv2 Fragmentation» (terceros)</translation>
    </message>
    <message>
        <source>Microsoft Security Advisory 2743314</source>
        <translation>Aviso de seguridad de Microsoft 2743314</translation>
    </message>
    <message>
        <source>trailofbits/algo issue 305 (third party)</source>
        <translation>trailofbits/algo, incidencia 305 (terceros)</translation>
    </message>
    <message>
        <source>What the block protects against, and what clearing it exposes</source>
        <translation>De qué protege el bloqueo y qué expone desactivarlo</translation>
    </message>
    <message>
        <source>&quot;Block IP fragments&quot; is one setting for the whole server: when it is on, ISA Server or TMG drops every fragmented IP packet, whatever its source, destination or port. No way to exempt only the VPN is documented.</source>
        <translation>«Block IP fragments» es un único ajuste para todo el servidor: activado, ISA Server o TMG descarta cada paquete IP fragmentado, sea cual sea su origen, destino o puerto. No hay documentada ninguna excepción solo para la VPN.</translation>
    </message>
    <message>
        <source>Fragments can also be used to slip TCP headers past packet filters and to exhaust reassembly memory.</source>
        <translation>Los fragmentos también pueden usarse para colar cabeceras TCP a través de los filtros de paquetes y para agotar la memoria de reensamblado.</translation>
    </message>
    <message>
        <source>What blocking costs: Microsoft&apos;s help says that with it on, Kerberos authentication fails when the server is a domain member, streaming audio and video can break, and L2TP/IPsec connections may not be established because packet fragmentation may take place during the certificate exchange.</source>
        <translation>Lo que cuesta el bloqueo: según la ayuda de Microsoft, con él activado la autenticación Kerberos falla cuando el servidor es miembro de un dominio, el audio y el vídeo en streaming pueden fallar, y las conexiones L2TP/IPsec pueden no establecerse porque puede haber fragmentación durante el intercambio de certificados.</translation>
    </message>
    <message>
        <source>What clearing it exposes: the server no longer drops fragmented packets outright. Forefront TMG 2010 ships with this setting turned off.</source>
        <translation>Lo que expone desactivarlo: el servidor ya no descarta de entrada los paquetes fragmentados. Forefront TMG 2010 se entrega con este ajuste desactivado.</translation>
    </message>
    <message>
        <source>What still protects the server once it is cleared</source>
        <translation>Qué sigue protegiendo el servidor una vez desactivado</translation>
    </message>
    <message>
        <source>Intrusion detection is a separate setting and stays as it is. It detects &quot;ping of death&quot;, an IP fragment with more data than the maximum IP packet size. Forefront TMG 2010 setup turns it on.</source>
        <translation>La detección de intrusiones es un ajuste aparte y se queda como está. Detecta el «ping of death», un fragmento IP con más datos que el tamaño máximo de un paquete IP. La instalación de Forefront TMG 2010 la activa.</translation>
    </message>
    <message>
        <source>On ISA Server 2006 and Forefront TMG, flood mitigation (connection counters and limits per client) is also a separate setting and stays as it is.</source>
        <translation>En ISA Server 2006 y Forefront TMG, la mitigación de inundaciones (contadores y límites de conexiones por cliente) también es un ajuste aparte y se queda como está.</translation>
    </message>
    <message>
        <source>Your firewall rules do not change: the KB&apos;s procedure clears only the IP fragments option.</source>
        <translation>Sus reglas de firewall no cambian: el procedimiento del artículo KB solo desactiva la opción de fragmentos IP.</translation>
    </message>
    <message>
        <source>Windows itself limits fragment reassembly: Windows Server 2003 keeps at most 100 reassembly headers by default and silently drops fragments beyond that.</source>
        <translation>Windows limita por sí mismo el reensamblado: Windows Server 2003 mantiene por defecto como máximo 100 cabeceras de reensamblado y descarta en silencio los fragmentos que sobran.</translation>
    </message>
    <message>
        <source>Not documented: whether ISA Server or TMG reassembles fragments and applies the firewall rules to the whole datagram. No statement was found, so do not assume it.</source>
        <translation>No documentado: si ISA Server o TMG reensambla los fragmentos y aplica las reglas de firewall al datagrama completo. No se encontró ninguna declaración, así que no lo dé por hecho.</translation>
    </message>
    <message>
        <source>If policy forbids clearing it</source>
        <translation>Si la política prohíbe desactivarlo</translation>
    </message>
    <message>
        <source>SSTP (the VPN inside HTTPS, TCP port 443) exchanges no IKE messages. Where: Forefront TMG 2010 only (off by default, it needs a Web listener) with clients on Windows Vista SP1 or later. ISA Server 2004 and 2006 run on Windows Server 2003, which offers only PPTP and L2TP/IPsec.</source>
        <translation>SSTP (la VPN dentro de HTTPS, puerto TCP 443) no intercambia mensajes IKE. Dónde: solo Forefront TMG 2010 (desactivado por defecto, necesita una escucha web) con clientes Windows Vista SP1 o posterior. ISA Server 2004 y 2006 funcionan sobre Windows Server 2003, que solo ofrece PPTP y L2TP/IPsec.</translation>
    </message>
    <message>
        <source>A pre-shared key instead of certificates, as a stopgap: Main Mode messages 5 and 6 then carry a hash instead of the certificate that gets fragmented. Cost: Microsoft calls it &quot;a relatively weak authentication method&quot; for interim use; all clients share one key, and changing it means updating every client. Where: documented for ISA Server 2004 and Forefront TMG 2010. Run frag792 again afterwards to confirm that nothing is fragmented.</source>
        <translation>Una clave previamente compartida en lugar de certificados, como solución provisional: los mensajes 5 y 6 del Main Mode llevan entonces un hash en vez del certificado que se fragmenta. Coste: Microsoft la llama «un método de autenticación relativamente débil» para uso transitorio; todos los clientes comparten una clave y cambiarla obliga a actualizar cada cliente. Dónde: documentado para ISA Server 2004 y Forefront TMG 2010. Ejecute frag792 de nuevo después para confirmar que nada se fragmenta.</translation>
    </message>
    <message>
        <source>A shorter certificate chain or smaller keys (RSA 2048 bits rather than larger) make the certificate messages smaller, but no source shows that they then fit in one packet: measure with frag792 before relying on it. Where: every product.</source>
        <translation>Una cadena de certificados más corta o claves más pequeñas (RSA de 2048 bits en lugar de más) reducen los mensajes de certificado, pero ninguna fuente muestra que entonces quepan en un paquete: mida con frag792 antes de confiar en ello. Dónde: todos los productos.</translation>
    </message>
    <message>
        <source>IKE-level fragmentation, where both ends support it, splits the IKE message itself into small pieces, so IP does not fragment it. Cost: Microsoft documents no setting in ISA Server or Forefront TMG to turn it on, and IKEv2 fragmentation needs Windows Server 1803 (2019) or later on the VPN server.</source>
        <translation>La fragmentación a nivel IKE, donde ambos extremos la admiten, divide el propio mensaje IKE en trozos pequeños, de modo que IP no lo fragmenta. Coste: Microsoft no documenta ningún ajuste en ISA Server ni en Forefront TMG para activarla, y la fragmentación IKEv2 necesita Windows Server 1803 (2019) o posterior en el servidor VPN.</translation>
    </message>
    <message>
        <source>PPTP, as a last resort, uses no IKE. Cost: Microsoft warns that PPTP with MS-CHAP v2 as the only authentication can expose user credentials. Where: all four products.</source>
        <translation>PPTP, como último recurso, no usa IKE. Coste: Microsoft advierte que PPTP con MS-CHAP v2 como única autenticación puede exponer las credenciales de los usuarios. Dónde: los cuatro productos.</translation>
    </message>
    <message>
        <source>What will not help: lowering the MTU on the clients. The IKE message with the certificate is still larger than one packet.</source>
        <translation>Lo que no ayudará: bajar la MTU en los clientes. El mensaje IKE con el certificado sigue siendo mayor que un paquete.</translation>
    </message>
    <message>
        <source>Is it safe to stop blocking IP fragments, and what if we can&apos;t?</source>
        <translation>¿Es seguro dejar de bloquear los fragmentos IP y qué hacer si no podemos?</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>It guards against the teardrop attack: fragments whose offsets overlap so that reassembling them can harm the system. Microsoft fixed the teardrop variants it documented in Windows NT 4.0.</source>
        <translation>Protege contra el ataque teardrop: fragmentos cuyos desplazamientos se solapan, de modo que reensamblarlos puede dañar el sistema. Microsoft corrigió las variantes documentadas en Windows NT 4.0.</translation>
    </message>
    <message>
        <source>[MS-IKEE], the IKE fragmentation vendor ID</source>
        <translation>[MS-IKEE], el ID de proveedor de fragmentación IKE</translation>
    </message>
    <message>
        <source>[MS-IKEE], the size of IKE fragments</source>
        <translation>[MS-IKEE], el tamaño de los fragmentos IKE</translation>
    </message>
    <message>
        <source>Truncated capture:</source>
        <translation>Captura recortada:</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) were cut to at most %1 bytes by the capture&apos;s snap length. Cut frames are not malformed: fragments are counted from their IP headers and IKE messages identified from their IKE headers. Not read past the cut: %2.</source>
        <translation>
            <numerusform>%n trama se recortó a %1 bytes como máximo por la longitud de captura (snap length). Las tramas recortadas no son defectuosas: los fragmentos se cuentan por sus cabeceras IP y los mensajes IKE se identifican por sus cabeceras IKE. No leído tras el recorte: %2.</numerusform>
            <numerusform>%n tramas se recortaron a %1 bytes como máximo por la longitud de captura (snap length). Las tramas recortadas no son defectuosas: los fragmentos se cuentan por sus cabeceras IP y los mensajes IKE se identifican por sus cabeceras IKE. No leído tras el recorte: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing the verdict uses</source>
        <translation>nada de lo que usa el veredicto</translation>
    </message>
    <message>
        <source>Windows logs</source>
        <translation>Registros de Windows</translation>
    </message>
    <message>
        <source>No capture: the verdict comes from these logs alone.</source>
        <translation>Sin captura: el veredicto procede solo de estos registros.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>What the log says</source>
        <translation>Qué dice el registro</translation>
    </message>
    <message>
        <source>zone unknown</source>
        <translation>zona desconocida</translation>
    </message>
    <message>
        <source>%1 (local time, zone unknown)</source>
        <translation>%1 (hora local, zona desconocida)</translation>
    </message>
    <message numerus="yes">
        <source>%n more log items not shown.</source>
        <translation>
            <numerusform>%n elemento más del registro no se muestra.</numerusform>
            <numerusform>%n elementos más del registro no se muestran.</numerusform>
        </translation>
    </message>
    <message>
        <source>certificates</source>
        <translation>certificados</translation>
    </message>
    <message>
        <source>pre-shared key</source>
        <translation>clave previamente compartida</translation>
    </message>
    <message>
        <source>none: the verdict comes from the Windows logs below</source>
        <translation>ninguna: el veredicto procede de los registros de Windows de abajo</translation>
    </message>
    <message>
        <source>%1, before the capture</source>
        <translation>%1, antes de la captura</translation>
    </message>
    <message>
        <source>%1, after the capture</source>
        <translation>%1, después de la captura</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>&amp;Redact addresses and names (client-1, server-1, …)</source>
        <translation>&amp;Anonimizar direcciones y nombres (client-1, server-1, …)</translation>
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
        <translation>Capturas de &amp;evidencia (pcapng)</translation>
    </message>
    <message>
        <source>Export a report</source>
        <translation>Exportar un informe</translation>
    </message>
    <message>
        <source>Keep a record of the diagnosis and the fix, or send it to whoever owns the server.</source>
        <translation>Guarde un registro del diagnóstico y la corrección, o envíelo a quien administra el servidor.</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 ya existe. ¿Desea reemplazarlo?</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>Título del caso</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre de archivo</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Case &amp;title:</source>
        <translation>&amp;Título del caso:</translation>
    </message>
    <message>
        <source>Te&amp;chnician:</source>
        <translation>Té&amp;cnico:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Redaction covers the report; the evidence captures always hold the real packets.</source>
        <translation>La anonimización afecta al informe; las capturas de evidencia siempre contienen los paquetes reales.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Nombre de &amp;archivo:</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>Ex&amp;portar</translation>
    </message>
    <message>
        <source>Diagnosis: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Diagnóstico: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Diagnosis: no capture was analysed.</source>
        <translation>Diagnóstico: no se analizó ninguna captura.</translation>
    </message>
    <message>
        <source>Verification: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Verificación: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Verification: not done.</source>
        <translation>Verificación: no realizada.</translation>
    </message>
    <message>
        <source>Error %1 on %2</source>
        <translation>Error %1 en %2</translation>
    </message>
    <message>
        <source>Choose a folder for the report</source>
        <translation>Elija una carpeta para el informe</translation>
    </message>
    <message>
        <source>%1 exists</source>
        <translation>%1 existe</translation>
    </message>
    <message>
        <source>&lt;b&gt;The folder %1 cannot be created.&lt;/b&gt;</source>
        <translation>&lt;b&gt;No se puede crear la carpeta %1.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 kept (not replaced)</source>
        <translation>%1 conservado (no reemplazado)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Written:&lt;br&gt;%1</source>
        <translation>Escrito:&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Nothing selected to export.</source>
        <translation>No hay nada seleccionado para exportar.</translation>
    </message>
    <message>
        <source>Replaces IP addresses and server and array names in the HTML, PDF and JSON reports with placeholders such as client-1 and server-1.</source>
        <translation>Sustituye las direcciones IP y los nombres de servidor y de matriz en los informes HTML, PDF y JSON por marcadores como client-1 y server-1.</translation>
    </message>
</context>
<context>
    <name>ResolutionPage</name>
    <message>
        <source>I have made this change on the real server &amp;console</source>
        <translation>Ya hice este cambio en la &amp;consola real del servidor</translation>
    </message>
    <message>
        <source>Clear &quot;Block IP fragments&quot;</source>
        <translation>Desactive &quot;Block IP fragments&quot;</translation>
    </message>
    <message>
        <source>Practise on this copy of the %1 console, then do the same on the server. The labels stay in English, as on the server, with a translation beside them.</source>
        <translation>Practique en esta copia de la consola de %1 y después haga lo mismo en el servidor. Las etiquetas siguen en inglés, como en el servidor, con la traducción al lado.</translation>
    </message>
    <message>
        <source>Click where the highlight shows. The same clicks on the server&apos;s console turn off the option (KB 838438, Resolution).</source>
        <translation>Haga clic donde indica el resaltado. Los mismos clics en la consola del servidor desactivan la opción (KB 838438, Solución).</translation>
    </message>
    <message>
        <source>&amp;Make the change</source>
        <translation>&amp;Hacer el cambio</translation>
    </message>
    <message>
        <source>Is it &amp;safe? Alternatives</source>
        <translation>¿Es &amp;seguro? Alternativas</translation>
    </message>
    <message>
        <source>Before you change it: is it safe, and what if you can&apos;t?</source>
        <translation>Antes de cambiarlo: ¿es seguro y qué hacer si no puede?</translation>
    </message>
    <message>
        <source>Check this if you made the change on the server without practising here; Next then goes on to the verification.</source>
        <translation>Marque esto si hizo el cambio en el servidor sin practicar aquí; Siguiente lleva entonces a la verificación.</translation>
    </message>
</context>
<context>
    <name>SampleCaptures</name>
    <message>
        <source>Sample: the server blocks IP fragments (KB 838438)</source>
        <translation>Ejemplo: el servidor bloquea los fragmentos IP (KB 838438)</translation>
    </message>
    <message>
        <source>Sample: fragments pass, negotiation completes</source>
        <translation>Ejemplo: los fragmentos pasan, la negociación se completa</translation>
    </message>
    <message>
        <source>the server blocks IP fragments</source>
        <translation>el servidor bloquea los fragmentos IP</translation>
    </message>
    <message>
        <source>a router drops IP fragments</source>
        <translation>un enrutador descarta los fragmentos IP</translation>
    </message>
    <message>
        <source>the client drops IP fragments</source>
        <translation>el cliente descarta los fragmentos IP</translation>
    </message>
    <message>
        <source>pre-shared key, nothing fragmented</source>
        <translation>clave previamente compartida, nada fragmentado</translation>
    </message>
    <message>
        <source>NAT-T, the server blocks IP fragments</source>
        <translation>NAT-T, el servidor bloquea los fragmentos IP</translation>
    </message>
    <message>
        <source>NAT-T, fragments pass</source>
        <translation>NAT-T, los fragmentos pasan</translation>
    </message>
    <message>
        <source>IKEv2 with IKE fragmentation</source>
        <translation>IKEv2 con fragmentación IKE</translation>
    </message>
    <message>
        <source>IKEv2 without IKE fragmentation, the server blocks IP fragments</source>
        <translation>IKEv2 sin fragmentación IKE, el servidor bloquea los fragmentos IP</translation>
    </message>
    <message>
        <source>IPv6, the server blocks IP fragments</source>
        <translation>IPv6, el servidor bloquea los fragmentos IP</translation>
    </message>
    <message>
        <source>Lab: %1 (captured at the server)</source>
        <translation>Laboratorio: %1 (capturado en el servidor)</translation>
    </message>
    <message>
        <source>Lab: %1 (captured at the client)</source>
        <translation>Laboratorio: %1 (capturado en el cliente)</translation>
    </message>
    <message>
        <source>Lab: %1</source>
        <translation>Laboratorio: %1</translation>
    </message>
    <message>
        <source>Sample: %1</source>
        <translation>Ejemplo: %1</translation>
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
        <translation>Sin especificar</translation>
    </message>
</context>
<context>
    <name>SymptomPage</name>
    <message>
        <source>Which error does the VPN client show?</source>
        <translation>¿Qué error muestra el cliente VPN?</translation>
    </message>
    <message>
        <source>KB 838438 is about one exact message. Several other errors look similar but point elsewhere.</source>
        <translation>El KB 838438 trata de un mensaje exacto. Varios otros errores se parecen pero apuntan a otro sitio.</translation>
    </message>
    <message>
        <source>The symptom this wizard solves:&lt;br&gt;&lt;b&gt;Error 792: %1&lt;/b&gt;</source>
        <translation>El síntoma que resuelve este asistente:&lt;br&gt;&lt;b&gt;Error 792: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Pick the &amp;error the client reported:</source>
        <translation>Elija el &amp;error que informó el cliente:</translation>
    </message>
    <message>
        <source>Error reported by the VPN client</source>
        <translation>Error informado por el cliente VPN</translation>
    </message>
    <message>
        <source>Error %1: %2</source>
        <translation>Error %1: %2</translation>
    </message>
    <message>
        <source>Select an error to see how it differs from 792.</source>
        <translation>Seleccione un error para ver en qué se diferencia del 792.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>Click Next to describe the server.</source>
        <translation>Haga clic en Siguiente para describir el servidor.</translation>
    </message>
    <message>
        <source>Click Next to see where this error points instead.</source>
        <translation>Haga clic en Siguiente para ver adónde apunta este error.</translation>
    </message>
    <message>
        <source>Choose the error number and message the VPN client showed. The text below the list says how the selected error differs from Error 792.</source>
        <translation>Elija el número de error y el mensaje que mostró el cliente VPN. El texto bajo la lista indica en qué se diferencia el error elegido del error 792.</translation>
    </message>
</context>
<context>
    <name>TroubleshootWizard</name>
    <message>
        <source>Error 792 troubleshooter (KB 838438)</source>
        <translation>Solucionador del error 792 (KB 838438)</translation>
    </message>
    <message>
        <source>About this troubleshooter</source>
        <translation>Acerca de este solucionador</translation>
    </message>
    <message>
        <source>This wizard follows Microsoft KB 838438: L2TP/IPsec VPN clients of ISA Server 2004, ISA Server 2006 or Forefront TMG Medium Business Edition fail with Error 792 when the firewall blocks IP fragments.

Describe the symptom and the server, confirm the cause with a capture, make the change in the console (the wizard shows where to click), verify with a second capture and export a report.</source>
        <translation>Este asistente sigue el KB 838438 de Microsoft: los clientes VPN L2TP/IPsec de ISA Server 2004, ISA Server 2006 o Forefront TMG Medium Business Edition fallan con el error 792 cuando el firewall bloquea los fragmentos IP.

Describa el síntoma y el servidor, confirme la causa con una captura, haga el cambio en la consola (el asistente muestra dónde hacer clic), verifique con una segunda captura y exporte un informe.</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>No IKE traffic seen</source>
        <translation>No se vio tráfico IKE</translation>
    </message>
    <message>
        <source>No IKE message (UDP 500 or 4500) was captured. Check that the capture ran on the interface that faces the VPN clients, that the filter was not changed, and that the client really tried to connect while capturing. If UDP 500/4500 is blocked before this host, the client reports error 809 rather than 792.</source>
        <translation>No se capturó ningún mensaje IKE (UDP 500 o 4500). Compruebe que la captura se hizo en la interfaz orientada a los clientes VPN, que el filtro no se cambió y que el cliente realmente intentó conectarse durante la captura. Si UDP 500/4500 está bloqueado antes de este host, el cliente informa el error 809 en lugar del 792.</translation>
    </message>
    <message>
        <source>IKE negotiation completed</source>
        <translation>Negociación IKE completada</translation>
    </message>
    <message>
        <source>The IKE security association was established (IKEv1 Main Mode message 6 or the IKEv2 IKE_AUTH response reached the client). Any IP fragments got through, so Error 792 is not caused by blocked fragments here.</source>
        <translation>Se estableció la asociación de seguridad IKE (el mensaje 6 del Main Mode de IKEv1 o la respuesta IKE_AUTH de IKEv2 llegó al cliente). Los fragmentos IP pasaron, así que aquí el error 792 no se debe a fragmentos bloqueados.</translation>
    </message>
    <message>
        <source>Negotiation stalled, but no fragmented message was involved</source>
        <translation>La negociación se detuvo, pero sin ningún mensaje fragmentado</translation>
    </message>
    <message>
        <source>The negotiation stopped without any IP-fragmented IKE message, so KB 838438 does not explain it. Look at the look-alike errors: 789 (pre-shared key or NAT-T registry setting), 809 (UDP 500/4500 blocked or NAT), 13801 (certificate not acceptable), 13806 (no machine certificate), 13868 (policy mismatch).</source>
        <translation>La negociación se detuvo sin ningún mensaje IKE fragmentado en IP, así que el KB 838438 no la explica. Revise los errores parecidos: 789 (clave previamente compartida o Registro de NAT-T), 809 (UDP 500/4500 bloqueado o NAT), 13801 (certificado no aceptado), 13806 (sin certificado de equipo), 13868 (directivas incompatibles).</translation>
    </message>
    <message>
        <source>Fragmented IKE message left complete and was never answered</source>
        <translation>Un mensaje IKE fragmentado salió completo y nunca recibió respuesta</translation>
    </message>
    <message>
        <source>A fragmented IKE message left this point complete, every fragment present, and no answer came back while it was retransmitted. Where the fragments were dropped cannot be told from here: capture on the VPN server to tell whether they reach it.</source>
        <translation>Un mensaje IKE fragmentado salió de este punto completo, con todos sus fragmentos, y no volvió ninguna respuesta mientras se retransmitía. Desde aquí no se puede saber dónde se descartaron los fragmentos: capture en el servidor VPN para saber si llegan a él.</translation>
    </message>
    <message>
        <source>The server&apos;s fragmented answer does not reach the client</source>
        <translation>La respuesta fragmentada del servidor no llega al cliente</translation>
    </message>
    <message>
        <source>The VPN server answered with a fragmented IKE message, and the client kept repeating its request: the answer&apos;s fragments are lost on the way to the client or at the client itself (a firewall or router between them, or the client&apos;s own firewall, drops IP fragments).</source>
        <translation>El servidor VPN respondió con un mensaje IKE fragmentado y el cliente siguió repitiendo su solicitud: los fragmentos de la respuesta se pierden camino del cliente o en el propio cliente (un firewall o enrutador entre ellos, o el firewall del cliente, descarta los fragmentos IP).</translation>
    </message>
    <message>
        <source>Fragments are lost before they reach the server</source>
        <translation>Los fragmentos se pierden antes de llegar al servidor</translation>
    </message>
    <message>
        <source>The exchange stalls where a large, fragmented IKE message from the client is due, and its fragments arrive incomplete or not at all: a device between the client and the server (router, NAT device, upstream firewall) drops IP fragments.</source>
        <translation>El intercambio se detiene donde corresponde un mensaje IKE grande y fragmentado del cliente, y sus fragmentos llegan incompletos o no llegan: un dispositivo entre el cliente y el servidor (enrutador, dispositivo NAT, firewall anterior) descarta los fragmentos IP.</translation>
    </message>
    <message>
        <source>The client drops the server&apos;s fragmented answer</source>
        <translation>El cliente descarta la respuesta fragmentada del servidor</translation>
    </message>
    <message>
        <source>The server&apos;s fragmented answer arrived at the client complete, every fragment present, and the client still kept repeating its request: a firewall on the client itself drops IP fragments.</source>
        <translation>La respuesta fragmentada del servidor llegó completa al cliente, con todos sus fragmentos, y aun así el cliente siguió repitiendo su solicitud: un firewall en el propio cliente descarta los fragmentos IP.</translation>
    </message>
    <message>
        <source>The server receives the fragments and drops them (KB 838438)</source>
        <translation>El servidor recibe los fragmentos y los descarta (KB 838438)</translation>
    </message>
    <message>
        <source>A fragmented IKE message arrived at the VPN server complete, every fragment present, and was never answered while the client retransmitted it. This is KB 838438: the server&apos;s firewall drops IP fragments (&quot;Block IP fragments&quot; is on). Clear &quot;Block IP fragments&quot; on the IP Fragments tab of the IP Preferences dialog, click OK, then Apply.</source>
        <translation>Un mensaje IKE fragmentado llegó completo al servidor VPN, con todos sus fragmentos, y nunca recibió respuesta mientras el cliente lo retransmitía. Es el KB 838438: el firewall del servidor descarta los fragmentos IP (&quot;Block IP fragments&quot; está activado). Desactive &quot;Block IP fragments&quot; en la pestaña IP Fragments del cuadro de diálogo IP Preferences, haga clic en OK y después en Apply.</translation>
    </message>
    <message>
        <source>The client sent its identity message (MM5) and no answer came</source>
        <translation>El cliente envió su mensaje de identidad (MM5) y no llegó respuesta</translation>
    </message>
    <message>
        <source>The client&apos;s own log shows IPsec Main Mode stopped after the client sent its identity (certificate) message, MM5, and no answer came. That message carries the certificates and is usually IP-fragmented, so this fits KB 838438, but no packet was seen: where the fragments were lost needs a capture at the server or the server&apos;s firewall log.</source>
        <translation>El registro del cliente muestra que el modo principal de IPsec se detuvo después de que el cliente enviara su mensaje de identidad (certificado), MM5, y no llegó respuesta. Ese mensaje lleva los certificados y suele ir fragmentado en IP, así que encaja con KB 838438, pero no se vio ningún paquete: para saber dónde se perdieron los fragmentos hace falta una captura en el servidor o el registro del firewall del servidor.</translation>
    </message>
    <message>
        <source>The logs do not show where the negotiation stopped</source>
        <translation>Los registros no muestran dónde se detuvo la negociación</translation>
    </message>
    <message>
        <source>No capture was analysed, and none of the logs given shows where IKE stopped: no ISA/TMG firewall row dropping an IP fragment (result code 0xC0040013) and no IPsec Main Mode failure on the client (Security event 4653 or 547, a WFP net event). They can neither confirm nor rule out blocked fragments.</source>
        <translation>No se analizó ninguna captura, y ninguno de los registros indicados muestra dónde se detuvo IKE: ninguna fila del firewall de ISA/TMG que descarte un fragmento IP (código de resultado 0xC0040013) y ningún error del modo principal de IPsec en el cliente (evento de seguridad 4653 o 547, un evento de red de WFP). No pueden ni confirmar ni descartar fragmentos bloqueados.</translation>
    </message>
</context>
<context>
    <name>VerdictAdvice</name>
    <message>
        <source>No IKE traffic was captured. Capture on the interface that faces the VPN clients and have a client connect while the capture runs.</source>
        <translation>No se capturó tráfico IKE. Capture en la interfaz orientada a los clientes VPN y haga que un cliente se conecte durante la captura.</translation>
    </message>
    <message>
        <source>The fragments are lost before they reach the server: a router, NAT device or upstream firewall drops IP fragments. Check that device (or ask the provider); changing the ISA/TMG setting will not help.</source>
        <translation>Los fragmentos se pierden antes de llegar al servidor: un enrutador, dispositivo NAT o firewall anterior descarta los fragmentos IP. Revise ese dispositivo (o consulte al proveedor); cambiar la opción de ISA/TMG no ayudará.</translation>
    </message>
    <message>
        <source>The server answers, but its fragmented answer is lost on the way back. Check the devices between the server and the client, and the client&apos;s own firewall.</source>
        <translation>El servidor responde, pero su respuesta fragmentada se pierde a la vuelta. Revise los dispositivos entre el servidor y el cliente y el propio firewall del cliente.</translation>
    </message>
    <message>
        <source>The client&apos;s own firewall drops the fragmented answer. Check third-party firewall or security software on the client.</source>
        <translation>El propio firewall del cliente descarta la respuesta fragmentada. Revise el firewall o el software de seguridad de terceros del cliente.</translation>
    </message>
    <message>
        <source>Nothing was fragmented, so blocked fragments are not the cause. Compare with the look-alike errors 789, 809, 13801, 13806 and 13868.</source>
        <translation>No se fragmentó nada, así que los fragmentos bloqueados no son la causa. Compare con los errores parecidos 789, 809, 13801, 13806 y 13868.</translation>
    </message>
    <message>
        <source>The fragments are still unanswered. Capture on the VPN server itself to see whether they arrive there, then check that the change was applied and the client reconnected.</source>
        <translation>Los fragmentos siguen sin respuesta. Capture en el propio servidor VPN para ver si llegan allí y después compruebe que el cambio se aplicó y que el cliente se volvió a conectar.</translation>
    </message>
    <message>
        <source>This capture does not show the server dropping fragments, so the KB 838438 change may not help. The steps are listed for reference; check the verdict&apos;s explanation first.</source>
        <translation>Esta captura no muestra al servidor descartando fragmentos, así que el cambio del KB 838438 puede no ayudar. Los pasos se muestran como referencia; lea primero la explicación del veredicto.</translation>
    </message>
    <message>
        <source>The verification capture has no IKE traffic: capture again while the client connects.</source>
        <translation>La captura de verificación no tiene tráfico IKE: vuelva a capturar mientras el cliente se conecta.</translation>
    </message>
    <message>
        <source>The negotiation completed, so fragments pass here and this KB does not explain the error. Capture while the failure happens, or check the error number again.</source>
        <translation>La negociación se completó, así que aquí los fragmentos pasan y este KB no explica el error. Capture mientras ocurre el fallo o vuelva a comprobar el número de error.</translation>
    </message>
    <message>
        <source>The negotiation completed in this capture, so no change is needed. The steps are listed for reference only.</source>
        <translation>La negociación se completó en esta captura, así que no hace falta ningún cambio. Los pasos se muestran solo como referencia.</translation>
    </message>
    <message>
        <source>The IKE negotiation now completes, so the fragments get through. If the client still fails, it reports a different error now; check its number.</source>
        <translation>La negociación IKE ahora se completa, así que los fragmentos pasan. Si el cliente sigue fallando, ahora informa otro error; compruebe su número.</translation>
    </message>
    <message>
        <source>Fragments are no longer the problem, but the negotiation still stalls: look at the look-alike errors (789, 809, 13801, 13806, 13868).</source>
        <translation>Los fragmentos ya no son el problema, pero la negociación sigue detenida: revise los errores parecidos (789, 809, 13801, 13806, 13868).</translation>
    </message>
    <message>
        <source>The fragments left complete and were never answered. The server most likely drops them (KB 838438); to be certain, capture on the VPN server itself.</source>
        <translation>Los fragmentos salieron completos y nunca recibieron respuesta. Lo más probable es que el servidor los descarte (KB 838438); para estar seguro, capture en el propio servidor VPN.</translation>
    </message>
    <message>
        <source>The fragments left this point and were never answered. If the VPN server runs ISA Server or Forefront TMG, check &quot;Block IP fragments&quot; as follows; a capture on the server tells whether it is the one dropping them.</source>
        <translation>Los fragmentos salieron de este punto y nunca recibieron respuesta. Si el servidor VPN ejecuta ISA Server o Forefront TMG, compruebe &quot;Block IP fragments&quot; como sigue; una captura en el servidor indica si es él quien los descarta.</translation>
    </message>
    <message>
        <source>The server now answers, but its fragmented answer does not reach the client: check the devices between server and client and the client&apos;s own firewall.</source>
        <translation>El servidor ahora responde, pero su respuesta fragmentada no llega al cliente: revise los dispositivos entre el servidor y el cliente y el propio firewall del cliente.</translation>
    </message>
    <message>
        <source>Fragments now go missing before they reach the server: a router, NAT device or upstream firewall between client and server drops them. Allow IP fragments there, or lower the certificate size.</source>
        <translation>Ahora los fragmentos se pierden antes de llegar al servidor: un enrutador, dispositivo NAT o firewall anterior entre cliente y servidor los descarta. Permita allí los fragmentos IP o reduzca el tamaño del certificado.</translation>
    </message>
    <message>
        <source>The server&apos;s answer reaches the client and the client drops it: allow IP fragments in the client&apos;s firewall.</source>
        <translation>La respuesta del servidor llega al cliente y el cliente la descarta: permita los fragmentos IP en el firewall del cliente.</translation>
    </message>
    <message>
        <source>This is KB 838438: the server receives the fragments and drops them.</source>
        <translation>Es el KB 838438: el servidor recibe los fragmentos y los descarta.</translation>
    </message>
    <message>
        <source>The capture shows KB 838438: the server drops the IP fragments. Clear &quot;Block IP fragments&quot; as follows, then capture again while the client connects.</source>
        <translation>La captura muestra el KB 838438: el servidor descarta los fragmentos IP. Desactive &quot;Block IP fragments&quot; como sigue y vuelva a capturar mientras el cliente se conecta.</translation>
    </message>
    <message>
        <source>The server still drops the fragments. Check that Apply was clicked on the server (or array) the client connects to, that the configuration reached it (Monitoring &gt; Configuration), and that the client made a new connection afterwards: existing sessions keep the old policy. Disconnect them or restart the Firewall service if needed.</source>
        <translation>El servidor sigue descartando los fragmentos. Compruebe que se hizo clic en Aplicar en el servidor (o la matriz) al que se conecta el cliente, que la configuración llegó a él (Supervisión &gt; Configuración) y que el cliente estableció después una conexión nueva: las sesiones existentes conservan la directiva anterior. Desconéctelas o reinicie el servicio Firewall si es necesario.</translation>
    </message>
    <message>
        <source>The client&apos;s log shows MM5 went out and was never answered. Capture on the VPN server, or look in its firewall log for result code 0xC0040013, to tell where the fragments are lost.</source>
        <translation>El registro del cliente muestra que MM5 salió y nunca obtuvo respuesta. Haga una captura en el servidor VPN o busque en su registro del firewall el código de resultado 0xC0040013 para saber dónde se pierden los fragmentos.</translation>
    </message>
    <message>
        <source>The client&apos;s log shows its identity message was never answered. If the VPN server runs ISA Server or Forefront TMG, check &quot;Block IP fragments&quot; as follows; a capture on the server or its firewall log tells whether it is the one dropping them.</source>
        <translation>El registro del cliente muestra que su mensaje de identidad nunca obtuvo respuesta. Si el servidor VPN ejecuta ISA Server o Forefront TMG, revise &quot;Block IP fragments&quot; como sigue; una captura en el servidor o su registro del firewall indica si es él quien los descarta.</translation>
    </message>
    <message>
        <source>The client&apos;s log still shows MM5 unanswered. Capture on the VPN server to see whether the fragments arrive there, then check that the change was applied and the client reconnected.</source>
        <translation>El registro del cliente sigue mostrando MM5 sin respuesta. Haga una captura en el servidor VPN para ver si los fragmentos llegan allí y luego compruebe que se aplicó el cambio y que el cliente volvió a conectarse.</translation>
    </message>
    <message>
        <source>The logs alone cannot locate the failure. Capture on the VPN server while a client connects, or turn on IPsec auditing on the client (event 4653) and try again.</source>
        <translation>Los registros por sí solos no permiten localizar el fallo. Capture en el servidor VPN mientras un cliente se conecta, o active la auditoría de IPsec en el cliente (evento 4653) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The logs do not show the server dropping fragments, so the KB 838438 change may not help. The steps are listed for reference; capture on the server first.</source>
        <translation>Los registros no muestran que el servidor descarte fragmentos, así que el cambio de KB 838438 puede no ayudar. Los pasos se indican como referencia; capture primero en el servidor.</translation>
    </message>
    <message>
        <source>The logs still do not show where the negotiation stops: capture on the VPN server while the client connects to verify the change.</source>
        <translation>Los registros siguen sin mostrar dónde se detiene la negociación: capture en el servidor VPN mientras el cliente se conecta para verificar el cambio.</translation>
    </message>
</context>
<context>
    <name>VerdictView</name>
    <message>
        <source>IKE timeline</source>
        <translation>Cronología IKE</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Tiempo (s)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Tamaño (bytes)</translation>
    </message>
    <message>
        <source>IP fragments</source>
        <translation>Fragmentos IP</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondido</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Evidencias:</translation>
    </message>
    <message>
        <source>Reading stopped early: %1</source>
        <translation>La lectura se detuvo antes del final: %1</translation>
    </message>
    <message>
        <source>client → server</source>
        <translation>cliente → servidor</translation>
    </message>
    <message>
        <source>server → client</source>
        <translation>servidor → cliente</translation>
    </message>
    <message>
        <source>%1 (retransmission)</source>
        <translation>%1 (retransmisión)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Capture point in doubt:</source>
        <translation>Punto de captura dudoso:</translation>
    </message>
    <message>
        <source>One row per IKE message of the session the verdict is about: time since its first message, direction, message, size, the IP fragments that carried it, and whether it was answered.</source>
        <translation>Una fila por mensaje IKE de la sesión a la que se refiere el veredicto: tiempo desde su primer mensaje, dirección, mensaje, tamaño, los fragmentos IP que lo llevaron y si fue respondido.</translation>
    </message>
    <message>
        <source>Windows logs:</source>
        <translation>Registros de Windows:</translation>
    </message>
    <message numerus="yes">
        <source>%n more log item(s) in the report.</source>
        <translation>
            <numerusform>%n elemento de registro más en el informe.</numerusform>
            <numerusform>%n elementos de registro más en el informe.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Verify the fix</source>
        <translation>Verifique la corrección</translation>
    </message>
    <message>
        <source>Disconnect the VPN client and connect again: sessions that existed before Apply keep the old policy. Capture while it connects, the same way as before.</source>
        <translation>Desconecte el cliente VPN y vuelva a conectarlo: las sesiones que existían antes de Aplicar conservan la directiva anterior. Capture mientras se conecta, igual que antes.</translation>
    </message>
</context>
</TS>
