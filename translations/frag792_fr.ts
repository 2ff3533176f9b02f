<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CaptureGuide</name>
    <message>
        <source>&amp;Copy commands</source>
        <translation>&amp;Copier les commandes</translation>
    </message>
    <message>
        <source>ISA Server 2004 / 2006 (Windows Server 2003): Network Monitor 3.4</source>
        <translation>ISA Server 2004 / 2006 (Windows Server 2003) : Network Monitor 3.4</translation>
    </message>
    <message>
        <source>ISA Server 2004 / 2006 (Windows Server 2003): built-in Network Monitor</source>
        <translation>ISA Server 2004 / 2006 (Windows Server 2003) : Moniteur réseau intégré</translation>
    </message>
    <message>
        <source>Forefront TMG (Windows Server 2008 or 2008 R2): Network Monitor 3.4</source>
        <translation>Forefront TMG (Windows Server 2008 ou 2008 R2) : Network Monitor 3.4</translation>
    </message>
    <message>
        <source>Forefront TMG 2010 (Windows Server 2008 R2): netsh trace, no download</source>
        <translation>Forefront TMG 2010 (Windows Server 2008 R2) : netsh trace, sans téléchargement</translation>
    </message>
    <message>
        <source>Windows 10 / 11 client: pktmon</source>
        <translation>Client Windows 10 / 11 : pktmon</translation>
    </message>
    <message>
        <source>Commands to run on Windows</source>
        <translation>Commandes à exécuter sous Windows</translation>
    </message>
    <message>
        <source>Filter by address, never by port, and capture whole packets.</source>
        <translation>Filtrez par adresse, jamais par port, et capturez les paquets entiers.</translation>
    </message>
    <message>
        <source>The second and later pieces of a fragmented packet carry no port number, so a port filter throws away exactly the pieces frag792 needs. If you must limit the packet size, never go below 128 bytes per packet.</source>
        <translation>Le deuxième fragment d&apos;un paquet fragmenté et les suivants ne portent pas de numéro de port : un filtre par port jette donc exactement les fragments dont frag792 a besoin. Si vous devez limiter la taille des paquets, ne descendez jamais sous 128 octets par paquet.</translation>
    </message>
    <message>
        <source>Where do you capture?</source>
        <translation>Où capturez-vous ?</translation>
    </message>
    <message>
        <source>VPN server&apos;s &amp;address:</source>
        <translation>&amp;Adresse du serveur VPN :</translation>
    </message>
    <message>
        <source>Client&apos;s public &amp;address:</source>
        <translation>&amp;Adresse publique du client :</translation>
    </message>
    <message>
        <source>Install Microsoft Network Monitor 3.4 on the server (the x86 or x64 package that matches Windows).</source>
        <translation>Installez Microsoft Network Monitor 3.4 sur le serveur (le paquet x86 ou x64 qui correspond à Windows).</translation>
    </message>
    <message>
        <source>Open a Command Prompt &lt;b&gt;as administrator&lt;/b&gt; and go to the Network Monitor folder (usually C:\Program Files\Microsoft Network Monitor 3).</source>
        <translation>Ouvrez une invite de commandes &lt;b&gt;en tant qu&apos;administrateur&lt;/b&gt; et allez dans le dossier de Network Monitor (en général C:\Program Files\Microsoft Network Monitor 3).</translation>
    </message>
    <message>
        <source>Open a Command Prompt and go to the Network Monitor folder (usually C:\Program Files\Microsoft Network Monitor 3).</source>
        <translation>Ouvrez une invite de commandes et allez dans le dossier de Network Monitor (en général C:\Program Files\Microsoft Network Monitor 3).</translation>
    </message>
    <message>
        <source>Run the commands below, then connect from the client and wait for error 792 (or 90 seconds).</source>
        <translation>Exécutez les commandes ci-dessous, connectez le client et attendez l&apos;erreur 792 (ou 90 secondes).</translation>
    </message>
    <message>
        <source>Press Ctrl+C. Copy C:\frag792\isa.cap to this computer and open it here.</source>
        <translation>Appuyez sur Ctrl+C. Copiez C:\frag792\isa.cap sur cet ordinateur et ouvrez-le ici.</translation>
    </message>
    <message>
        <source>Control Panel → Add or Remove Programs → Add/Remove Windows Components → Management and Monitoring Tools → Details → tick &lt;b&gt;Network Monitor Tools&lt;/b&gt;.</source>
        <translation>Panneau de configuration → Ajout/Suppression de programmes → Ajouter ou supprimer des composants Windows → Outils de gestion et d&apos;analyse → Détails → cochez &lt;b&gt;Outils du Moniteur réseau&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Start &lt;b&gt;Network Monitor&lt;/b&gt; from Administrative Tools. If asked, pick the network card that faces the Internet.</source>
        <translation>Lancez le &lt;b&gt;Moniteur réseau&lt;/b&gt; depuis les Outils d&apos;administration. Si on vous le demande, choisissez la carte réseau côté Internet.</translation>
    </message>
    <message>
        <source>Capture menu → &lt;b&gt;Filter&lt;/b&gt; → double-click &lt;b&gt;AND (Address Pairs)&lt;/b&gt; and enter the client&apos;s public address shown below.</source>
        <translation>Menu Capture → &lt;b&gt;Filtre&lt;/b&gt; → double-cliquez sur &lt;b&gt;AND (Address Pairs)&lt;/b&gt; et saisissez l&apos;adresse publique du client affichée ci-dessous.</translation>
    </message>
    <message>
        <source>Make the capture buffer larger than its default of 1 MB.</source>
        <translation>Agrandissez le tampon de capture au-delà de sa valeur par défaut de 1 Mo.</translation>
    </message>
    <message>
        <source>Capture → &lt;b&gt;Start&lt;/b&gt;, connect from the client, wait for error 792, then Capture → &lt;b&gt;Stop&lt;/b&gt;.</source>
        <translation>Capture → &lt;b&gt;Démarrer&lt;/b&gt;, connectez le client, attendez l&apos;erreur 792, puis Capture → &lt;b&gt;Arrêter&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>File → &lt;b&gt;Save As&lt;/b&gt;, save as a .cap file, copy it to this computer and open it here.</source>
        <translation>Fichier → &lt;b&gt;Enregistrer sous&lt;/b&gt;, enregistrez un fichier .cap, copiez-le sur cet ordinateur et ouvrez-le ici.</translation>
    </message>
    <message>
        <source>Open a Command Prompt &lt;b&gt;as administrator&lt;/b&gt; on the TMG server and run the first two commands.</source>
        <translation>Ouvrez une invite de commandes &lt;b&gt;en tant qu&apos;administrateur&lt;/b&gt; sur le serveur TMG et exécutez les deux premières commandes.</translation>
    </message>
    <message>
        <source>Connect from the client and wait for error 792 (or 90 seconds).</source>
        <translation>Connectez le client et attendez l&apos;erreur 792 (ou 90 secondes).</translation>
    </message>
    <message>
        <source>Run &lt;b&gt;netsh trace stop&lt;/b&gt; and wait until it says it has finished.</source>
        <translation>Exécutez &lt;b&gt;netsh trace stop&lt;/b&gt; et attendez qu&apos;il indique avoir terminé.</translation>
    </message>
    <message>
        <source>Convert the file with Microsoft&apos;s free etl2pcapng tool (github.com/microsoft/etl2pcapng, on the server or any Windows PC), then copy tmg.pcapng to this computer and open it here.</source>
        <translation>Convertissez le fichier avec l&apos;outil gratuit etl2pcapng de Microsoft (github.com/microsoft/etl2pcapng, sur le serveur ou sur n&apos;importe quel PC Windows), puis copiez tmg.pcapng sur cet ordinateur et ouvrez-le ici.</translation>
    </message>
    <message>
        <source>Do not add filemode=single: files made that way cannot be converted. The trace has no address filter: keep it short on a busy server.</source>
        <translation>N&apos;ajoutez pas filemode=single : les fichiers créés ainsi ne peuvent pas être convertis. La trace n&apos;a pas de filtre d&apos;adresse : faites-la courte sur un serveur chargé.</translation>
    </message>
    <message>
        <source>Open a Command Prompt &lt;b&gt;as administrator&lt;/b&gt; (Windows 10 version 2004 or later, or Windows 11) and run the first four commands.</source>
        <translation>Ouvrez une invite de commandes &lt;b&gt;en tant qu&apos;administrateur&lt;/b&gt; (Windows 10 version 2004 ou ultérieure, ou Windows 11) et exécutez les quatre premières commandes.</translation>
    </message>
    <message>
        <source>Connect to the VPN and wait for error 792. Then run the last two commands and open client.pcapng here.</source>
        <translation>Connectez le VPN et attendez l&apos;erreur 792. Exécutez ensuite les deux dernières commandes et ouvrez client.pcapng ici.</translation>
    </message>
    <message>
        <source>Keep --pkt-size 0: without it, pktmon keeps only the first 128 bytes of each packet. Keep --comp nics: otherwise pktmon records each packet at several points inside Windows.</source>
        <translation>Gardez --pkt-size 0 : sans lui, pktmon ne garde que les 128 premiers octets de chaque paquet. Gardez --comp nics : sinon pktmon enregistre chaque paquet à plusieurs endroits dans Windows.</translation>
    </message>
    <message>
        <source>If Windows says etl2pcap is unknown, use: pktmon pcapng C:\frag792\client.etl -o C:\frag792\client.pcapng</source>
        <translation>Si Windows ne connaît pas etl2pcap, utilisez : pktmon pcapng C:\frag792\client.etl -o C:\frag792\client.pcapng</translation>
    </message>
    <message>
        <source>frag792 cannot read .etl files (netsh trace, pktmon): only Windows can. Convert the file on Windows first, then open the result here.</source>
        <translation>frag792 ne sait pas lire les fichiers .etl (netsh trace, pktmon) : seul Windows le peut. Convertissez d&apos;abord le fichier sous Windows, puis ouvrez le résultat ici.</translation>
    </message>
    <message>
        <source>Use the command that fits the tool that made it:</source>
        <translation>Utilisez la commande qui correspond à l&apos;outil qui l&apos;a créé :</translation>
    </message>
    <message>
        <source>pktmon (Windows 10 1809 and later, Server 2019 and later): pktmon etl2pcap FILE.etl --out FILE.pcapng (version 2004 and later; older builds: pktmon pcapng FILE.etl -o FILE.pcapng)</source>
        <translation>pktmon (Windows 10 1809 et ultérieur, Server 2019 et ultérieur) : pktmon etl2pcap FICHIER.etl --out FICHIER.pcapng (version 2004 et ultérieure ; versions antérieures : pktmon pcapng FICHIER.etl -o FICHIER.pcapng)</translation>
    </message>
    <message>
        <source>netsh trace: etl2pcapng.exe FILE.etl FILE.pcapng (github.com/microsoft/etl2pcapng)</source>
        <translation>netsh trace : etl2pcapng.exe FICHIER.etl FICHIER.pcapng (github.com/microsoft/etl2pcapng)</translation>
    </message>
    <message>
        <source>or open the .etl in Network Monitor 3.4 and use File → Save As to save a .cap file</source>
        <translation>ou ouvrez le .etl dans Network Monitor 3.4 et utilisez Fichier → Enregistrer sous pour enregistrer un fichier .cap</translation>
    </message>
</context>
<context>
    <name>CapturePage</name>
    <message>
        <source>S&amp;kip the capture: I already know &quot;Block IP fragments&quot; is on</source>
        <translation>I&amp;gnorer la capture : je sais déjà que « Block IP fragments » est activé</translation>
    </message>
    <message>
        <source>Confirm the cause with a capture</source>
        <translation>Confirmer la cause par une capture</translation>
    </message>
    <message>
        <source>Capture while a client tries to connect (best on the VPN server), or open a capture file. frag792 looks for fragmented IKE messages that are never answered.</source>
        <translation>Capturez pendant qu&apos;un client tente de se connecter (de préférence sur le serveur VPN), ou ouvrez un fichier de capture. frag792 cherche les messages IKE fragmentés qui ne reçoivent jamais de réponse.</translation>
    </message>
    <message>
        <source>Click Next to clear &quot;Block IP fragments&quot; in the management console.</source>
        <translation>Cliquez sur Suivant pour décocher « Block IP fragments » dans la console de gestion.</translation>
    </message>
    <message>
        <source>Click Next for the report.</source>
        <translation>Cliquez sur Suivant pour le rapport.</translation>
    </message>
    <message>
        <source>How to capture on the server or a Windows client</source>
        <translation>Comment capturer sur le serveur ou sur un client Windows</translation>
    </message>
    <message>
        <source>Click Next to confirm what the capture shows about the server.</source>
        <translation>Cliquez sur Suivant pour confirmer ce que la capture montre du serveur.</translation>
    </message>
    <message>
        <source>Goes on to the console change without a capture; the report then says that no capture was analysed.</source>
        <translation>Passe à la modification dans la console sans capture ; le rapport indique alors qu&apos;aucune capture n&apos;a été analysée.</translation>
    </message>
</context>
<context>
    <name>CapturePanel</name>
    <message>
        <source>&amp;Start capture</source>
        <translation>&amp;Démarrer la capture</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <source>Open capture &amp;file…</source>
        <translation>Ouvrir un &amp;fichier de capture…</translation>
    </message>
    <message>
        <source>Open sa&amp;mple</source>
        <translation>Ouvrir un e&amp;xemple</translation>
    </message>
    <message>
        <source>Network interface to capture on</source>
        <translation>Interface réseau à capturer</translation>
    </message>
    <message>
        <source>Where this machine sits</source>
        <translation>Emplacement de cette machine</translation>
    </message>
    <message>
        <source>This machine is the VPN server</source>
        <translation>Cette machine est le serveur VPN</translation>
    </message>
    <message>
        <source>This machine is a VPN client</source>
        <translation>Cette machine est un client VPN</translation>
    </message>
    <message>
        <source>A mirror port or tap between them</source>
        <translation>Un port miroir ou un tap entre les deux</translation>
    </message>
    <message>
        <source>Not sure: let frag792 decide from the packets</source>
        <translation>Je ne sais pas : laisser frag792 décider d&apos;après les paquets</translation>
    </message>
    <message>
        <source>Bundled sample captures</source>
        <translation>Captures d&apos;exemple fournies</translation>
    </message>
    <message>
        <source>Progress reading the capture file</source>
        <translation>Progression de la lecture du fichier de capture</translation>
    </message>
    <message>
        <source>Capture live on this machine</source>
        <translation>Capturer en direct sur cette machine</translation>
    </message>
    <message>
        <source>&amp;Interface:</source>
        <translation>&amp;Interface :</translation>
    </message>
    <message>
        <source>&amp;Where the capture is taken:</source>
        <translation>&amp;Lieu de la capture :</translation>
    </message>
    <message>
        <source>Fragment &amp;arrival</source>
        <translation>&amp;Arrivée des fragments</translation>
    </message>
    <message>
        <source>&amp;Verdict and timeline</source>
        <translation>&amp;Verdict et chronologie</translation>
    </message>
    <message>
        <source>(likely)</source>
        <translation>(probable)</translation>
    </message>
    <message>
        <source>No capturable interface found</source>
        <translation>Aucune interface de capture trouvée</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Capturing on %1. Now connect the VPN client and wait for the error (about a minute), then click Stop.</source>
        <translation>Capture sur %1. Connectez maintenant le client VPN et attendez l&apos;erreur (environ une minute), puis cliquez sur Arrêter.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n packet(s) analysed.</source>
        <translation>
            <numerusform>Terminé : %n paquet analysé.</numerusform>
            <numerusform>Terminé : %n paquets analysés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Le fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The file ends in the middle of a packet; the packets before that were analysed.</source>
        <translation>Le fichier se termine au milieu d&apos;un paquet ; les paquets précédents ont été analysés.</translation>
    </message>
    <message>
        <source>The capture&apos;s link type is not supported.</source>
        <translation>Le type de liaison de la capture n&apos;est pas pris en charge.</translation>
    </message>
    <message>
        <source>The capture filter was rejected.</source>
        <translation>Le filtre de capture a été refusé.</translation>
    </message>
    <message>
        <source>Capturing is not permitted: see the command above.</source>
        <translation>La capture n&apos;est pas autorisée : voir la commande ci-dessus.</translation>
    </message>
    <message>
        <source>The interface does not exist (any more).</source>
        <translation>L&apos;interface n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <source>The interface went down during the capture.</source>
        <translation>L&apos;interface est tombée pendant la capture.</translation>
    </message>
    <message>
        <source>The evidence file could not be written, so the report will not include it.</source>
        <translation>Le fichier de preuve n&apos;a pas pu être écrit ; le rapport ne l&apos;inclura pas.</translation>
    </message>
    <message>
        <source>The capture failed.</source>
        <translation>La capture a échoué.</translation>
    </message>
    <message>
        <source>Open a capture file</source>
        <translation>Ouvrir un fichier de capture</translation>
    </message>
    <message>
        <source>The sample could not be unpacked.</source>
        <translation>L&apos;exemple n&apos;a pas pu être extrait.</translation>
    </message>
    <message>
        <source>The file cannot be read as a capture (pcap, pcapng or Network Monitor .cap).</source>
        <translation>Le fichier ne peut pas être lu comme une capture (pcap, pcapng ou .cap de Network Monitor).</translation>
    </message>
    <message>
        <source>The file ends inside its header; there is nothing to analyse.</source>
        <translation>Le fichier se termine dans son en-tête ; il n&apos;y a rien à analyser.</translation>
    </message>
    <message>
        <source>The capture ended early; what arrived before that was analysed.</source>
        <translation>La capture s&apos;est arrêtée plus tôt ; ce qui est arrivé avant a été analysé.</translation>
    </message>
    <message>
        <source>Captures (*.pcapng *.pcap *.cap *.etl);;All files (*)</source>
        <translation>Captures (*.pcapng *.pcap *.cap *.etl);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Where the capture is taken decides which drops the verdict can see: on the VPN server, on a client, or on the path between them.</source>
        <translation>L&apos;endroit de la capture décide des pertes que le verdict peut voir : sur le serveur VPN, sur un client ou sur le chemin entre les deux.</translation>
    </message>
    <message>
        <source>libpcap cannot read this file and frag792&apos;s reader of other formats (Network Monitor .cap) is missing or from another build: reinstall frag792.</source>
        <translation>libpcap ne peut pas lire ce fichier et le lecteur d&apos;autres formats de frag792 (Network Monitor .cap) manque ou provient d&apos;une autre version : réinstallez frag792.</translation>
    </message>
</context>
<context>
    <name>CapturePermissionPanel</name>
    <message>
        <source>&lt;b&gt;Live capture is not permitted for this program yet.&lt;/b&gt;</source>
        <translation>&lt;b&gt;La capture en direct n&apos;est pas encore autorisée pour ce programme.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Command that grants capture permission</source>
        <translation>Commande qui accorde l&apos;autorisation de capture</translation>
    </message>
    <message>
        <source>&amp;Copy command</source>
        <translation>&amp;Copier la commande</translation>
    </message>
    <message>
        <source>You can still open a capture file or a sample.</source>
        <translation>Vous pouvez toujours ouvrir un fichier de capture ou un exemple.</translation>
    </message>
    <message>
        <source>Only members of the group %1 may capture packets. Add yourself to the group %1 (an administrator runs the command below), then log out and log in again.</source>
        <translation>Seuls les membres du groupe %1 peuvent capturer des paquets. Ajoutez-vous au groupe %1 (un administrateur exécute la commande ci-dessous), puis déconnectez-vous et reconnectez-vous.</translation>
    </message>
    <message>
        <source>You are a member of the group %1, but this session started before you joined it. Log out and log in again, then start frag792.</source>
        <translation>Vous êtes membre du groupe %1, mais cette session a commencé avant que vous ne le rejoigniez. Déconnectez-vous et reconnectez-vous, puis lancez frag792.</translation>
    </message>
    <message>
        <source>The capture helper %1 is missing. Reinstall frag792.</source>
        <translation>Le programme auxiliaire de capture %1 est absent. Réinstallez frag792.</translation>
    </message>
    <message>
        <source>This user may not run the capture helper %1. Ask an administrator to check its owner and permissions.</source>
        <translation>Cet utilisateur ne peut pas exécuter le programme auxiliaire de capture %1. Demandez à un administrateur de vérifier son propriétaire et ses permissions.</translation>
    </message>
    <message>
        <source>Capturing packets needs the CAP_NET_RAW and CAP_NET_ADMIN capabilities. Grant them once to the capture helper (an administrator runs the command below), then start frag792 again. The wizard itself never needs to run as an administrator.</source>
        <translation>Capturer des paquets nécessite les capacités CAP_NET_RAW et CAP_NET_ADMIN. Accordez-les une fois au programme auxiliaire de capture (un administrateur exécute la commande ci-dessous), puis relancez frag792. L&apos;assistant lui-même n&apos;a jamais besoin de tourner en administrateur.</translation>
    </message>
</context>
<context>
    <name>CausePage</name>
    <message>
        <source>Why the connection times out</source>
        <translation>Pourquoi la connexion expire</translation>
    </message>
    <message>
        <source>KB 838438: the firewall on the VPN server is set to block IP fragments.</source>
        <translation>KB 838438 : le pare-feu du serveur VPN est configuré pour bloquer les fragments IP.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Before L2TP can start, the client and the server authenticate each other with IKE. In the fifth and sixth Main Mode messages they exchange certificates. These messages are larger than one packet (the MTU, usually 1500 bytes), so IP splits them into fragments.&lt;/p&gt;&lt;p&gt;Only the first fragment carries the UDP header with port 500 (or 4500). With &lt;b&gt;Block IP fragments&lt;/b&gt; turned on, ISA Server or TMG drops every fragment, the IKE message never arrives, and after about a minute of retransmissions the client reports Error 792.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Avant que L2TP ne démarre, le client et le serveur s&apos;authentifient mutuellement avec IKE. Dans les cinquième et sixième messages du Main Mode, ils échangent des certificats. Ces messages dépassent la taille d&apos;un paquet (la MTU, en général 1500 octets) : IP les découpe donc en fragments.&lt;/p&gt;&lt;p&gt;Seul le premier fragment porte l&apos;en-tête UDP avec le port 500 (ou 4500). Avec &lt;b&gt;Block IP fragments&lt;/b&gt; activé, ISA Server ou TMG rejette chaque fragment, le message IKE n&apos;arrive jamais et, après environ une minute de retransmissions, le client signale l&apos;erreur 792.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Side effect worth knowing:&lt;/b&gt; blocking IP fragments also breaks Kerberos over UDP, whose tickets are often fragmented; Microsoft recommends not blocking fragments where domain members authenticate through the firewall. Clearing the option fixes both.</source>
        <translation>&lt;b&gt;Effet secondaire à connaître :&lt;/b&gt; bloquer les fragments IP casse aussi Kerberos sur UDP, dont les tickets sont souvent fragmentés ; Microsoft recommande de ne pas bloquer les fragments là où des membres du domaine s&apos;authentifient à travers le pare-feu. Décocher l&apos;option règle les deux.</translation>
    </message>
    <message>
        <source>You use a pre-shared key: messages 5 and 6 are small then, so this cause is unlikely. A capture on the next page shows whether anything is fragmented at all.</source>
        <translation>Vous utilisez une clé prépartagée : les messages 5 et 6 sont alors petits et cette cause est peu probable. La capture à la page suivante montre si quelque chose est fragmenté.</translation>
    </message>
</context>
<context>
    <name>ConsoleLabel</name>
    <message>
        <source>Click Apply to save changes and update the configuration.</source>
        <translation>Cliquez sur Appliquer pour enregistrer les modifications et mettre à jour la configuration.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Help Topics</source>
        <translation>Rubriques d&apos;aide</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Saving Configuration Changes</source>
        <translation>Enregistrement des modifications de configuration</translation>
    </message>
    <message>
        <source>Changes to the configuration were successfully saved.</source>
        <translation>Les modifications de la configuration ont été enregistrées.</translation>
    </message>
    <message>
        <source>Firewall Policy Tasks</source>
        <translation>Tâches de stratégie de pare-feu</translation>
    </message>
    <message>
        <source>Related Tasks</source>
        <translation>Tâches associées</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Firewall Policy</source>
        <translation>Stratégie de pare-feu</translation>
    </message>
    <message>
        <source>Virtual Private Networks (VPN)</source>
        <translation>Réseaux privés virtuels (VPN)</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Add-ins</source>
        <translation>Compléments</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>Arrays</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Mise en réseau</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Logs &amp; Reports</source>
        <translation>Journaux et rapports</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Web Access Policy</source>
        <translation>Stratégie d&apos;accès Web</translation>
    </message>
    <message>
        <source>Intrusion Prevention System</source>
        <translation>Système de prévention des intrusions</translation>
    </message>
    <message>
        <source>Remote Access Policy (VPN)</source>
        <translation>Stratégie d&apos;accès à distance (VPN)</translation>
    </message>
    <message>
        <source>Update Center</source>
        <translation>Centre de mise à jour</translation>
    </message>
    <message>
        <source>IP Options</source>
        <translation>Options IP</translation>
    </message>
    <message>
        <source>IP Fragments</source>
        <translation>Fragments IP</translation>
    </message>
    <message>
        <source>IP Routing</source>
        <translation>Routage IP</translation>
    </message>
    <message>
        <source>IP Preferences</source>
        <translation>Préférences IP</translation>
    </message>
    <message>
        <source>Additional Security Policy</source>
        <translation>Stratégie de sécurité supplémentaire</translation>
    </message>
    <message>
        <source>Define IP Preferences</source>
        <translation>Définir les préférences IP</translation>
    </message>
    <message>
        <source>Configure IP Protection</source>
        <translation>Configurer la protection IP</translation>
    </message>
    <message>
        <source>Configure IP Preferences</source>
        <translation>Configurer les préférences IP</translation>
    </message>
    <message>
        <source>Configure IP Options Filtering</source>
        <translation>Configurer le filtrage des options IP</translation>
    </message>
    <message>
        <source>Enable Intrusion Detection and DNS Attack Detection</source>
        <translation>Activer la détection d&apos;intrusion et des attaques DNS</translation>
    </message>
    <message>
        <source>Define RADIUS Servers</source>
        <translation>Définir les serveurs RADIUS</translation>
    </message>
    <message>
        <source>Define LDAP and RADIUS Servers</source>
        <translation>Définir les serveurs LDAP et RADIUS</translation>
    </message>
    <message>
        <source>Specify DiffServ Preferences</source>
        <translation>Spécifier les préférences DiffServ</translation>
    </message>
    <message>
        <source>Configure Flood Mitigation Settings</source>
        <translation>Configurer les paramètres d&apos;atténuation des inondations</translation>
    </message>
    <message>
        <source>Create Access Rule</source>
        <translation>Créer une règle d&apos;accès</translation>
    </message>
    <message>
        <source>Enable Intrusion Detection</source>
        <translation>Activer la détection d&apos;intrusion</translation>
    </message>
    <message>
        <source>Edit System Policy</source>
        <translation>Modifier la stratégie système</translation>
    </message>
    <message>
        <source>Network Inspection System (NIS)</source>
        <translation>Système d&apos;inspection réseau (NIS)</translation>
    </message>
    <message>
        <source>Behavioral Intrusion Detection</source>
        <translation>Détection d&apos;intrusion comportementale</translation>
    </message>
    <message>
        <source>Configure Detection Settings for Common Network Attacks</source>
        <translation>Configurer les paramètres de détection des attaques réseau courantes</translation>
    </message>
    <message>
        <source>ISA Server Management</source>
        <translation>Gestion d&apos;ISA Server</translation>
    </message>
    <message>
        <source>Microsoft Internet Security and Acceleration Server 2006</source>
        <translation>Microsoft Internet Security and Acceleration Server 2006</translation>
    </message>
    <message>
        <source>Microsoft Forefront Threat Management Gateway, Medium Business Edition Management</source>
        <translation>Gestion de Microsoft Forefront Threat Management Gateway, Medium Business Edition</translation>
    </message>
    <message>
        <source>Forefront TMG MBE Management</source>
        <translation>Gestion de Forefront TMG MBE</translation>
    </message>
    <message>
        <source>Forefront TMG Management</source>
        <translation>Gestion de Forefront TMG</translation>
    </message>
    <message>
        <source>Microsoft Forefront Threat Management Gateway</source>
        <translation>Microsoft Forefront Threat Management Gateway</translation>
    </message>
    <message>
        <source>Block IP fragments</source>
        <translation>Bloquer les fragments IP</translation>
    </message>
    <message>
        <source>Enable IP options filtering</source>
        <translation>Activer le filtrage des options IP</translation>
    </message>
    <message>
        <source>Deny packets with the selected IP options</source>
        <translation>Refuser les paquets avec les options IP sélectionnées</translation>
    </message>
    <message>
        <source>Deny all packets with any IP option</source>
        <translation>Refuser tous les paquets avec une option IP</translation>
    </message>
    <message>
        <source>Deny packets with all except selected IP options</source>
        <translation>Refuser les paquets avec toutes les options IP sauf celles sélectionnées</translation>
    </message>
    <message>
        <source>Enable IP routing</source>
        <translation>Activer le routage IP</translation>
    </message>
</context>
<context>
    <name>ConsoleMimic</name>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Indice</translation>
    </message>
    <message>
        <source>Console tree</source>
        <translation>Arborescence de la console</translation>
    </message>
    <message>
        <source>Task pane</source>
        <translation>Volet Office</translation>
    </message>
    <message>
        <source>The change is already made.</source>
        <translation>La modification est déjà faite.</translation>
    </message>
    <message>
        <source>Not there. %1</source>
        <translation>Pas ici. %1</translation>
    </message>
    <message>
        <source>The console&apos;s tree, as on the server. Move to the highlighted node with the arrow keys; the instruction above the console says which one.</source>
        <translation>L&apos;arborescence de la console, comme sur le serveur. Allez au nœud en surbrillance avec les touches fléchées ; l&apos;instruction au-dessus de la console indique lequel.</translation>
    </message>
    <message>
        <source>Firewall policy rules</source>
        <translation>Règles de la stratégie de pare-feu</translation>
    </message>
</context>
<context>
    <name>ConsoleScript</name>
    <message>
        <source>In the Enterprise Edition the setting belongs to the array: every server in %1 gets it. (The server you typed, %2, is a member of this array.)</source>
        <translation>Dans l&apos;édition Enterprise, le paramètre appartient au groupe : chaque serveur de %1 le reçoit. (Le serveur que vous avez saisi, %2, est membre de ce groupe.)</translation>
    </message>
    <message>
        <source>In TMG 2010 &quot;Block IP fragments&quot; is off by default. If it is checked on this server, someone turned it on.</source>
        <translation>Dans TMG 2010, « Block IP fragments » est désactivé par défaut. S&apos;il est coché sur ce serveur, quelqu&apos;un l&apos;a activé.</translation>
    </message>
    <message>
        <source>Done: the change is saved. Existing VPN sessions keep the old policy, so disconnect the VPN client and connect it again before you verify.</source>
        <translation>Terminé : la modification est enregistrée. Les sessions VPN existantes gardent l&apos;ancienne stratégie : déconnectez le client VPN et reconnectez-le avant de vérifier.</translation>
    </message>
    <message>
        <source>In the console tree, expand %1.</source>
        <translation>Dans l&apos;arborescence de la console, développez %1.</translation>
    </message>
    <message>
        <source>In the console tree, click %1.</source>
        <translation>Dans l&apos;arborescence de la console, cliquez sur %1.</translation>
    </message>
    <message>
        <source>In the details pane, click the %1 tab.</source>
        <translation>Dans le volet de détails, cliquez sur l&apos;onglet %1.</translation>
    </message>
    <message>
        <source>In the task pane, on the Tasks tab, click %1.</source>
        <translation>Dans le volet Office, sous l&apos;onglet Tasks (Tâches), cliquez sur %1.</translation>
    </message>
    <message>
        <source>In the details pane, under %1, click %2.</source>
        <translation>Dans le volet de détails, sous %1, cliquez sur %2.</translation>
    </message>
    <message>
        <source>In the details pane, click %1.</source>
        <translation>Dans le volet de détails, cliquez sur %1.</translation>
    </message>
    <message>
        <source>(Some builds label it %1.)</source>
        <translation>(Certaines versions le nomment %1.)</translation>
    </message>
    <message>
        <source>Click the %1 tab.</source>
        <translation>Cliquez sur l&apos;onglet %1.</translation>
    </message>
    <message>
        <source>Clear the %1 check box.</source>
        <translation>Décochez la case %1.</translation>
    </message>
    <message>
        <source>Click %1 to close the dialog.</source>
        <translation>Cliquez sur %1 pour fermer la boîte de dialogue.</translation>
    </message>
    <message>
        <source>Click %1 to update the firewall policy.</source>
        <translation>Cliquez sur %1 pour mettre à jour la stratégie de pare-feu.</translation>
    </message>
    <message>
        <source>Click %1 when the configuration is saved.</source>
        <translation>Cliquez sur %1 une fois la configuration enregistrée.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2 : %3</translation>
    </message>
</context>
<context>
    <name>ElsewherePage</name>
    <message>
        <source>Error %1 is not the problem KB 838438 solves</source>
        <translation>L&apos;erreur %1 n&apos;est pas le problème que résout le KB 838438</translation>
    </message>
    <message>
        <source>Blocked IP fragments make the client time out with 792; this error means something else.</source>
        <translation>Les fragments IP bloqués font expirer le client avec l&apos;erreur 792 ; cette erreur signifie autre chose.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Microsoft&apos;s message:&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;&lt;b&gt;How it differs from 792:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Where to look instead:&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;If the client later reports Error 792, start this wizard again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Message de Microsoft :&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;&lt;b&gt;Différence avec 792 :&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Où chercher plutôt :&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;Si le client signale plus tard l&apos;erreur 792, relancez cet assistant.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>KB 838438 does not apply to %1</source>
        <translation>Le KB 838438 ne s&apos;applique pas à %1</translation>
    </message>
    <message>
        <source>Error 792 comes from an IKE negotiation, and only L2TP/IPsec uses IKE.</source>
        <translation>L&apos;erreur 792 vient d&apos;une négociation IKE, et seul L2TP/IPsec utilise IKE.</translation>
    </message>
    <message>
        <source>&lt;p&gt;PPTP carries its control channel over TCP port 1723 and its data in GRE (IP protocol 47). There is no IKE negotiation and no certificate exchange, so blocked IP fragments cannot cause a security-negotiation timeout.&lt;/p&gt;&lt;p&gt;Check the connection&apos;s VPN type on the client: if it is set to &quot;Automatic&quot; Windows may have tried L2TP/IPsec first. Set it to L2TP/IPsec explicitly and run this wizard again if the client then reports 792.&lt;/p&gt;</source>
        <translation>&lt;p&gt;PPTP fait passer son canal de contrôle par le port TCP 1723 et ses données dans GRE (protocole IP 47). Il n&apos;y a ni négociation IKE ni échange de certificats : des fragments IP bloqués ne peuvent donc pas provoquer l&apos;expiration de la négociation de sécurité.&lt;/p&gt;&lt;p&gt;Vérifiez le type de VPN de la connexion sur le client : s&apos;il est sur « Automatique », Windows a peut-être essayé L2TP/IPsec d&apos;abord. Choisissez explicitement L2TP/IPsec et relancez cet assistant si le client signale alors l&apos;erreur 792.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;SSTP carries PPP inside HTTPS (TCP port 443). TCP segments its own data, so nothing is IP-fragmented and there is no IKE negotiation to time out.&lt;/p&gt;&lt;p&gt;Check the connection&apos;s VPN type on the client: if it is set to &quot;Automatic&quot; Windows may have tried L2TP/IPsec first. Set it to L2TP/IPsec explicitly and run this wizard again if the client then reports 792.&lt;/p&gt;</source>
        <translation>&lt;p&gt;SSTP transporte PPP dans HTTPS (port TCP 443). TCP segmente lui-même ses données : rien n&apos;est fragmenté par IP et il n&apos;y a pas de négociation IKE qui puisse expirer.&lt;/p&gt;&lt;p&gt;Vérifiez le type de VPN de la connexion sur le client : s&apos;il est sur « Automatique », Windows a peut-être essayé L2TP/IPsec d&apos;abord. Choisissez explicitement L2TP/IPsec et relancez cet assistant si le client signale alors l&apos;erreur 792.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>EnvironmentPage</name>
    <message>
        <source>Describe the VPN server</source>
        <translation>Décrire le serveur VPN</translation>
    </message>
    <message>
        <source>The answers decide whether KB 838438 applies and which console the resolution shows.</source>
        <translation>Les réponses déterminent si le KB 838438 s&apos;applique et quelle console la résolution affiche.</translation>
    </message>
    <message>
        <source>Firewall product on the VPN server</source>
        <translation>Produit pare-feu du serveur VPN</translation>
    </message>
    <message>
        <source>Choose the product…</source>
        <translation>Choisissez le produit…</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nom du serveur</translation>
    </message>
    <message>
        <source>e.g. ISA01 (as shown in the console tree)</source>
        <translation>p. ex. ISA01 (tel qu&apos;affiché dans l&apos;arborescence de la console)</translation>
    </message>
    <message>
        <source>Array name</source>
        <translation>Nom du groupe</translation>
    </message>
    <message>
        <source>e.g. Main Array</source>
        <translation>p. ex. Main Array</translation>
    </message>
    <message>
        <source>&amp;Array name:</source>
        <translation>Nom du &amp;groupe :</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Produit :</translation>
    </message>
    <message>
        <source>&amp;Server name:</source>
        <translation>Nom du &amp;serveur :</translation>
    </message>
    <message>
        <source>VPN protocol the client uses</source>
        <translation>Protocole VPN du client</translation>
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
        <translation>Authentification IPsec</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>Pre-shared key</source>
        <translation>Clé prépartagée</translation>
    </message>
    <message>
        <source>KB 838438 does not name TMG 2010, but the same setting exists there (Intrusion Prevention System). It is off by default, so check whether someone turned it on.</source>
        <translation>Le KB 838438 ne cite pas TMG 2010, mais le même paramètre y existe (Système de prévention des intrusions). Il est désactivé par défaut : vérifiez si quelqu&apos;un l&apos;a activé.</translation>
    </message>
    <message>
        <source>In the Enterprise Edition the setting belongs to the array, not to one server.</source>
        <translation>Dans l&apos;édition Enterprise, le paramètre appartient au groupe, pas à un seul serveur.</translation>
    </message>
    <message>
        <source>L2TP/IPsec negotiates with IKE first; that is where Error 792 comes from.</source>
        <translation>L2TP/IPsec négocie d&apos;abord avec IKE : c&apos;est de là que vient l&apos;erreur 792.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This KB does not apply:&lt;/b&gt; PPTP uses TCP 1723 and GRE, never IKE, so it cannot produce a security-negotiation timeout.</source>
        <translation>&lt;b&gt;Ce KB ne s&apos;applique pas :&lt;/b&gt; PPTP utilise TCP 1723 et GRE, jamais IKE ; il ne peut donc pas produire d&apos;expiration de la négociation de sécurité.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This KB does not apply:&lt;/b&gt; SSTP runs inside HTTPS (TCP 443), never IKE, and TCP is not IP-fragmented this way.</source>
        <translation>&lt;b&gt;Ce KB ne s&apos;applique pas :&lt;/b&gt; SSTP passe dans HTTPS (TCP 443), jamais par IKE, et TCP n&apos;est pas fragmenté par IP de cette façon.</translation>
    </message>
    <message>
        <source>With a pre-shared key, Main Mode messages 5 and 6 carry only a small hash (well under 100 bytes), so they are rarely fragmented and this KB is unlikely to be the cause. The capture will tell.</source>
        <translation>Avec une clé prépartagée, les messages 5 et 6 du Main Mode ne portent qu&apos;un petit hachage (bien moins de 100 octets) : ils sont rarement fragmentés et ce KB n&apos;est probablement pas en cause. La capture le dira.</translation>
    </message>
    <message>
        <source>With certificates, Main Mode messages 5 and 6 carry the certificate chain (often 2 to 4 KB), larger than one packet: they are IP-fragmented.</source>
        <translation>Avec des certificats, les messages 5 et 6 du Main Mode portent la chaîne de certificats (souvent 2 à 4 Ko), plus grande qu&apos;un paquet : ils sont fragmentés par IP.</translation>
    </message>
    <message>
        <source>Clear the server name</source>
        <translation>Effacer le nom du serveur</translation>
    </message>
    <message>
        <source>The capture shows IKE version 1, so the client uses L2TP/IPsec.</source>
        <translation>La capture montre IKE version 1, le client utilise donc L2TP/IPsec.</translation>
    </message>
    <message>
        <source>Certificates were requested or sent, so IPsec authenticates with certificates.</source>
        <translation>Des certificats ont été demandés ou envoyés, IPsec s&apos;authentifie donc par certificats.</translation>
    </message>
    <message>
        <source>Main Mode went past message 4 without a certificate request, so IPsec most likely uses a pre-shared key.</source>
        <translation>Le Main Mode a dépassé le message 4 sans demande de certificat, IPsec utilise donc très probablement une clé prépartagée.</translation>
    </message>
    <message>
        <source>Filled in from the capture (change an answer if the capture is not of this server&apos;s VPN):</source>
        <translation>Rempli d&apos;après la capture (modifiez une réponse si la capture ne concerne pas le VPN de ce serveur) :</translation>
    </message>
</context>
<context>
    <name>EvidenceLogPanel</name>
    <message>
        <source>Cancel reading</source>
        <translation>Annuler la lecture</translation>
    </message>
    <message>
        <source>Open the client&apos;s event &amp;log...</source>
        <translation>Ouvrir le journa&amp;l d&apos;événements du client...</translation>
    </message>
    <message>
        <source>Open an ISA/TMG &amp;firewall log...</source>
        <translation>Ouvrir un journal de pare-&amp;feu ISA/TMG...</translation>
    </message>
    <message>
        <source>Open the client&apos;s event log</source>
        <translation>Ouvrir le journal d&apos;événements du client</translation>
    </message>
    <message>
        <source>Open an ISA/TMG firewall log</source>
        <translation>Ouvrir un journal de pare-feu ISA/TMG</translation>
    </message>
    <message>
        <source>Optional: an exported event log (.evtx, Event Viewer XML, wevtutil text or CSV) shows the error RasClient 20227 recorded and how far Main Mode got.</source>
        <translation>Facultatif : un journal d&apos;événements exporté (.evtx, XML de l&apos;Observateur d&apos;événements, texte « wevtutil » ou CSV) montre l&apos;erreur enregistrée par RasClient 20227 et jusqu&apos;où le mode principal est allé.</translation>
    </message>
    <message>
        <source>Optional, beside or instead of a capture: a W3C firewall log file, or the log viewer&apos;s copy or export. Logs kept in MSDE or SQL are databases: in ISA/TMG Management open Monitoring &gt; Logging, filter, then select the rows and copy them (Ctrl+C) into a text file, or export them.</source>
        <translation>Facultatif, en plus ou à la place d&apos;une capture : un fichier journal de pare-feu W3C, ou la copie ou l&apos;export de l&apos;afficheur de journaux. Les journaux conservés dans MSDE ou SQL sont des bases de données : dans la console ISA/TMG, ouvrez Analyse &gt; Journalisation, filtrez, puis sélectionnez les lignes et copiez-les (Ctrl+C) dans un fichier texte, ou exportez-les.</translation>
    </message>
    <message>
        <source>Log reading progress</source>
        <translation>Progression de la lecture du journal</translation>
    </message>
    <message>
        <source>Cancel reading the log</source>
        <translation>Annuler la lecture du journal</translation>
    </message>
    <message>
        <source>What the log shows</source>
        <translation>Ce que montre le journal</translation>
    </message>
    <message>
        <source>Open an event log</source>
        <translation>Ouvrir un journal d&apos;événements</translation>
    </message>
    <message>
        <source>Open a firewall log</source>
        <translation>Ouvrir un journal de pare-feu</translation>
    </message>
    <message>
        <source>Logs (*.evtx *.evt *.xml *.txt *.csv *.log *.w3c *.tsv);;All files (*)</source>
        <translation>Journaux (*.evtx *.evt *.xml *.txt *.csv *.log *.w3c *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>Lecture de %1...</translation>
    </message>
    <message>
        <source>Not a log frag792 can read (Windows event log, WFP net events, oakley.log or ISA/TMG firewall log): %1</source>
        <translation>Ce n&apos;est pas un journal que frag792 sait lire (journal d&apos;événements Windows, événements réseau WFP, oakley.log ou journal de pare-feu ISA/TMG) : %1</translation>
    </message>
    <message>
        <source>Reading cancelled after %1 of %2 bytes; what was read so far is kept.</source>
        <translation>Lecture annulée après %1 octets sur %2 ; ce qui a été lu jusqu&apos;ici est conservé.</translation>
    </message>
    <message>
        <source>Read %1.</source>
        <translation>%1 lu.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) recognised.</source>
        <translation>
            <numerusform>%n élément reconnu.</numerusform>
            <numerusform>%n éléments reconnus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading stopped early: %1</source>
        <translation>Lecture arrêtée avant la fin : %1</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>IKE SA between %1 (initiator) and %2 (responder) completed.</source>
        <translation>La SA IKE entre %1 (initiateur) et %2 (répondeur) a abouti.</translation>
    </message>
    <message>
        <source>IKE SA between %1 (initiator) and %2 (responder) was established before the capture started.</source>
        <translation>La SA IKE entre %1 (initiateur) et %2 (répondeur) était établie avant le début de la capture.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln IKE messages arrived in IP fragments and were answered: fragments get through.</source>
        <translation>
            <numerusform>%Ln message IKE est arrivé en fragments IP et a reçu une réponse : les fragments passent.</numerusform>
            <numerusform>%Ln messages IKE sont arrivés en fragments IP et ont reçu une réponse : les fragments passent.</numerusform>
        </translation>
    </message>
    <message>
        <source>The peers used IKE-level fragmentation, so no IP fragments were needed.</source>
        <translation>Les homologues ont utilisé la fragmentation IKE, aucun fragment IP n&apos;a donc été nécessaire.</translation>
    </message>
    <message>
        <source>After phase 1: %1.</source>
        <translation>Après la phase 1 : %1.</translation>
    </message>
    <message>
        <source>IKE SA between %1 (initiator) and %2 (responder) stalled at %3 (%4 bytes of IKE, sent by the initiator).</source>
        <translation>La SA IKE entre %1 (initiateur) et %2 (répondeur) est bloquée à %3 (%4 octets d&apos;IKE, envoyés par l&apos;initiateur).</translation>
    </message>
    <message>
        <source>IKE SA between %1 (initiator) and %2 (responder) stalled at %3 (%4 bytes of IKE, sent by the responder).</source>
        <translation>La SA IKE entre %1 (initiateur) et %2 (répondeur) est bloquée à %3 (%4 octets d&apos;IKE, envoyés par le répondeur).</translation>
    </message>
    <message>
        <source>%1 left complete in %2 IP fragments (largest fragment %3 bytes).</source>
        <translation>%1 a quitté ce point complet en %2 fragments IP (plus grand fragment : %3 octets).</translation>
    </message>
    <message>
        <source>%1 arrived complete in %2 IP fragments (largest fragment %3 bytes).</source>
        <translation>%1 est arrivé complet en %2 fragments IP (plus grand fragment : %3 octets).</translation>
    </message>
    <message>
        <source>%1 fitted in one packet (not IP-fragmented).</source>
        <translation>%1 tenait dans un seul paquet (pas de fragmentation IP).</translation>
    </message>
    <message numerus="yes">
        <source>%1 was retransmitted %Ln times over %2 s.</source>
        <translation>
            <numerusform>%1 a été retransmis une fois, %2 s plus tard.</numerusform>
            <numerusform>%1 a été retransmis %Ln fois en %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not retransmitted before the capture ended (%2 s later); a longer capture makes the verdict firmer.</source>
        <translation>%1 n&apos;a pas été retransmis avant la fin de la capture (%2 s plus tard) ; une capture plus longue rend le verdict plus sûr.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln datagrams from %1 to %2 never completed: some of their fragments never arrived.</source>
        <translation>
            <numerusform>%Ln datagramme de %1 vers %2 est resté incomplet : certains de ses fragments ne sont jamais arrivés.</numerusform>
            <numerusform>%Ln datagrammes de %1 vers %2 sont restés incomplets : certains de leurs fragments ne sont jamais arrivés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The answer %1 arrived complete in %Ln IP fragments, yet the initiator kept repeating %2.</source>
        <translation>
            <numerusform>La réponse %1 est arrivée en un seul paquet, mais l&apos;initiateur a continué de répéter %2.</numerusform>
            <numerusform>La réponse %1 est arrivée complète en %Ln fragments IP, mais l&apos;initiateur a continué de répéter %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The answer %1 was sent in %Ln IP fragments, yet the initiator kept repeating %2.</source>
        <translation>
            <numerusform>La réponse %1 a été envoyée en un seul paquet, mais l&apos;initiateur a continué de répéter %2.</numerusform>
            <numerusform>La réponse %1 a été envoyée en %Ln fragments IP, mais l&apos;initiateur a continué de répéter %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer to %1 was seen.</source>
        <translation>Aucune réponse à %1 n&apos;a été observée.</translation>
    </message>
    <message>
        <source>The initiator&apos;s next message (%1) never arrived here.</source>
        <translation>Le message suivant de l&apos;initiateur (%1) n&apos;est jamais arrivé ici.</translation>
    </message>
    <message>
        <source>A certificate request was exchanged, so %1 carries certificates and is expected to exceed the MTU.</source>
        <translation>Une demande de certificat a été échangée : %1 contient donc des certificats et devrait dépasser la MTU.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln datagrams from the initiator arrived with fragments missing.</source>
        <translation>
            <numerusform>%Ln datagramme de l&apos;initiateur est arrivé avec des fragments manquants.</numerusform>
            <numerusform>%Ln datagrammes de l&apos;initiateur sont arrivés avec des fragments manquants.</numerusform>
        </translation>
    </message>
    <message>
        <source>Capture point: %1, %2.</source>
        <translation>Point de capture : %1, %2.</translation>
    </message>
    <message>
        <source>No IKE message on UDP 500 or 4500 was decoded.</source>
        <translation>Aucun message IKE n&apos;a été décodé sur UDP 500 ou 4500.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fragmented datagrams to or from UDP 500/4500 never completed.</source>
        <translation>
            <numerusform>%Ln datagramme fragmenté vers ou depuis UDP 500/4500 est resté incomplet.</numerusform>
            <numerusform>%Ln datagrammes fragmentés vers ou depuis UDP 500/4500 sont restés incomplets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 IKE SAs seen, %Ln did not complete; the most specific finding is shown.</source>
        <translation>
            <numerusform>%1 SA IKE observées, %Ln non aboutie ; le constat le plus précis est affiché.</numerusform>
            <numerusform>%1 SA IKE observées, %Ln non abouties ; le constat le plus précis est affiché.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln datagrams on UDP 500/4500 were not valid IKE (see malformed).</source>
        <translation>
            <numerusform>%Ln datagramme sur UDP 500/4500 n&apos;était pas de l&apos;IKE valide (voir Malformés).</numerusform>
            <numerusform>%Ln datagrammes sur UDP 500/4500 n&apos;étaient pas de l&apos;IKE valide (voir Malformés).</numerusform>
        </translation>
    </message>
    <message>
        <source>completed</source>
        <translation>aboutie</translation>
    </message>
    <message>
        <source>established before the capture started</source>
        <translation>établie avant le début de la capture</translation>
    </message>
    <message>
        <source>stalled at %1</source>
        <translation>bloquée à %1</translation>
    </message>
    <message>
        <source>stalled after %1: %2 never arrived</source>
        <translation>bloquée après %1 : %2 n&apos;est jamais arrivé</translation>
    </message>
    <message>
        <source>Quick Mode (phase 2) was started but never answered: an IPsec policy or ESP problem, not a fragment problem</source>
        <translation>Le Quick Mode (phase 2) a été lancé mais n&apos;a jamais reçu de réponse : problème de stratégie IPsec ou d&apos;ESP, pas un problème de fragments</translation>
    </message>
    <message>
        <source>CREATE_CHILD_SA was never answered: a child SA problem, not a fragment problem</source>
        <translation>CREATE_CHILD_SA n&apos;a jamais reçu de réponse : problème de SA enfant, pas un problème de fragments</translation>
    </message>
    <message>
        <source>an error notification (type %1) followed the completed phase 1</source>
        <translation>une notification d&apos;erreur (type %1) a suivi la phase 1 terminée</translation>
    </message>
    <message>
        <source>stated by the user (%1)</source>
        <translation>indiqué par l&apos;utilisateur (%1)</translation>
    </message>
    <message>
        <source>the responder %1 is one of the addresses of interface %2</source>
        <translation>le répondeur %1 est l&apos;une des adresses de l&apos;interface %2</translation>
    </message>
    <message>
        <source>the responder %1 is the address given with --server</source>
        <translation>le répondeur %1 est l&apos;adresse indiquée avec --server</translation>
    </message>
    <message>
        <source>the initiator %1 is one of the addresses of interface %2</source>
        <translation>l&apos;initiateur %1 est l&apos;une des adresses de l&apos;interface %2</translation>
    </message>
    <message>
        <source>the initiator %1 is the address given with --server</source>
        <translation>l&apos;initiateur %1 est l&apos;adresse indiquée avec --server</translation>
    </message>
    <message>
        <source>neither peer is one of the addresses of interface %1</source>
        <translation>aucun des homologues n&apos;a une adresse de l&apos;interface %1</translation>
    </message>
    <message>
        <source>neither peer is the address given with --server (%1)</source>
        <translation>aucun des homologues n&apos;a l&apos;adresse indiquée avec --server (%1)</translation>
    </message>
    <message>
        <source>only one side of the exchange was captured, so TTLs cannot be compared</source>
        <translation>un seul côté de l&apos;échange a été capturé, les TTL ne peuvent donc pas être comparés</translation>
    </message>
    <message>
        <source>inferred from TTLs (initiator TTL %1, responder TTL %2): the responder&apos;s packets had not crossed a router yet</source>
        <translation>déduit des TTL (TTL de l&apos;initiateur %1, TTL du répondeur %2) : les paquets du répondeur n&apos;avaient encore traversé aucun routeur</translation>
    </message>
    <message>
        <source>inferred from TTLs (initiator TTL %1, responder TTL %2): the initiator&apos;s packets had not crossed a router yet</source>
        <translation>déduit des TTL (TTL de l&apos;initiateur %1, TTL du répondeur %2) : les paquets de l&apos;initiateur n&apos;avaient encore traversé aucun routeur</translation>
    </message>
    <message>
        <source>inferred from TTLs (initiator TTL %1, responder TTL %2): both sides&apos; packets had crossed a router</source>
        <translation>déduit des TTL (TTL de l&apos;initiateur %1, TTL du répondeur %2) : les paquets des deux côtés avaient traversé un routeur</translation>
    </message>
    <message>
        <source>TTLs do not tell (initiator TTL %1, responder TTL %2); use --server ADDR or state where the capture was taken</source>
        <translation>les TTL ne permettent pas de conclure (TTL de l&apos;initiateur %1, TTL du répondeur %2) ; utilisez --server ADDR ou indiquez où la capture a été prise</translation>
    </message>
    <message>
        <source>as the user stated</source>
        <translation>comme l&apos;a indiqué l&apos;utilisateur</translation>
    </message>
    <message>
        <source>The verdict assumes the capture was taken %1 (%2), but the TTLs say it was taken at the server (initiator TTL %3, responder TTL %4: the responder&apos;s packets had not crossed a router yet). %5</source>
        <translation>Le verdict suppose que la capture a été prise %1 (%2), mais les TTL indiquent qu&apos;elle a été prise sur le serveur (TTL de l&apos;initiateur %3, TTL du répondeur %4 : les paquets du répondeur n&apos;avaient encore traversé aucun routeur). %5</translation>
    </message>
    <message>
        <source>The verdict assumes the capture was taken %1 (%2), but the TTLs say it was taken at the client (initiator TTL %3, responder TTL %4: the initiator&apos;s packets had not crossed a router yet). %5</source>
        <translation>Le verdict suppose que la capture a été prise %1 (%2), mais les TTL indiquent qu&apos;elle a été prise sur le client (TTL de l&apos;initiateur %3, TTL du répondeur %4 : les paquets de l&apos;initiateur n&apos;avaient encore traversé aucun routeur). %5</translation>
    </message>
    <message>
        <source>The verdict assumes the capture was taken %1 (%2), but the TTLs say it was taken on the path between client and server (initiator TTL %3, responder TTL %4: both sides&apos; packets had crossed a router). %5</source>
        <translation>Le verdict suppose que la capture a été prise %1 (%2), mais les TTL indiquent qu&apos;elle a été prise sur le chemin entre le client et le serveur (TTL de l&apos;initiateur %3, TTL du répondeur %4 : les paquets des deux côtés avaient traversé un routeur). %5</translation>
    </message>
    <message>
        <source>If the TTLs are right, the verdict is %1.</source>
        <translation>Si les TTL ont raison, le verdict est %1.</translation>
    </message>
    <message>
        <source>The verdict is the same either way.</source>
        <translation>Le verdict est le même dans les deux cas.</translation>
    </message>
    <message>
        <source>server</source>
        <translation>serveur</translation>
    </message>
    <message>
        <source>at the server</source>
        <translation>sur le serveur</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>at the client</source>
        <translation>sur le client</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>on the path between client and server</source>
        <translation>sur le chemin entre le client et le serveur</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>at an unknown point</source>
        <translation>à un endroit inconnu</translation>
    </message>
    <message>
        <source>The authentication method chosen in MM2 is %2, so %1 carries a certificate and is expected to exceed the MTU.</source>
        <translation>La méthode d&apos;authentification choisie dans MM2 est %2 : %1 contient donc un certificat et devrait dépasser la MTU.</translation>
    </message>
    <message>
        <source>Every authentication method offered in MM1 (%2) uses certificates, so %1 carries one and is expected to exceed the MTU.</source>
        <translation>Toutes les méthodes d&apos;authentification proposées dans MM1 (%2) utilisent des certificats : %1 en contient donc un et devrait dépasser la MTU.</translation>
    </message>
    <message>
        <source>An IKE_AUTH message of this SA was too large for pre-shared-key authentication, so %1 carries certificates and is expected to exceed the MTU.</source>
        <translation>Un message IKE_AUTH de cette SA était trop grand pour une authentification par clé prépartagée : %1 contient donc des certificats et devrait dépasser la MTU.</translation>
    </message>
    <message>
        <source>RasClient 20221: dialing started (VPN strategy %1).</source>
        <translation>RasClient 20221 : numérotation démarrée (stratégie VPN %1).</translation>
    </message>
    <message>
        <source>RasClient 20222: connecting on device %1.</source>
        <translation>RasClient 20222 : connexion sur le périphérique %1.</translation>
    </message>
    <message>
        <source>RasClient 20225: the connection was established.</source>
        <translation>RasClient 20225 : la connexion a été établie.</translation>
    </message>
    <message>
        <source>RasClient 20227: the connection failed with error %1 (%2).</source>
        <translation>RasClient 20227 : la connexion a échoué avec l&apos;erreur %1 (%2).</translation>
    </message>
    <message>
        <source>%1: IPsec Main Mode failed between %2 and %3; state %4, role %5, failure code %6.</source>
        <translation>%1 : le mode principal IPsec a échoué entre %2 et %3 ; état %4, rôle %5, code d&apos;échec %6.</translation>
    </message>
    <message>
        <source>oakley.log: a message of %1 bytes arrived from %2 where its IKE header said %3 bytes.</source>
        <translation>oakley.log : un message de %1 octets est arrivé de %2 alors que son en-tête IKE indiquait %3 octets.</translation>
    </message>
    <message>
        <source>oakley.log: the negotiation with %1 timed out or got no response.</source>
        <translation>oakley.log : la négociation avec %1 a expiré ou n&apos;a reçu aucune réponse.</translation>
    </message>
    <message>
        <source>Firewall log row %1: an IP fragment from %2 to %3 was dropped (0xC0040013 FWX_E_FRAGMENT_PACKET_DROPPED, &quot;Block IP fragments&quot;).</source>
        <translation>Journal du pare-feu, ligne %1 : un fragment IP de %2 vers %3 a été rejeté (0xC0040013 FWX_E_FRAGMENT_PACKET_DROPPED, &quot;Block IP fragments&quot;).</translation>
    </message>
    <message>
        <source>Firewall log row %1: a packet from %2 to %3 was dropped with %4 (%5); that is not the fragment drop of KB 838438.</source>
        <translation>Journal du pare-feu, ligne %1 : un paquet de %2 vers %3 a été rejeté avec %4 (%5) ; ce n&apos;est pas le rejet de fragments de KB 838438.</translation>
    </message>
    <message>
        <source>Firewall log row %1: IKE traffic from %2 to %3 (%4).</source>
        <translation>Journal du pare-feu, ligne %1 : trafic IKE de %2 vers %3 (%4).</translation>
    </message>
    <message>
        <source>This verdict comes from logs alone: no packet was analysed.</source>
        <translation>Ce verdict provient uniquement des journaux : aucun paquet n&apos;a été analysé.</translation>
    </message>
    <message>
        <source>The firewall log %1 has no row with 0xC0040013 (%2 rows, %3 of them dropped packets). That proves nothing: logging of dropped packets may be off.</source>
        <translation>Le journal du pare-feu %1 ne contient aucune ligne avec 0xC0040013 (%2 lignes, dont %3 paquets rejetés). Cela ne prouve rien : la journalisation des paquets rejetés est peut-être désactivée.</translation>
    </message>
    <message>
        <source>The firewall log %1 has no result-code column, so it cannot show dropped fragments; export it with the Result Code column.</source>
        <translation>Le journal du pare-feu %1 n&apos;a pas de colonne de code de résultat et ne peut donc pas montrer de fragments rejetés ; exportez-le avec la colonne Result Code.</translation>
    </message>
    <message>
        <source>%1 gives the exporting machine&apos;s local time in an unknown zone: its items are not placed on the capture&apos;s timeline.</source>
        <translation>%1 donne l&apos;heure locale de la machine qui a exporté, dans un fuseau inconnu : ses éléments ne sont pas placés sur la chronologie de la capture.</translation>
    </message>
    <message>
        <source>%1 gives times in UTC, so they line up with a capture&apos;s packet times.</source>
        <translation>%1 donne les heures en UTC ; elles s&apos;alignent donc sur les heures des paquets d&apos;une capture.</translation>
    </message>
    <message>
        <source>The logs agree with the packets: they alone would say %1.</source>
        <translation>Les journaux concordent avec les paquets : à eux seuls, ils diraient %1.</translation>
    </message>
    <message>
        <source>The logs alone would say %1, the packets say %2. The verdict follows the packets; check that the log and the capture show the same attempt.</source>
        <translation>Les journaux à eux seuls diraient %1, les paquets disent %2. Le verdict suit les paquets ; vérifiez que le journal et la capture montrent la même tentative.</translation>
    </message>
    <message>
        <source>A log item points away from blocked fragments: %1</source>
        <translation>Un élément de journal indique autre chose que des fragments bloqués : %1</translation>
    </message>
    <message>
        <source>%1 could not be used as evidence: %2.</source>
        <translation>%1 n&apos;a pas pu servir de preuve : %2.</translation>
    </message>
    <message>
        <source>The client&apos;s log shows error %1 but not where Main Mode stopped; turn on IPsec auditing (event 4653) or capture to locate the failure.</source>
        <translation>Le journal du client montre l&apos;erreur %1, mais pas où le mode principal s&apos;est arrêté ; activez l&apos;audit IPsec (événement 4653) ou faites une capture pour localiser l&apos;échec.</translation>
    </message>
    <message>
        <source>Log items more than 10 minutes away from the capture: %1. They are not from the same connection attempt and were not weighed against the packets.</source>
        <translation>Éléments de journal à plus de 10 minutes de la capture : %1. Ils ne viennent pas de la même tentative de connexion et n&apos;ont pas été confrontés aux paquets.</translation>
    </message>
</context>
<context>
    <name>FragmentChartView</name>
    <message>
        <source>Chart of IP fragments and IKE messages over time</source>
        <translation>Graphique des fragments IP et des messages IKE dans le temps</translation>
    </message>
    <message>
        <source>Packets: %1 · IP fragments: %2 · reassembled: %3 · incomplete: %4 · IKE messages: %5 · retransmissions: %6 · answers: %7 · kernel drops: %8</source>
        <translation>Paquets : %1 · fragments IP : %2 · réassemblés : %3 · incomplets : %4 · messages IKE : %5 · retransmissions : %6 · réponses : %7 · pertes du noyau : %8</translation>
    </message>
    <message>
        <source>Per second during the capture: IP fragments, reassembled IKE messages, incomplete datagrams, retransmissions and answers. The counts below the chart and the verdict tab say the same in words.</source>
        <translation>Par seconde pendant la capture : fragments IP, messages IKE réassemblés, datagrammes incomplets, retransmissions et réponses. Les compteurs sous le graphique et l&apos;onglet du verdict disent la même chose en mots.</translation>
    </message>
</context>
<context>
    <name>FragmentDiagram</name>
    <message>
        <source>Diagram: blocked IP fragments</source>
        <translation>Schéma : fragments IP bloqués</translation>
    </message>
    <message>
        <source>The client sends Main Mode message 5 in three IP fragments. Only the first carries the UDP port. The firewall blocks IP fragments, so none reaches the VPN service; the client retransmits and finally reports Error 792.</source>
        <translation>Le client envoie le message 5 du Main Mode en trois fragments IP. Seul le premier porte le port UDP. Le pare-feu bloque les fragments IP, aucun n&apos;atteint donc le service VPN ; le client retransmet et finit par signaler l&apos;erreur 792.</translation>
    </message>
    <message>
        <source>IKE Main Mode message 5 (with certificate) is larger than the MTU</source>
        <translation>Le message 5 du Main Mode IKE (avec certificat) dépasse la MTU</translation>
    </message>
    <message>
        <source>VPN client
(L2TP/IPsec)</source>
        <translation>Client VPN
(L2TP/IPsec)</translation>
    </message>
    <message>
        <source>VPN service
(IKE, UDP 500/4500)</source>
        <translation>Service VPN
(IKE, UDP 500/4500)</translation>
    </message>
    <message>
        <source>ISA Server / Forefront TMG: the firewall has &quot;Block IP fragments&quot; on</source>
        <translation>ISA Server / Forefront TMG : « Block IP fragments » est activé dans le pare-feu</translation>
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
IP + données (sans port)</translation>
    </message>
    <message>
        <source>Fragment 3
IP + data (no port)</source>
        <translation>Fragment 3
IP + données (sans port)</translation>
    </message>
    <message>
        <source>No answer (MM6) comes back. The client sends MM5 again after about 1, 2, 4, 8 and 16 seconds, then gives up: Error 792.</source>
        <translation>Aucune réponse (MM6) ne revient. Le client renvoie MM5 après environ 1, 2, 4, 8 et 16 secondes, puis abandonne : erreur 792.</translation>
    </message>
</context>
<context>
    <name>IpPreferencesDialogMimic</name>
    <message>
        <source>IP options</source>
        <translation>Options IP</translation>
    </message>
</context>
<context>
    <name>LookAlikeError</name>
    <message>
        <source>The L2TP connection attempt failed because security negotiation timed out.</source>
        <translation>La tentative de connexion L2TP a échoué car la négociation de sécurité a expiré.</translation>
    </message>
    <message>
        <source>The client waited about a minute and gave up: its large IKE message (Main Mode 5 or 6, carrying the certificate) was never answered. Typical cause: a firewall blocks IP fragments.</source>
        <translation>Le client a attendu environ une minute puis a abandonné : son grand message IKE (Main Mode 5 ou 6, avec le certificat) n&apos;a jamais reçu de réponse. Cause typique : un pare-feu bloque les fragments IP.</translation>
    </message>
    <message>
        <source>Access was denied because the username and/or password was invalid on the domain.</source>
        <translation>L&apos;accès a été refusé, car le nom d&apos;utilisateur et/ou le mot de passe n&apos;est pas valide dans le domaine.</translation>
    </message>
    <message>
        <source>IPsec worked: the error comes after the tunnel is up, during user (PPP) authentication.</source>
        <translation>IPsec a fonctionné : l&apos;erreur survient après l&apos;établissement du tunnel, lors de l&apos;authentification de l&apos;utilisateur (PPP).</translation>
    </message>
    <message>
        <source>Check the user name, password and domain, the account&apos;s dial-in permission and the remote access policy on the server. IP fragments are not involved.</source>
        <translation>Vérifiez le nom d&apos;utilisateur, le mot de passe et le domaine, l&apos;autorisation d&apos;appel entrant du compte et la stratégie d&apos;accès à distance du serveur. Les fragments IP ne sont pas en cause.</translation>
    </message>
    <message>
        <source>A certificate could not be found. Connections that use the L2TP protocol over IPSec require the installation of a machine certificate, also known as a computer certificate.</source>
        <translation>Un certificat est introuvable. Les connexions qui utilisent le protocole L2TP sur IPSec nécessitent l&apos;installation d&apos;un certificat d&apos;ordinateur.</translation>
    </message>
    <message>
        <source>The client fails at once, before any IKE packet is sent.</source>
        <translation>Le client échoue aussitôt, avant d&apos;envoyer le moindre paquet IKE.</translation>
    </message>
    <message>
        <source>Install a computer certificate on the client (Local Computer store, Personal), or switch the connection to a pre-shared key.</source>
        <translation>Installez un certificat d&apos;ordinateur sur le client (magasin Ordinateur local, Personnel) ou passez la connexion en clé prépartagée.</translation>
    </message>
    <message>
        <source>The encryption attempt failed because no valid certificate was found.</source>
        <translation>La tentative de chiffrement a échoué, car aucun certificat valide n&apos;a été trouvé.</translation>
    </message>
    <message>
        <source>A local certificate problem; reported at once, not after a timeout.</source>
        <translation>Un problème de certificat local ; signalé aussitôt, pas après une expiration.</translation>
    </message>
    <message>
        <source>Check the client&apos;s computer certificate: present, valid, with a private key.</source>
        <translation>Vérifiez le certificat d&apos;ordinateur du client : présent, valide, avec sa clé privée.</translation>
    </message>
    <message>
        <source>The L2TP connection attempt failed because there is no valid machine certificate on your computer for security authentication.</source>
        <translation>La tentative de connexion L2TP a échoué, car il n&apos;y a pas de certificat d&apos;ordinateur valide sur votre ordinateur pour l&apos;authentification de sécurité.</translation>
    </message>
    <message>
        <source>The client has no usable computer certificate; no timeout is involved.</source>
        <translation>Le client n&apos;a pas de certificat d&apos;ordinateur utilisable ; aucune expiration en jeu.</translation>
    </message>
    <message>
        <source>Enroll or renew the client&apos;s computer certificate and check that the issuing CA is trusted.</source>
        <translation>Inscrivez ou renouvelez le certificat d&apos;ordinateur du client et vérifiez que l&apos;autorité émettrice est approuvée.</translation>
    </message>
    <message>
        <source>The L2TP connection attempt failed because the security layer could not authenticate the remote computer.</source>
        <translation>La tentative de connexion L2TP a échoué, car la couche de sécurité n&apos;a pas pu authentifier l&apos;ordinateur distant.</translation>
    </message>
    <message>
        <source>The server&apos;s answer (Main Mode 6) did arrive, so fragments got through; the client rejected the server&apos;s identity.</source>
        <translation>La réponse du serveur (Main Mode 6) est arrivée, donc les fragments sont passés ; le client a refusé l&apos;identité du serveur.</translation>
    </message>
    <message>
        <source>Check the server&apos;s certificate (trusted root, validity, name) or the pre-shared key on both ends.</source>
        <translation>Vérifiez le certificat du serveur (racine approuvée, validité, nom) ou la clé prépartagée des deux côtés.</translation>
    </message>
    <message>
        <source>The L2TP connection attempt failed because the security layer could not negotiate compatible parameters with the remote computer.</source>
        <translation>La tentative de connexion L2TP a échoué, car la couche de sécurité n&apos;a pas pu négocier des paramètres compatibles avec l&apos;ordinateur distant.</translation>
    </message>
    <message>
        <source>Fails at the first exchange (Main Mode 1 and 2), long before any large message.</source>
        <translation>Échoue dès le premier échange (Main Mode 1 et 2), bien avant tout grand message.</translation>
    </message>
    <message>
        <source>Compare the IKE proposals (encryption, hash, Diffie-Hellman group) on client and server.</source>
        <translation>Comparez les propositions IKE (chiffrement, hachage, groupe Diffie-Hellman) du client et du serveur.</translation>
    </message>
    <message>
        <source>The L2TP connection attempt failed because the security layer encountered a processing error during initial negotiations with the remote computer.</source>
        <translation>La tentative de connexion L2TP a échoué, car la couche de sécurité a rencontré une erreur de traitement lors des négociations initiales avec l&apos;ordinateur distant.</translation>
    </message>
    <message>
        <source>The server answered, but the negotiation failed: no timeout.</source>
        <translation>Le serveur a répondu, mais la négociation a échoué : pas d&apos;expiration.</translation>
    </message>
    <message>
        <source>Check the pre-shared key on both ends and, when the server is behind NAT, the client&apos;s AssumeUDPEncapsulationContextOnSendRule registry value.</source>
        <translation>Vérifiez la clé prépartagée des deux côtés et, si le serveur est derrière un NAT, la valeur de registre AssumeUDPEncapsulationContextOnSendRule du client.</translation>
    </message>
    <message>
        <source>The L2TP connection attempt failed because certificate validation on the remote computer failed.</source>
        <translation>La tentative de connexion L2TP a échoué, car la validation du certificat sur l&apos;ordinateur distant a échoué.</translation>
    </message>
    <message>
        <source>The server received the client&apos;s certificate and rejected it: the fragments arrived.</source>
        <translation>Le serveur a reçu le certificat du client et l&apos;a refusé : les fragments sont arrivés.</translation>
    </message>
    <message>
        <source>Check the client certificate&apos;s chain, validity and revocation as seen from the server.</source>
        <translation>Vérifiez la chaîne, la validité et la révocation du certificat du client vues depuis le serveur.</translation>
    </message>
    <message>
        <source>The L2TP connection attempt failed because security policy for the connection was not found.</source>
        <translation>La tentative de connexion L2TP a échoué, car la stratégie de sécurité de la connexion est introuvable.</translation>
    </message>
    <message>
        <source>A local IPsec policy problem; the client may send nothing at all.</source>
        <translation>Un problème de stratégie IPsec locale ; le client peut ne rien envoyer du tout.</translation>
    </message>
    <message>
        <source>Check that the IPsec Policy Agent service (and IKE and AuthIP IPsec Keying Modules) runs on the client.</source>
        <translation>Vérifiez que le service Agent de stratégie IPsec (et Modules de génération de clés IKE et AuthIP IPsec) tourne sur le client.</translation>
    </message>
    <message>
        <source>The L2TP connection attempt failed because an error occurred while negotiating security.</source>
        <translation>La tentative de connexion L2TP a échoué, car une erreur s&apos;est produite lors de la négociation de la sécurité.</translation>
    </message>
    <message>
        <source>A generic negotiation error, not a timeout.</source>
        <translation>Une erreur de négociation générique, pas une expiration.</translation>
    </message>
    <message>
        <source>Read the client&apos;s IPsec audit events (event 547 or 4653) for the failure point and reason.</source>
        <translation>Consultez les événements d&apos;audit IPsec du client (événement 547 ou 4653) pour le point et la raison de l&apos;échec.</translation>
    </message>
    <message>
        <source>Unable to establish the VPN connection. The VPN server may be unreachable, or security parameters may not be configured properly for this connection.</source>
        <translation>Impossible d&apos;établir la connexion VPN. Le serveur VPN est peut-être inaccessible, ou les paramètres de sécurité ne sont peut-être pas correctement configurés pour cette connexion.</translation>
    </message>
    <message>
        <source>The connection type is &quot;Automatic&quot;: Windows tried every protocol and reports only the last failure.</source>
        <translation>Le type de connexion est « Automatique » : Windows a essayé tous les protocoles et ne signale que le dernier échec.</translation>
    </message>
    <message>
        <source>Set the connection&apos;s VPN type to L2TP/IPsec and connect again; if you then get 792, come back here.</source>
        <translation>Réglez le type de VPN de la connexion sur L2TP/IPsec et reconnectez-vous ; si vous obtenez alors 792, revenez ici.</translation>
    </message>
    <message>
        <source>The network connection between your computer and the VPN server could not be established because the remote server is not responding.</source>
        <translation>La connexion réseau entre votre ordinateur et le serveur VPN n&apos;a pas pu être établie, car le serveur distant ne répond pas.</translation>
    </message>
    <message>
        <source>Nothing comes back at all: even the first IKE message (UDP 500) is not answered.</source>
        <translation>Rien ne revient : même le premier message IKE (UDP 500) reste sans réponse.</translation>
    </message>
    <message>
        <source>Check that UDP 500 and 4500 reach the server (firewalls, NAT, routers) and the NAT-T registry setting on the client.</source>
        <translation>Vérifiez que UDP 500 et 4500 atteignent le serveur (pare-feu, NAT, routeurs) et le paramètre de registre NAT-T du client.</translation>
    </message>
    <message>
        <source>The connection was prevented because of a policy configured on your RAS/VPN server.</source>
        <translation>La connexion a été empêchée en raison d&apos;une stratégie configurée sur votre serveur RAS/VPN.</translation>
    </message>
    <message>
        <source>IPsec worked: the server&apos;s network policy refused the authentication method.</source>
        <translation>IPsec a fonctionné : la stratégie réseau du serveur a refusé la méthode d&apos;authentification.</translation>
    </message>
    <message>
        <source>Compare the authentication methods in the connection profile with the server&apos;s remote access (NPS) policy.</source>
        <translation>Comparez les méthodes d&apos;authentification du profil de connexion avec la stratégie d&apos;accès à distance (NPS) du serveur.</translation>
    </message>
    <message>
        <source>IKE authentication credentials are unacceptable.</source>
        <translation>Les informations d&apos;identification d&apos;authentification IKE ne sont pas acceptables.</translation>
    </message>
    <message>
        <source>IKEv2: the peer answered and rejected the certificate or key.</source>
        <translation>IKEv2 : l&apos;homologue a répondu et refusé le certificat ou la clé.</translation>
    </message>
    <message>
        <source>Check the server certificate&apos;s name, extended key usage, validity and root CA on the client.</source>
        <translation>Vérifiez sur le client le nom, l&apos;utilisation avancée de la clé, la validité et l&apos;autorité racine du certificat du serveur.</translation>
    </message>
    <message>
        <source>Negotiation timed out.</source>
        <translation>Le délai de négociation a expiré.</translation>
    </message>
    <message>
        <source>The IKEv2 counterpart of 792: it may also be dropped fragments, but of an IKEv2 connection, which ISA Server and TMG MBE do not terminate.</source>
        <translation>L&apos;équivalent IKEv2 de 792 : il peut aussi s&apos;agir de fragments rejetés, mais d&apos;une connexion IKEv2, qu&apos;ISA Server et TMG MBE ne terminent pas.</translation>
    </message>
    <message>
        <source>For IKEv2, enable IKEv2 fragmentation on server and client, or find the device that drops IP fragments on the path. The capture page of this wizard can still show the stalled message.</source>
        <translation>Pour IKEv2, activez la fragmentation IKEv2 sur le serveur et le client, ou trouvez l&apos;équipement qui rejette les fragments IP sur le chemin. La page de capture de cet assistant peut quand même montrer le message bloqué.</translation>
    </message>
    <message>
        <source>IKE failed to find valid machine certificate.</source>
        <translation>IKE n&apos;a pas trouvé de certificat d&apos;ordinateur valide.</translation>
    </message>
    <message>
        <source>A missing certificate, found locally; no timeout.</source>
        <translation>Un certificat manquant, détecté localement ; pas d&apos;expiration.</translation>
    </message>
    <message>
        <source>Install a valid computer certificate in the client&apos;s Local Computer Personal store.</source>
        <translation>Installez un certificat d&apos;ordinateur valide dans le magasin Personnel de l&apos;ordinateur local du client.</translation>
    </message>
    <message>
        <source>No response from peer.</source>
        <translation>Aucune réponse de l&apos;homologue.</translation>
    </message>
    <message>
        <source>Logged under a 792 as the detailed reason; on its own it means the peer never answered at all.</source>
        <translation>Journalisé sous un 792 comme raison détaillée ; seul, il signifie que l&apos;homologue n&apos;a jamais répondu.</translation>
    </message>
    <message>
        <source>If the client also showed 792, choose 792. Otherwise check that UDP 500 and 4500 reach the server.</source>
        <translation>Si le client a aussi affiché 792, choisissez 792. Sinon, vérifiez que UDP 500 et 4500 atteignent le serveur.</translation>
    </message>
    <message>
        <source>Policy match error.</source>
        <translation>Erreur de correspondance de stratégie.</translation>
    </message>
    <message>
        <source>The peers answered each other but found no common IKE or IPsec policy.</source>
        <translation>Les homologues se sont répondu mais n&apos;ont trouvé aucune stratégie IKE ou IPsec commune.</translation>
    </message>
    <message>
        <source>Align the IKE and IPsec proposals (algorithms, groups, lifetimes) on both ends.</source>
        <translation>Alignez les propositions IKE et IPsec (algorithmes, groupes, durées de vie) des deux côtés.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>IP fragments</source>
        <translation>Fragments IP</translation>
    </message>
    <message>
        <source>Incomplete datagrams</source>
        <translation>Datagrammes incomplets</translation>
    </message>
    <message>
        <source>No fragment or IKE activity in this capture</source>
        <translation>Aucune activité de fragments ou IKE dans cette capture</translation>
    </message>
    <message>
        <source>Retransmissions</source>
        <translation>Retransmissions</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Error %1 diagnostic report</source>
        <translation>Rapport de diagnostic de l&apos;erreur %1</translation>
    </message>
    <message>
        <source>L2TP/IPsec: security negotiation timed out. Checked against Microsoft KB 838438 (ISA Server and Forefront TMG blocking IP fragments).</source>
        <translation>L2TP/IPsec : la négociation de sécurité a expiré. Vérifié d&apos;après le KB 838438 de Microsoft (ISA Server et Forefront TMG bloquant les fragments IP).</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Capture</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Capturé</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Redacted</source>
        <translation>Anonymisé</translation>
    </message>
    <message>
        <source>yes: addresses and names are replaced by labels such as client-1, server-1, host-3</source>
        <translation>oui : adresses et noms remplacés par des étiquettes comme client-1, server-1, host-3</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Avertissement :</translation>
    </message>
    <message>
        <source>reading stopped early (%1); the analysis covers what was read.</source>
        <translation>la lecture s&apos;est arrêtée avant la fin (%1) ; l&apos;analyse couvre ce qui a été lu.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Code d&apos;erreur</translation>
    </message>
    <message>
        <source>VPN protocol</source>
        <translation>Protocole VPN</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Firewall product</source>
        <translation>Produit pare-feu</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nom du serveur</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Vantage point</source>
        <translation>Point d&apos;observation</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>non déterminé</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Compteurs</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <source>IKE messages (v1 / v2)</source>
        <translation>Messages IKE (v1 / v2)</translation>
    </message>
    <message>
        <source>IPv4 fragments</source>
        <translation>Fragments IPv4</translation>
    </message>
    <message>
        <source>IPv6 fragments</source>
        <translation>Fragments IPv6</translation>
    </message>
    <message>
        <source>Datagrams reassembled</source>
        <translation>Datagrammes réassemblés</translation>
    </message>
    <message>
        <source>Datagrams incomplete</source>
        <translation>Datagrammes incomplets</translation>
    </message>
    <message>
        <source>IKE messages from fragments</source>
        <translation>Messages IKE issus de fragments</translation>
    </message>
    <message>
        <source>Path MTU estimate</source>
        <translation>MTU estimée du chemin</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>n/a (no fragmented IKE)</source>
        <translation>s. o. (aucun IKE fragmenté)</translation>
    </message>
    <message>
        <source>IKE fragmentation offered</source>
        <translation>Fragmentation IKE proposée</translation>
    </message>
    <message>
        <source>NAT-T in use</source>
        <translation>NAT-T utilisé</translation>
    </message>
    <message>
        <source>Incomplete IKE datagrams</source>
        <translation>Datagrammes IKE incomplets</translation>
    </message>
    <message>
        <source>Malformed</source>
        <translation>Malformés</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Kernel drops</source>
        <translation>Pertes du noyau</translation>
    </message>
    <message>
        <source>%1 of %2 packets</source>
        <translation>%1 sur %2 paquets</translation>
    </message>
    <message>
        <source>n/a (file)</source>
        <translation>s. o. (fichier)</translation>
    </message>
    <message>
        <source>IKE timeline</source>
        <translation>Chronologie IKE</translation>
    </message>
    <message>
        <source>No IKE security association was seen.</source>
        <translation>Aucune association de sécurité IKE observée.</translation>
    </message>
    <message>
        <source>IKE SA %1: %2 (initiator) to %3 (responder), %4</source>
        <translation>SA IKE %1 : %2 (initiateur) vers %3 (répondeur), %4</translation>
    </message>
    <message>
        <source>Outcome: %1, verdict</source>
        <translation>Résultat : %1, verdict</translation>
    </message>
    <message>
        <source>Certificates expected: %1; IKE fragmentation offered: %2; used: %3. I = initiator, R = responder.</source>
        <translation>Certificats attendus : %1 ; fragmentation IKE proposée : %2 ; utilisée : %3. I = initiateur, R = répondeur.</translation>
    </message>
    <message>
        <source>%1 more messages were not kept.</source>
        <translation>%1 messages supplémentaires n&apos;ont pas été conservés.</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Remarque :</translation>
    </message>
    <message>
        <source>%1 more IKE SAs are in the JSON report.</source>
        <translation>%1 SA IKE supplémentaires figurent dans le rapport JSON.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Temps (s)</translation>
    </message>
    <message>
        <source>Dir.</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <source>IP frags</source>
        <translation>Frag. IP</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <source>Resent copy of</source>
        <translation>Copie renvoyée de</translation>
    </message>
    <message>
        <source>IKE fragment %1%2</source>
        <translation>Fragment IKE %1%2</translation>
    </message>
    <message>
        <source> (last)</source>
        <translation> (dernier)</translation>
    </message>
    <message>
        <source>SKF %1/%2</source>
        <translation>SKF %1/%2</translation>
    </message>
    <message>
        <source>error notify %1</source>
        <translation>notification d&apos;erreur %1</translation>
    </message>
    <message>
        <source>First seen (s)</source>
        <translation>Première vue (s)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>IP ID</source>
        <translation>ID IP</translation>
    </message>
    <message>
        <source>Fragments</source>
        <translation>Fragments</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendus</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>%1 more in the JSON report.</source>
        <translation>%1 de plus dans le rapport JSON.</translation>
    </message>
    <message>
        <source>Resolution (KB 838438)</source>
        <translation>Résolution (KB 838438)</translation>
    </message>
    <message>
        <source>Console path:</source>
        <translation>Chemin dans la console :</translation>
    </message>
    <message>
        <source>Verification after the change</source>
        <translation>Vérification après la modification</translation>
    </message>
    <message>
        <source>No verification capture yet. After the change, capture again while the client connects.</source>
        <translation>Pas encore de capture de vérification. Après la modification, capturez à nouveau pendant la connexion du client.</translation>
    </message>
    <message>
        <source>Case closed.</source>
        <translation>Dossier clos.</translation>
    </message>
    <message>
        <source>Not resolved yet.</source>
        <translation>Pas encore résolu.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Verification capture</source>
        <translation>Capture de vérification</translation>
    </message>
    <message>
        <source>Generated by frag792 %1 on %2 UTC.</source>
        <translation>Généré par frag792 %1 le %2 UTC.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>PDF reports need a QGuiApplication (fonts); none is running</source>
        <translation>Les rapports PDF nécessitent une QGuiApplication (polices) ; aucune n&apos;est lancée</translation>
    </message>
    <message>
        <source>cannot start the PDF writer</source>
        <translation>impossible de démarrer le générateur PDF</translation>
    </message>
    <message>
        <source>frag792 report, error %1</source>
        <translation>rapport frag792, erreur %1</translation>
    </message>
    <message>
        <source>frag792 report: %1</source>
        <translation>rapport frag792 : %1</translation>
    </message>
    <message>
        <source>cannot finish the PDF</source>
        <translation>impossible de terminer le PDF</translation>
    </message>
    <message>
        <source>no report file name given</source>
        <translation>aucun nom de fichier de rapport fourni</translation>
    </message>
    <message>
        <source>%1 is a directory</source>
        <translation>%1 est un dossier</translation>
    </message>
    <message>
        <source>%1 already exists; not replacing it</source>
        <translation>%1 existe déjà ; il ne sera pas remplacé</translation>
    </message>
    <message>
        <source>HTML and PDF reports need a QGuiApplication; none is running</source>
        <translation>Les rapports HTML et PDF nécessitent une QGuiApplication ; aucune n&apos;est lancée</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Expand %1.</source>
        <translation>Développez %1.</translation>
    </message>
    <message>
        <source>Expand %1, where %1 is the name of the computer that is running %2.</source>
        <translation>Développez %1, où %1 est le nom de l&apos;ordinateur qui exécute %2.</translation>
    </message>
    <message>
        <source>Click the %1 tab, clear the %2 check box, and then click %3.</source>
        <translation>Cliquez sur l&apos;onglet %1, décochez la case %2, puis cliquez sur %3.</translation>
    </message>
    <message>
        <source>In the details pane, click %1 to update the firewall policy, and then click %2.</source>
        <translation>Dans le volet de détails, cliquez sur %1 pour mettre à jour la stratégie de pare-feu, puis sur %2.</translation>
    </message>
    <message>
        <source>Disconnect the VPN client and connect again: connections made before %1 keep the old policy.</source>
        <translation>Déconnectez le client VPN et reconnectez-le : les connexions établies avant %1 gardent l&apos;ancienne stratégie.</translation>
    </message>
    <message>
        <source>Expand %1, and then click %2.</source>
        <translation>Développez %1, puis cliquez sur %2.</translation>
    </message>
    <message>
        <source>Start the %1 tool.</source>
        <translation>Lancez l&apos;outil %1.</translation>
    </message>
    <message>
        <source>In the details pane, under %1, click %2.</source>
        <translation>Dans le volet de détails, sous %1, cliquez sur %2.</translation>
    </message>
    <message>
        <source>In the details pane, under %1, click %2 (on some builds the link is named %3).</source>
        <translation>Dans le volet de détails, sous %1, cliquez sur %2 (sur certaines versions, le lien s&apos;appelle %3).</translation>
    </message>
    <message>
        <source>Click %1, and then in the task pane, on the %2 tab, click %3.</source>
        <translation>Cliquez sur %1, puis dans le volet Office, sous l&apos;onglet %2, cliquez sur %3.</translation>
    </message>
    <message>
        <source>Start the %1 console.</source>
        <translation>Lancez la console %1.</translation>
    </message>
    <message>
        <source>Click %1.</source>
        <translation>Cliquez sur %1.</translation>
    </message>
    <message>
        <source>In the details pane, click the %1 tab, and then click %2.</source>
        <translation>Dans le volet de détails, cliquez sur l&apos;onglet %1, puis sur %2.</translation>
    </message>
    <message>
        <source>If the client still fails after Apply, its old session may still be open: disconnect it (Monitoring &gt; Sessions &gt; Disconnect Session) or restart the Firewall service, then connect again.</source>
        <translation>Si le client échoue encore après Appliquer, son ancienne session est peut-être toujours ouverte : déconnectez-la (Analyse &gt; Sessions &gt; Déconnecter la session) ou redémarrez le service Pare-feu, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>Leave IP fragments allowed wherever Kerberos is used: Kerberos over UDP is often fragmented, and Microsoft recommends not blocking IP fragments on such networks.</source>
        <translation>Laissez les fragments IP autorisés partout où Kerberos est utilisé : Kerberos sur UDP est souvent fragmenté, et Microsoft recommande de ne pas bloquer les fragments IP sur ces réseaux.</translation>
    </message>
    <message>
        <source>ISA Server 2006 Enterprise Edition applies changes asynchronously: check the Configuration tab in Monitoring until every array member is synchronized.</source>
        <translation>ISA Server 2006 Enterprise Edition applique les modifications de façon asynchrone : surveillez l&apos;onglet Configuration dans Analyse jusqu&apos;à ce que tous les membres du groupe soient synchronisés.</translation>
    </message>
    <message>
        <source>Forefront TMG 2010 does not block IP fragments by default, so someone turned it on: find out why before clearing it.</source>
        <translation>Forefront TMG 2010 ne bloque pas les fragments IP par défaut ; quelqu&apos;un l&apos;a donc activé : cherchez pourquoi avant de le désactiver.</translation>
    </message>
    <message>
        <source>Array name</source>
        <translation>Nom du groupe</translation>
    </message>
    <message>
        <source>Expand %1, and then expand %2.</source>
        <translation>Développez %1, puis développez %2.</translation>
    </message>
    <message>
        <source>Expand %1, and then expand %2, where %2 is the name of the array that the VPN server belongs to.</source>
        <translation>Développez %1, puis développez %2, où %2 est le nom du groupe auquel appartient le serveur VPN.</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existe déjà</translation>
    </message>
    <message>
        <source>nothing to write</source>
        <translation>rien à écrire</translation>
    </message>
    <message>
        <source>The capture was taken %1: %2.</source>
        <translation>La capture a été prise %1 : %2.</translation>
    </message>
    <message>
        <source>Capture point in doubt:</source>
        <translation>Point de capture douteux :</translation>
    </message>
    <message>
        <source>IP fragments per second</source>
        <translation>Fragments IP par seconde</translation>
    </message>
    <message>
        <source>IKE answers per second</source>
        <translation>Réponses IKE par seconde</translation>
    </message>
    <message>
        <source>Retransmission</source>
        <translation>Retransmission</translation>
    </message>
    <message>
        <source>Incomplete datagram (fragments lost)</source>
        <translation>Datagramme incomplet (fragments perdus)</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Heure locale</translation>
    </message>
    <message>
        <source>Per second</source>
        <translation>Par seconde</translation>
    </message>
    <message>
        <source>Local time (%1), %2</source>
        <extracomment>Time axis of the activity charts. %1: time zone abbreviation such as CET, %2: the capture&apos;s date.</extracomment>
        <translation>Heure locale (%1), %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 UTC, %2 s, %Ln packet(s)</source>
        <translation>
            <numerusform>%1 UTC, %2 s, %Ln paquet</numerusform>
            <numerusform>%1 UTC, %2 s, %Ln paquets</numerusform>
        </translation>
    </message>
    <message>
        <source>Chart of IP fragments and IKE answers per second, with retransmissions and incomplete datagrams marked</source>
        <translation>Graphique des fragments IP et des réponses IKE par seconde, retransmissions et datagrammes incomplets marqués</translation>
    </message>
    <message>
        <source>Activity over the capture, in local time: IP fragments per second as bars, IKE answers per second as dots; triangles mark retransmissions, crosses mark datagrams whose fragments did not all arrive.</source>
        <translation>Activité pendant la capture, en heure locale : fragments IP par seconde en barres, réponses IKE par seconde en points ; les triangles marquent les retransmissions, les croix les datagrammes dont tous les fragments ne sont pas arrivés.</translation>
    </message>
    <message>
        <source>ISA Server 2006 Help, &quot;IP preferences&quot;</source>
        <translation>Aide d&apos;ISA Server 2006, « IP preferences »</translation>
    </message>
    <message>
        <source>Forefront TMG 2010 SDK, IPFragmentsFilteringEnabled</source>
        <translation>SDK de Forefront TMG 2010, IPFragmentsFilteringEnabled</translation>
    </message>
    <message>
        <source>Microsoft KB 179129, modified teardrop attack</source>
        <translation>Microsoft KB 179129, attaque teardrop modifiée</translation>
    </message>
    <message>
        <source>RFC 1858, security considerations for IP fragment filtering</source>
        <translation>RFC 1858, considérations de sécurité pour le filtrage des fragments IP</translation>
    </message>
    <message>
        <source>ISA Server 2006 Help, &quot;IP fragments&quot;</source>
        <translation>Aide d&apos;ISA Server 2006, « IP fragments »</translation>
    </message>
    <message>
        <source>Forefront TMG Help, &quot;Configuring IP preferences&quot;</source>
        <translation>Aide de Forefront TMG, « Configuring IP preferences »</translation>
    </message>
    <message>
        <source>Microsoft KB 252366, limit of fragment reassembly headers</source>
        <translation>Microsoft KB 252366, limite des en-têtes de réassemblage</translation>
    </message>
    <message>
        <source>ISA Server 2006 Help, &quot;Intrusion detection&quot;</source>
        <translation>Aide d&apos;ISA Server 2006, « Intrusion detection »</translation>
    </message>
    <message>
        <source>Forefront TMG Help, intrusion detection (cc984458)</source>
        <translation>Aide de Forefront TMG, détection d&apos;intrusion (cc984458)</translation>
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
        <translation>Aide d&apos;ISA Server 2006, « Flood mitigation »</translation>
    </message>
    <message>
        <source>Forefront TMG Help, flood mitigation (cc995183)</source>
        <translation>Aide de Forefront TMG, atténuation des inondations (cc995183)</translation>
    </message>
    <message>
        <source>Microsoft KB 838438, Resolution</source>
        <translation>Microsoft KB 838438, résolution</translation>
    </message>
    <message>
        <source>frag792 research note docs/security-fragments.md, row D6</source>
        <translation>note de recherche de frag792 docs/security-fragments.md, ligne D6</translation>
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
        <translation>Davies, Windows Server 2008 TCP/IP Protocols and Services, chapitre 19</translation>
    </message>
    <message>
        <source>jvangent blog, &quot;SSTP remote access&quot; (third party)</source>
        <translation>blog jvangent, « SSTP remote access » (tiers)</translation>
    </message>
    <message>
        <source>RFC 2409 (IKE), sections 5.1 and 5.4</source>
        <translation>RFC 2409 (IKE), sections 5.1 et 5.4</translation>
    </message>
    <message>
        <source>Forefront TMG 2010 SDK, PreSharedIPSecKey</source>
        <translation>SDK de Forefront TMG 2010, PreSharedIPSecKey</translation>
    </message>
    <message>
        <source>Microsoft CMAK, &quot;Including a Preshared Key&quot; (dd672872)</source>
        <translation>Microsoft CMAK, « Including a Preshared Key » (dd672872)</translation>
    </message>
    <message>
        <source>Shinder, Configuring ISA Server 2004</source>
        <translation>Shinder, Configuring ISA Server 2004 (livre)</translation>
    </message>
    <message>
        <source>R. Hicks, &quot;Always On VPN and IKEv2 Fragmentation&quot; (third party)</source>
        <translation>R. Hicks, « Always On VPN and IKEv2 Fragmentation » (tiers)</translation>
    </message>
    <message>
        <source>Microsoft Security Advisory 2743314</source>
        <translation>Avis de sécurité Microsoft 2743314</translation>
    </message>
    <message>
        <source>trailofbits/algo issue 305 (third party)</source>
        <translation>trailofbits/algo, ticket 305 (tiers)</translation>
    </message>
    <message>
        <source>What the block protects against, and what clearing it exposes</source>
        <translation>Contre quoi le blocage protège, et ce que sa désactivation expose</translation>
    </message>
    <message>
        <source>&quot;Block IP fragments&quot; is one setting for the whole server: when it is on, ISA Server or TMG drops every fragmented IP packet, whatever its source, destination or port. No way to exempt only the VPN is documented.</source>
        <translation>« Block IP fragments » est un seul réglage pour tout le serveur : activé, ISA Server ou TMG rejette chaque paquet IP fragmenté, quels que soient sa source, sa destination ou son port. Aucune exception pour le seul VPN n&apos;est documentée.</translation>
    </message>
    <message>
        <source>Fragments can also be used to slip TCP headers past packet filters and to exhaust reassembly memory.</source>
        <translation>Les fragments peuvent aussi servir à faire passer des en-têtes TCP à travers les filtres de paquets et à épuiser la mémoire de réassemblage.</translation>
    </message>
    <message>
        <source>What blocking costs: Microsoft&apos;s help says that with it on, Kerberos authentication fails when the server is a domain member, streaming audio and video can break, and L2TP/IPsec connections may not be established because packet fragmentation may take place during the certificate exchange.</source>
        <translation>Ce que coûte le blocage : selon l&apos;aide de Microsoft, s&apos;il est activé, l&apos;authentification Kerberos échoue quand le serveur est membre d&apos;un domaine, la diffusion audio et vidéo peut être interrompue, et les connexions L2TP/IPsec peuvent ne pas s&apos;établir car une fragmentation peut avoir lieu pendant l&apos;échange de certificats.</translation>
    </message>
    <message>
        <source>What clearing it exposes: the server no longer drops fragmented packets outright. Forefront TMG 2010 ships with this setting turned off.</source>
        <translation>Ce que la désactivation expose : le serveur ne rejette plus d&apos;emblée les paquets fragmentés. Forefront TMG 2010 est livré avec ce réglage désactivé.</translation>
    </message>
    <message>
        <source>What still protects the server once it is cleared</source>
        <translation>Ce qui protège encore le serveur une fois l&apos;option désactivée</translation>
    </message>
    <message>
        <source>Intrusion detection is a separate setting and stays as it is. It detects &quot;ping of death&quot;, an IP fragment with more data than the maximum IP packet size. Forefront TMG 2010 setup turns it on.</source>
        <translation>La détection d&apos;intrusion est un réglage distinct et reste tel quel. Elle détecte le « ping of death », un fragment IP contenant plus de données que la taille maximale d&apos;un paquet IP. L&apos;installation de Forefront TMG 2010 l&apos;active.</translation>
    </message>
    <message>
        <source>On ISA Server 2006 and Forefront TMG, flood mitigation (connection counters and limits per client) is also a separate setting and stays as it is.</source>
        <translation>Sur ISA Server 2006 et Forefront TMG, l&apos;atténuation des inondations (compteurs et limites de connexions par client) est aussi un réglage distinct et reste tel quel.</translation>
    </message>
    <message>
        <source>Your firewall rules do not change: the KB&apos;s procedure clears only the IP fragments option.</source>
        <translation>Vos règles de pare-feu ne changent pas : la procédure de l&apos;article KB ne désactive que l&apos;option des fragments IP.</translation>
    </message>
    <message>
        <source>Windows itself limits fragment reassembly: Windows Server 2003 keeps at most 100 reassembly headers by default and silently drops fragments beyond that.</source>
        <translation>Windows limite lui-même le réassemblage : Windows Server 2003 conserve par défaut au plus 100 en-têtes de réassemblage et rejette silencieusement les fragments au-delà.</translation>
    </message>
    <message>
        <source>Not documented: whether ISA Server or TMG reassembles fragments and applies the firewall rules to the whole datagram. No statement was found, so do not assume it.</source>
        <translation>Non documenté : si ISA Server ou TMG réassemble les fragments et applique les règles de pare-feu au datagramme entier. Aucune déclaration n&apos;a été trouvée, ne le supposez donc pas.</translation>
    </message>
    <message>
        <source>If policy forbids clearing it</source>
        <translation>Si la politique interdit de le désactiver</translation>
    </message>
    <message>
        <source>SSTP (the VPN inside HTTPS, TCP port 443) exchanges no IKE messages. Where: Forefront TMG 2010 only (off by default, it needs a Web listener) with clients on Windows Vista SP1 or later. ISA Server 2004 and 2006 run on Windows Server 2003, which offers only PPTP and L2TP/IPsec.</source>
        <translation>SSTP (le VPN dans HTTPS, port TCP 443) n&apos;échange aucun message IKE. Où : Forefront TMG 2010 uniquement (désactivé par défaut, il lui faut un écouteur web) avec des clients Windows Vista SP1 ou ultérieur. ISA Server 2004 et 2006 fonctionnent sous Windows Server 2003, qui n&apos;offre que PPTP et L2TP/IPsec.</translation>
    </message>
    <message>
        <source>A pre-shared key instead of certificates, as a stopgap: Main Mode messages 5 and 6 then carry a hash instead of the certificate that gets fragmented. Cost: Microsoft calls it &quot;a relatively weak authentication method&quot; for interim use; all clients share one key, and changing it means updating every client. Where: documented for ISA Server 2004 and Forefront TMG 2010. Run frag792 again afterwards to confirm that nothing is fragmented.</source>
        <translation>Une clé prépartagée au lieu de certificats, en solution d&apos;attente : les messages 5 et 6 du Main Mode portent alors un hachage au lieu du certificat qui est fragmenté. Coût : Microsoft la qualifie de « méthode d&apos;authentification relativement faible » à usage transitoire ; tous les clients partagent une clé, et la changer impose de mettre à jour chaque client. Où : documenté pour ISA Server 2004 et Forefront TMG 2010. Relancez frag792 ensuite pour confirmer que rien n&apos;est fragmenté.</translation>
    </message>
    <message>
        <source>A shorter certificate chain or smaller keys (RSA 2048 bits rather than larger) make the certificate messages smaller, but no source shows that they then fit in one packet: measure with frag792 before relying on it. Where: every product.</source>
        <translation>Une chaîne de certificats plus courte ou des clés plus petites (RSA 2048 bits plutôt que davantage) réduisent les messages de certificat, mais aucune source ne montre qu&apos;ils tiennent alors dans un paquet : mesurez avec frag792 avant de vous y fier. Où : tous les produits.</translation>
    </message>
    <message>
        <source>IKE-level fragmentation, where both ends support it, splits the IKE message itself into small pieces, so IP does not fragment it. Cost: Microsoft documents no setting in ISA Server or Forefront TMG to turn it on, and IKEv2 fragmentation needs Windows Server 1803 (2019) or later on the VPN server.</source>
        <translation>La fragmentation au niveau IKE, là où les deux extrémités la prennent en charge, découpe le message IKE lui-même en petits morceaux, si bien qu&apos;IP ne le fragmente pas. Coût : Microsoft ne documente aucun réglage dans ISA Server ou Forefront TMG pour l&apos;activer, et la fragmentation IKEv2 exige Windows Server 1803 (2019) ou ultérieur sur le serveur VPN.</translation>
    </message>
    <message>
        <source>PPTP, as a last resort, uses no IKE. Cost: Microsoft warns that PPTP with MS-CHAP v2 as the only authentication can expose user credentials. Where: all four products.</source>
        <translation>PPTP, en dernier recours, n&apos;utilise pas IKE. Coût : Microsoft avertit que PPTP avec MS-CHAP v2 comme seule authentification peut exposer les identifiants des utilisateurs. Où : les quatre produits.</translation>
    </message>
    <message>
        <source>What will not help: lowering the MTU on the clients. The IKE message with the certificate is still larger than one packet.</source>
        <translation>Ce qui n&apos;aidera pas : baisser la MTU sur les clients. Le message IKE avec le certificat reste plus grand qu&apos;un paquet.</translation>
    </message>
    <message>
        <source>Is it safe to stop blocking IP fragments, and what if we can&apos;t?</source>
        <translation>Est-il sûr de ne plus bloquer les fragments IP, et que faire si nous ne le pouvons pas ?</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>It guards against the teardrop attack: fragments whose offsets overlap so that reassembling them can harm the system. Microsoft fixed the teardrop variants it documented in Windows NT 4.0.</source>
        <translation>Il protège contre l&apos;attaque teardrop : des fragments dont les décalages se chevauchent, si bien que leur réassemblage peut nuire au système. Microsoft a corrigé les variantes documentées dans Windows NT 4.0.</translation>
    </message>
    <message>
        <source>[MS-IKEE], the IKE fragmentation vendor ID</source>
        <translation>[MS-IKEE], l&apos;ID fournisseur de fragmentation IKE</translation>
    </message>
    <message>
        <source>[MS-IKEE], the size of IKE fragments</source>
        <translation>[MS-IKEE], la taille des fragments IKE</translation>
    </message>
    <message>
        <source>Truncated capture:</source>
        <translation>Capture tronquée :</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) were cut to at most %1 bytes by the capture&apos;s snap length. Cut frames are not malformed: fragments are counted from their IP headers and IKE messages identified from their IKE headers. Not read past the cut: %2.</source>
        <translation>
            <numerusform>%n trame a été tronquée à %1 octets au plus par la longueur de capture (snap length). Les trames tronquées ne sont pas malformées : les fragments sont comptés d&apos;après leurs en-têtes IP et les messages IKE identifiés d&apos;après leurs en-têtes IKE. Non lu après la coupure : %2.</numerusform>
            <numerusform>%n trames ont été tronquées à %1 octets au plus par la longueur de capture (snap length). Les trames tronquées ne sont pas malformées : les fragments sont comptés d&apos;après leurs en-têtes IP et les messages IKE identifiés d&apos;après leurs en-têtes IKE. Non lu après la coupure : %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing the verdict uses</source>
        <translation>rien de ce qu&apos;utilise le verdict</translation>
    </message>
    <message>
        <source>Windows logs</source>
        <translation>Journaux Windows</translation>
    </message>
    <message>
        <source>No capture: the verdict comes from these logs alone.</source>
        <translation>Pas de capture : le verdict provient uniquement de ces journaux.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>What the log says</source>
        <translation>Ce que dit le journal</translation>
    </message>
    <message>
        <source>zone unknown</source>
        <translation>fuseau inconnu</translation>
    </message>
    <message>
        <source>%1 (local time, zone unknown)</source>
        <translation>%1 (heure locale, fuseau inconnu)</translation>
    </message>
    <message numerus="yes">
        <source>%n more log items not shown.</source>
        <translation>
            <numerusform>%n élément de journal supplémentaire n&apos;est pas affiché.</numerusform>
            <numerusform>%n éléments de journal supplémentaires ne sont pas affichés.</numerusform>
        </translation>
    </message>
    <message>
        <source>certificates</source>
        <translation>certificats</translation>
    </message>
    <message>
        <source>pre-shared key</source>
        <translation>clé prépartagée</translation>
    </message>
    <message>
        <source>none: the verdict comes from the Windows logs below</source>
        <translation>aucune : le verdict vient des journaux Windows ci-dessous</translation>
    </message>
    <message>
        <source>%1, before the capture</source>
        <translation>%1, avant la capture</translation>
    </message>
    <message>
        <source>%1, after the capture</source>
        <translation>%1, après la capture</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>&amp;Redact addresses and names (client-1, server-1, …)</source>
        <translation>&amp;Anonymiser les adresses et les noms (client-1, server-1, …)</translation>
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
        <translation>Captures de &amp;preuve (pcapng)</translation>
    </message>
    <message>
        <source>Export a report</source>
        <translation>Exporter un rapport</translation>
    </message>
    <message>
        <source>Keep a record of the diagnosis and the fix, or send it to whoever owns the server.</source>
        <translation>Gardez une trace du diagnostic et de la correction, ou envoyez-la au responsable du serveur.</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer ?</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>Titre du dossier</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom de fichier</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Case &amp;title:</source>
        <translation>&amp;Titre du dossier :</translation>
    </message>
    <message>
        <source>Te&amp;chnician:</source>
        <translation>Te&amp;chnicien :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Redaction covers the report; the evidence captures always hold the real packets.</source>
        <translation>L&apos;anonymisation porte sur le rapport ; les captures de preuve contiennent toujours les vrais paquets.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Nom de &amp;fichier :</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Diagnosis: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Diagnostic : &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Diagnosis: no capture was analysed.</source>
        <translation>Diagnostic : aucune capture n&apos;a été analysée.</translation>
    </message>
    <message>
        <source>Verification: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Vérification : &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Verification: not done.</source>
        <translation>Vérification : non faite.</translation>
    </message>
    <message>
        <source>Error %1 on %2</source>
        <translation>Erreur %1 sur %2</translation>
    </message>
    <message>
        <source>Choose a folder for the report</source>
        <translation>Choisir un dossier pour le rapport</translation>
    </message>
    <message>
        <source>%1 exists</source>
        <translation>%1 existe</translation>
    </message>
    <message>
        <source>&lt;b&gt;The folder %1 cannot be created.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Impossible de créer le dossier %1.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 kept (not replaced)</source>
        <translation>%1 conservé (non remplacé)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Written:&lt;br&gt;%1</source>
        <translation>Écrit :&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Nothing selected to export.</source>
        <translation>Rien n&apos;est sélectionné pour l&apos;export.</translation>
    </message>
    <message>
        <source>Replaces IP addresses and server and array names in the HTML, PDF and JSON reports with placeholders such as client-1 and server-1.</source>
        <translation>Remplace les adresses IP et les noms de serveur et de groupe dans les rapports HTML, PDF et JSON par des marqueurs comme client-1 et server-1.</translation>
    </message>
</context>
<context>
    <name>ResolutionPage</name>
    <message>
        <source>I have made this change on the real server &amp;console</source>
        <translation>J&apos;ai fait cette modification dans la &amp;console réelle du serveur</translation>
    </message>
    <message>
        <source>Clear &quot;Block IP fragments&quot;</source>
        <translation>Décocher « Block IP fragments »</translation>
    </message>
    <message>
        <source>Practise on this copy of the %1 console, then do the same on the server. The labels stay in English, as on the server, with a translation beside them.</source>
        <translation>Entraînez-vous sur cette copie de la console de %1, puis faites de même sur le serveur. Les libellés restent en anglais, comme sur le serveur, avec leur traduction à côté.</translation>
    </message>
    <message>
        <source>Click where the highlight shows. The same clicks on the server&apos;s console turn off the option (KB 838438, Resolution).</source>
        <translation>Cliquez là où la surbrillance l&apos;indique. Les mêmes clics dans la console du serveur désactivent l&apos;option (KB 838438, Résolution).</translation>
    </message>
    <message>
        <source>&amp;Make the change</source>
        <translation>&amp;Faire la modification</translation>
    </message>
    <message>
        <source>Is it &amp;safe? Alternatives</source>
        <translation>Est-ce &amp;sûr ? Alternatives</translation>
    </message>
    <message>
        <source>Before you change it: is it safe, and what if you can&apos;t?</source>
        <translation>Avant de modifier : est-ce sûr, et que faire si vous ne pouvez pas ?</translation>
    </message>
    <message>
        <source>Check this if you made the change on the server without practising here; Next then goes on to the verification.</source>
        <translation>Cochez ceci si vous avez fait la modification sur le serveur sans vous exercer ici ; Suivant mène alors à la vérification.</translation>
    </message>
</context>
<context>
    <name>SampleCaptures</name>
    <message>
        <source>Sample: the server blocks IP fragments (KB 838438)</source>
        <translation>Exemple : le serveur bloque les fragments IP (KB 838438)</translation>
    </message>
    <message>
        <source>Sample: fragments pass, negotiation completes</source>
        <translation>Exemple : les fragments passent, la négociation aboutit</translation>
    </message>
    <message>
        <source>the server blocks IP fragments</source>
        <translation>le serveur bloque les fragments IP</translation>
    </message>
    <message>
        <source>a router drops IP fragments</source>
        <translation>un routeur rejette les fragments IP</translation>
    </message>
    <message>
        <source>the client drops IP fragments</source>
        <translation>le client rejette les fragments IP</translation>
    </message>
    <message>
        <source>pre-shared key, nothing fragmented</source>
        <translation>clé prépartagée, rien de fragmenté</translation>
    </message>
    <message>
        <source>NAT-T, the server blocks IP fragments</source>
        <translation>NAT-T, le serveur bloque les fragments IP</translation>
    </message>
    <message>
        <source>NAT-T, fragments pass</source>
        <translation>NAT-T, les fragments passent</translation>
    </message>
    <message>
        <source>IKEv2 with IKE fragmentation</source>
        <translation>IKEv2 avec fragmentation IKE</translation>
    </message>
    <message>
        <source>IKEv2 without IKE fragmentation, the server blocks IP fragments</source>
        <translation>IKEv2 sans fragmentation IKE, le serveur bloque les fragments IP</translation>
    </message>
    <message>
        <source>IPv6, the server blocks IP fragments</source>
        <translation>IPv6, le serveur bloque les fragments IP</translation>
    </message>
    <message>
        <source>Lab: %1 (captured at the server)</source>
        <translation>Labo : %1 (capturé sur le serveur)</translation>
    </message>
    <message>
        <source>Lab: %1 (captured at the client)</source>
        <translation>Labo : %1 (capturé sur le client)</translation>
    </message>
    <message>
        <source>Lab: %1</source>
        <translation>Labo : %1</translation>
    </message>
    <message>
        <source>Sample: %1</source>
        <translation>Exemple : %1</translation>
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
        <translation>Non précisé</translation>
    </message>
</context>
<context>
    <name>SymptomPage</name>
    <message>
        <source>Which error does the VPN client show?</source>
        <translation>Quelle erreur le client VPN affiche-t-il ?</translation>
    </message>
    <message>
        <source>KB 838438 is about one exact message. Several other errors look similar but point elsewhere.</source>
        <translation>Le KB 838438 traite d&apos;un message précis. D&apos;autres erreurs se ressemblent mais pointent ailleurs.</translation>
    </message>
    <message>
        <source>The symptom this wizard solves:&lt;br&gt;&lt;b&gt;Error 792: %1&lt;/b&gt;</source>
        <translation>Le symptôme que résout cet assistant :&lt;br&gt;&lt;b&gt;Erreur 792 : %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Pick the &amp;error the client reported:</source>
        <translation>Choisissez l&apos;&amp;erreur signalée par le client :</translation>
    </message>
    <message>
        <source>Error reported by the VPN client</source>
        <translation>Erreur signalée par le client VPN</translation>
    </message>
    <message>
        <source>Error %1: %2</source>
        <translation>Erreur %1 : %2</translation>
    </message>
    <message>
        <source>Select an error to see how it differs from 792.</source>
        <translation>Sélectionnez une erreur pour voir en quoi elle diffère de 792.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>Click Next to describe the server.</source>
        <translation>Cliquez sur Suivant pour décrire le serveur.</translation>
    </message>
    <message>
        <source>Click Next to see where this error points instead.</source>
        <translation>Cliquez sur Suivant pour voir où cette erreur pointe plutôt.</translation>
    </message>
    <message>
        <source>Choose the error number and message the VPN client showed. The text below the list says how the selected error differs from Error 792.</source>
        <translation>Choisissez le numéro d&apos;erreur et le message affichés par le client VPN. Le texte sous la liste indique en quoi l&apos;erreur choisie diffère de l&apos;erreur 792.</translation>
    </message>
</context>
<context>
    <name>TroubleshootWizard</name>
    <message>
        <source>Error 792 troubleshooter (KB 838438)</source>
        <translation>Dépannage de l&apos;erreur 792 (KB 838438)</translation>
    </message>
    <message>
        <source>About this troubleshooter</source>
        <translation>À propos de ce dépannage</translation>
    </message>
    <message>
        <source>This wizard follows Microsoft KB 838438: L2TP/IPsec VPN clients of ISA Server 2004, ISA Server 2006 or Forefront TMG Medium Business Edition fail with Error 792 when the firewall blocks IP fragments.

Describe the symptom and the server, confirm the cause with a capture, make the change in the console (the wizard shows where to click), verify with a second capture and export a report.</source>
        <translation>Cet assistant suit le KB 838438 de Microsoft : les clients VPN L2TP/IPsec d&apos;ISA Server 2004, d&apos;ISA Server 2006 ou de Forefront TMG Medium Business Edition échouent avec l&apos;erreur 792 quand le pare-feu bloque les fragments IP.

Décrivez le symptôme et le serveur, confirmez la cause par une capture, faites la modification dans la console (l&apos;assistant montre où cliquer), vérifiez par une seconde capture et exportez un rapport.</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>No IKE traffic seen</source>
        <translation>Aucun trafic IKE observé</translation>
    </message>
    <message>
        <source>No IKE message (UDP 500 or 4500) was captured. Check that the capture ran on the interface that faces the VPN clients, that the filter was not changed, and that the client really tried to connect while capturing. If UDP 500/4500 is blocked before this host, the client reports error 809 rather than 792.</source>
        <translation>Aucun message IKE (UDP 500 ou 4500) n&apos;a été capturé. Vérifiez que la capture portait sur l&apos;interface tournée vers les clients VPN, que le filtre n&apos;a pas été modifié et que le client a vraiment tenté de se connecter pendant la capture. Si UDP 500/4500 est bloqué avant cet hôte, le client signale l&apos;erreur 809 au lieu de 792.</translation>
    </message>
    <message>
        <source>IKE negotiation completed</source>
        <translation>Négociation IKE aboutie</translation>
    </message>
    <message>
        <source>The IKE security association was established (IKEv1 Main Mode message 6 or the IKEv2 IKE_AUTH response reached the client). Any IP fragments got through, so Error 792 is not caused by blocked fragments here.</source>
        <translation>L&apos;association de sécurité IKE a été établie (le message 6 du Main Mode IKEv1 ou la réponse IKE_AUTH d&apos;IKEv2 a atteint le client). Les fragments IP sont passés : l&apos;erreur 792 n&apos;est donc pas due ici à des fragments bloqués.</translation>
    </message>
    <message>
        <source>Negotiation stalled, but no fragmented message was involved</source>
        <translation>Négociation bloquée, sans message fragmenté en cause</translation>
    </message>
    <message>
        <source>The negotiation stopped without any IP-fragmented IKE message, so KB 838438 does not explain it. Look at the look-alike errors: 789 (pre-shared key or NAT-T registry setting), 809 (UDP 500/4500 blocked or NAT), 13801 (certificate not acceptable), 13806 (no machine certificate), 13868 (policy mismatch).</source>
        <translation>La négociation s&apos;est arrêtée sans aucun message IKE fragmenté par IP : le KB 838438 ne l&apos;explique donc pas. Examinez les erreurs similaires : 789 (clé prépartagée ou registre NAT-T), 809 (UDP 500/4500 bloqué ou NAT), 13801 (certificat non accepté), 13806 (pas de certificat d&apos;ordinateur), 13868 (stratégies incompatibles).</translation>
    </message>
    <message>
        <source>Fragmented IKE message left complete and was never answered</source>
        <translation>Message IKE fragmenté parti complet et resté sans réponse</translation>
    </message>
    <message>
        <source>A fragmented IKE message left this point complete, every fragment present, and no answer came back while it was retransmitted. Where the fragments were dropped cannot be told from here: capture on the VPN server to tell whether they reach it.</source>
        <translation>Un message IKE fragmenté a quitté ce point complet, avec tous ses fragments, et aucune réponse n&apos;est revenue pendant ses retransmissions. D&apos;ici, on ne peut pas dire où les fragments ont été rejetés : capturez sur le serveur VPN pour savoir s&apos;ils l&apos;atteignent.</translation>
    </message>
    <message>
        <source>The server&apos;s fragmented answer does not reach the client</source>
        <translation>La réponse fragmentée du serveur n&apos;atteint pas le client</translation>
    </message>
    <message>
        <source>The VPN server answered with a fragmented IKE message, and the client kept repeating its request: the answer&apos;s fragments are lost on the way to the client or at the client itself (a firewall or router between them, or the client&apos;s own firewall, drops IP fragments).</source>
        <translation>Le serveur VPN a répondu par un message IKE fragmenté et le client a continué de répéter sa requête : les fragments de la réponse se perdent en route vers le client ou chez le client lui-même (un pare-feu ou un routeur entre eux, ou le pare-feu du client, rejette les fragments IP).</translation>
    </message>
    <message>
        <source>Fragments are lost before they reach the server</source>
        <translation>Les fragments se perdent avant d&apos;atteindre le serveur</translation>
    </message>
    <message>
        <source>The exchange stalls where a large, fragmented IKE message from the client is due, and its fragments arrive incomplete or not at all: a device between the client and the server (router, NAT device, upstream firewall) drops IP fragments.</source>
        <translation>L&apos;échange bloque là où un grand message IKE fragmenté du client est attendu, et ses fragments arrivent incomplets ou pas du tout : un équipement entre le client et le serveur (routeur, équipement NAT, pare-feu en amont) rejette les fragments IP.</translation>
    </message>
    <message>
        <source>The client drops the server&apos;s fragmented answer</source>
        <translation>Le client rejette la réponse fragmentée du serveur</translation>
    </message>
    <message>
        <source>The server&apos;s fragmented answer arrived at the client complete, every fragment present, and the client still kept repeating its request: a firewall on the client itself drops IP fragments.</source>
        <translation>La réponse fragmentée du serveur est arrivée complète chez le client, avec tous ses fragments, et le client a quand même continué de répéter sa requête : un pare-feu sur le client lui-même rejette les fragments IP.</translation>
    </message>
    <message>
        <source>The server receives the fragments and drops them (KB 838438)</source>
        <translation>Le serveur reçoit les fragments et les rejette (KB 838438)</translation>
    </message>
    <message>
        <source>A fragmented IKE message arrived at the VPN server complete, every fragment present, and was never answered while the client retransmitted it. This is KB 838438: the server&apos;s firewall drops IP fragments (&quot;Block IP fragments&quot; is on). Clear &quot;Block IP fragments&quot; on the IP Fragments tab of the IP Preferences dialog, click OK, then Apply.</source>
        <translation>Un message IKE fragmenté est arrivé complet au serveur VPN, avec tous ses fragments, et n&apos;a jamais reçu de réponse pendant que le client le retransmettait. C&apos;est le KB 838438 : le pare-feu du serveur rejette les fragments IP (« Block IP fragments » est activé). Décochez « Block IP fragments » dans l&apos;onglet IP Fragments de la boîte de dialogue IP Preferences, cliquez sur OK, puis sur Apply.</translation>
    </message>
    <message>
        <source>The client sent its identity message (MM5) and no answer came</source>
        <translation>Le client a envoyé son message d&apos;identité (MM5) et aucune réponse n&apos;est venue</translation>
    </message>
    <message>
        <source>The client&apos;s own log shows IPsec Main Mode stopped after the client sent its identity (certificate) message, MM5, and no answer came. That message carries the certificates and is usually IP-fragmented, so this fits KB 838438, but no packet was seen: where the fragments were lost needs a capture at the server or the server&apos;s firewall log.</source>
        <translation>Le journal du client montre que le mode principal IPsec s&apos;est arrêté après l&apos;envoi par le client de son message d&apos;identité (certificat), MM5, et qu&apos;aucune réponse n&apos;est venue. Ce message porte les certificats et est généralement fragmenté au niveau IP, ce qui correspond à KB 838438, mais aucun paquet n&apos;a été vu : pour savoir où les fragments ont été perdus, il faut une capture sur le serveur ou le journal du pare-feu du serveur.</translation>
    </message>
    <message>
        <source>The logs do not show where the negotiation stopped</source>
        <translation>Les journaux ne montrent pas où la négociation s&apos;est arrêtée</translation>
    </message>
    <message>
        <source>No capture was analysed, and none of the logs given shows where IKE stopped: no ISA/TMG firewall row dropping an IP fragment (result code 0xC0040013) and no IPsec Main Mode failure on the client (Security event 4653 or 547, a WFP net event). They can neither confirm nor rule out blocked fragments.</source>
        <translation>Aucune capture n&apos;a été analysée, et aucun des journaux fournis ne montre où IKE s&apos;est arrêté : aucune ligne du pare-feu ISA/TMG rejetant un fragment IP (code de résultat 0xC0040013) et aucun échec du mode principal IPsec sur le client (événement de sécurité 4653 ou 547, un événement réseau WFP). Ils ne peuvent ni confirmer ni exclure des fragments bloqués.</translation>
    </message>
</context>
<context>
    <name>VerdictAdvice</name>
    <message>
        <source>No IKE traffic was captured. Capture on the interface that faces the VPN clients and have a client connect while the capture runs.</source>
        <translation>Aucun trafic IKE n&apos;a été capturé. Capturez sur l&apos;interface tournée vers les clients VPN et faites connecter un client pendant la capture.</translation>
    </message>
    <message>
        <source>The fragments are lost before they reach the server: a router, NAT device or upstream firewall drops IP fragments. Check that device (or ask the provider); changing the ISA/TMG setting will not help.</source>
        <translation>Les fragments se perdent avant d&apos;atteindre le serveur : un routeur, un équipement NAT ou un pare-feu en amont rejette les fragments IP. Vérifiez cet équipement (ou demandez au fournisseur) ; modifier le paramètre ISA/TMG n&apos;aidera pas.</translation>
    </message>
    <message>
        <source>The server answers, but its fragmented answer is lost on the way back. Check the devices between the server and the client, and the client&apos;s own firewall.</source>
        <translation>Le serveur répond, mais sa réponse fragmentée se perd au retour. Vérifiez les équipements entre le serveur et le client, ainsi que le pare-feu du client.</translation>
    </message>
    <message>
        <source>The client&apos;s own firewall drops the fragmented answer. Check third-party firewall or security software on the client.</source>
        <translation>Le pare-feu du client rejette la réponse fragmentée. Vérifiez le pare-feu ou le logiciel de sécurité tiers du client.</translation>
    </message>
    <message>
        <source>Nothing was fragmented, so blocked fragments are not the cause. Compare with the look-alike errors 789, 809, 13801, 13806 and 13868.</source>
        <translation>Rien n&apos;a été fragmenté : des fragments bloqués ne sont donc pas la cause. Comparez avec les erreurs similaires 789, 809, 13801, 13806 et 13868.</translation>
    </message>
    <message>
        <source>The fragments are still unanswered. Capture on the VPN server itself to see whether they arrive there, then check that the change was applied and the client reconnected.</source>
        <translation>Les fragments restent sans réponse. Capturez sur le serveur VPN lui-même pour voir s&apos;ils y arrivent, puis vérifiez que la modification a été appliquée et que le client s&apos;est reconnecté.</translation>
    </message>
    <message>
        <source>This capture does not show the server dropping fragments, so the KB 838438 change may not help. The steps are listed for reference; check the verdict&apos;s explanation first.</source>
        <translation>Cette capture ne montre pas le serveur rejetant les fragments : la modification du KB 838438 risque de ne pas aider. Les étapes sont données pour référence ; lisez d&apos;abord l&apos;explication du verdict.</translation>
    </message>
    <message>
        <source>The verification capture has no IKE traffic: capture again while the client connects.</source>
        <translation>La capture de vérification ne contient aucun trafic IKE : capturez à nouveau pendant la connexion du client.</translation>
    </message>
    <message>
        <source>The negotiation completed, so fragments pass here and this KB does not explain the error. Capture while the failure happens, or check the error number again.</source>
        <translation>La négociation a abouti : les fragments passent ici et ce KB n&apos;explique pas l&apos;erreur. Capturez pendant que l&apos;échec se produit, ou revérifiez le numéro d&apos;erreur.</translation>
    </message>
    <message>
        <source>The negotiation completed in this capture, so no change is needed. The steps are listed for reference only.</source>
        <translation>La négociation a abouti dans cette capture : aucune modification n&apos;est nécessaire. Les étapes sont données pour référence seulement.</translation>
    </message>
    <message>
        <source>The IKE negotiation now completes, so the fragments get through. If the client still fails, it reports a different error now; check its number.</source>
        <translation>La négociation IKE aboutit désormais, les fragments passent. Si le client échoue encore, il signale maintenant une autre erreur ; vérifiez son numéro.</translation>
    </message>
    <message>
        <source>Fragments are no longer the problem, but the negotiation still stalls: look at the look-alike errors (789, 809, 13801, 13806, 13868).</source>
        <translation>Les fragments ne sont plus le problème, mais la négociation bloque toujours : examinez les erreurs similaires (789, 809, 13801, 13806, 13868).</translation>
    </message>
    <message>
        <source>The fragments left complete and were never answered. The server most likely drops them (KB 838438); to be certain, capture on the VPN server itself.</source>
        <translation>Les fragments sont partis complets et n&apos;ont jamais reçu de réponse. Le serveur les rejette très probablement (KB 838438) ; pour en être sûr, capturez sur le serveur VPN lui-même.</translation>
    </message>
    <message>
        <source>The fragments left this point and were never answered. If the VPN server runs ISA Server or Forefront TMG, check &quot;Block IP fragments&quot; as follows; a capture on the server tells whether it is the one dropping them.</source>
        <translation>Les fragments ont quitté ce point et n&apos;ont jamais reçu de réponse. Si le serveur VPN exécute ISA Server ou Forefront TMG, vérifiez « Block IP fragments » comme suit ; une capture sur le serveur indique si c&apos;est lui qui les rejette.</translation>
    </message>
    <message>
        <source>The server now answers, but its fragmented answer does not reach the client: check the devices between server and client and the client&apos;s own firewall.</source>
        <translation>Le serveur répond désormais, mais sa réponse fragmentée n&apos;atteint pas le client : vérifiez les équipements entre le serveur et le client ainsi que le pare-feu du client.</translation>
    </message>
    <message>
        <source>Fragments now go missing before they reach the server: a router, NAT device or upstream firewall between client and server drops them. Allow IP fragments there, or lower the certificate size.</source>
        <translation>Les fragments se perdent maintenant avant d&apos;atteindre le serveur : un routeur, un équipement NAT ou un pare-feu en amont entre client et serveur les rejette. Autorisez-y les fragments IP ou réduisez la taille du certificat.</translation>
    </message>
    <message>
        <source>The server&apos;s answer reaches the client and the client drops it: allow IP fragments in the client&apos;s firewall.</source>
        <translation>La réponse du serveur atteint le client et le client la rejette : autorisez les fragments IP dans le pare-feu du client.</translation>
    </message>
    <message>
        <source>This is KB 838438: the server receives the fragments and drops them.</source>
        <translation>C&apos;est le KB 838438 : le serveur reçoit les fragments et les rejette.</translation>
    </message>
    <message>
        <source>The capture shows KB 838438: the server drops the IP fragments. Clear &quot;Block IP fragments&quot; as follows, then capture again while the client connects.</source>
        <translation>La capture montre le KB 838438 : le serveur rejette les fragments IP. Décochez « Block IP fragments » comme suit, puis capturez à nouveau pendant la connexion du client.</translation>
    </message>
    <message>
        <source>The server still drops the fragments. Check that Apply was clicked on the server (or array) the client connects to, that the configuration reached it (Monitoring &gt; Configuration), and that the client made a new connection afterwards: existing sessions keep the old policy. Disconnect them or restart the Firewall service if needed.</source>
        <translation>Le serveur rejette toujours les fragments. Vérifiez que vous avez cliqué sur Appliquer sur le serveur (ou le groupe) auquel le client se connecte, que la configuration l&apos;a atteint (Analyse &gt; Configuration) et que le client a établi une nouvelle connexion ensuite : les sessions existantes gardent l&apos;ancienne stratégie. Déconnectez-les ou redémarrez le service Pare-feu si nécessaire.</translation>
    </message>
    <message>
        <source>The client&apos;s log shows MM5 went out and was never answered. Capture on the VPN server, or look in its firewall log for result code 0xC0040013, to tell where the fragments are lost.</source>
        <translation>Le journal du client montre que MM5 est parti et n&apos;a jamais reçu de réponse. Faites une capture sur le serveur VPN ou cherchez dans son journal de pare-feu le code de résultat 0xC0040013 pour savoir où les fragments sont perdus.</translation>
    </message>
    <message>
        <source>The client&apos;s log shows its identity message was never answered. If the VPN server runs ISA Server or Forefront TMG, check &quot;Block IP fragments&quot; as follows; a capture on the server or its firewall log tells whether it is the one dropping them.</source>
        <translation>Le journal du client montre que son message d&apos;identité n&apos;a jamais reçu de réponse. Si le serveur VPN exécute ISA Server ou Forefront TMG, vérifiez &quot;Block IP fragments&quot; comme suit ; une capture sur le serveur ou son journal de pare-feu indique si c&apos;est lui qui les rejette.</translation>
    </message>
    <message>
        <source>The client&apos;s log still shows MM5 unanswered. Capture on the VPN server to see whether the fragments arrive there, then check that the change was applied and the client reconnected.</source>
        <translation>Le journal du client montre toujours MM5 sans réponse. Faites une capture sur le serveur VPN pour voir si les fragments y arrivent, puis vérifiez que la modification a été appliquée et que le client s&apos;est reconnecté.</translation>
    </message>
    <message>
        <source>The logs alone cannot locate the failure. Capture on the VPN server while a client connects, or turn on IPsec auditing on the client (event 4653) and try again.</source>
        <translation>Les journaux seuls ne permettent pas de localiser l&apos;échec. Capturez sur le serveur VPN pendant qu&apos;un client se connecte, ou activez l&apos;audit IPsec sur le client (événement 4653) et réessayez.</translation>
    </message>
    <message>
        <source>The logs do not show the server dropping fragments, so the KB 838438 change may not help. The steps are listed for reference; capture on the server first.</source>
        <translation>Les journaux ne montrent pas le serveur rejetant des fragments, la modification de la KB 838438 peut donc ne pas aider. Les étapes sont données pour référence ; capturez d&apos;abord sur le serveur.</translation>
    </message>
    <message>
        <source>The logs still do not show where the negotiation stops: capture on the VPN server while the client connects to verify the change.</source>
        <translation>Les journaux ne montrent toujours pas où la négociation s&apos;arrête : capturez sur le serveur VPN pendant que le client se connecte pour vérifier la modification.</translation>
    </message>
</context>
<context>
    <name>VerdictView</name>
    <message>
        <source>IKE timeline</source>
        <translation>Chronologie IKE</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Temps (s)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Taille (octets)</translation>
    </message>
    <message>
        <source>IP fragments</source>
        <translation>Fragments IP</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Preuves :</translation>
    </message>
    <message>
        <source>Reading stopped early: %1</source>
        <translation>Lecture arrêtée avant la fin : %1</translation>
    </message>
    <message>
        <source>client → server</source>
        <translation>client → serveur</translation>
    </message>
    <message>
        <source>server → client</source>
        <translation>serveur → client</translation>
    </message>
    <message>
        <source>%1 (retransmission)</source>
        <translation>%1 (retransmission)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Capture point in doubt:</source>
        <translation>Point de capture douteux :</translation>
    </message>
    <message>
        <source>One row per IKE message of the session the verdict is about: time since its first message, direction, message, size, the IP fragments that carried it, and whether it was answered.</source>
        <translation>Une ligne par message IKE de la session dont parle le verdict : temps depuis son premier message, sens, message, taille, les fragments IP qui l&apos;ont porté, et s&apos;il a reçu une réponse.</translation>
    </message>
    <message>
        <source>Windows logs:</source>
        <translation>Journaux Windows :</translation>
    </message>
    <message numerus="yes">
        <source>%n more log item(s) in the report.</source>
        <translation>
            <numerusform>%n autre élément de journal figure dans le rapport.</numerusform>
            <numerusform>%n autres éléments de journal figurent dans le rapport.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Verify the fix</source>
        <translation>Vérifier la correction</translation>
    </message>
    <message>
        <source>Disconnect the VPN client and connect again: sessions that existed before Apply keep the old policy. Capture while it connects, the same way as before.</source>
        <translation>Déconnectez le client VPN et reconnectez-le : les sessions ouvertes avant Appliquer gardent l&apos;ancienne stratégie. Capturez pendant qu&apos;il se connecte, comme la première fois.</translation>
    </message>
</context>
</TS>
