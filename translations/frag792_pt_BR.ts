<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
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
        <translation>ISA Server 2004 / 2006 (Windows Server 2003): Monitor de Rede integrado</translation>
    </message>
    <message>
        <source>Forefront TMG (Windows Server 2008 or 2008 R2): Network Monitor 3.4</source>
        <translation>Forefront TMG (Windows Server 2008 ou 2008 R2): Network Monitor 3.4</translation>
    </message>
    <message>
        <source>Forefront TMG 2010 (Windows Server 2008 R2): netsh trace, no download</source>
        <translation>Forefront TMG 2010 (Windows Server 2008 R2): netsh trace, sem download</translation>
    </message>
    <message>
        <source>Windows 10 / 11 client: pktmon</source>
        <translation>Cliente Windows 10 / 11: pktmon</translation>
    </message>
    <message>
        <source>Commands to run on Windows</source>
        <translation>Comandos a executar no Windows</translation>
    </message>
    <message>
        <source>Filter by address, never by port, and capture whole packets.</source>
        <translation>Filtre por endereço, nunca por porta, e capture os pacotes inteiros.</translation>
    </message>
    <message>
        <source>The second and later pieces of a fragmented packet carry no port number, so a port filter throws away exactly the pieces frag792 needs. If you must limit the packet size, never go below 128 bytes per packet.</source>
        <translation>O segundo fragmento de um pacote fragmentado e os seguintes não têm número de porta, então um filtro por porta descarta justamente os fragmentos de que o frag792 precisa. Se precisar limitar o tamanho dos pacotes, nunca use menos de 128 bytes por pacote.</translation>
    </message>
    <message>
        <source>Where do you capture?</source>
        <translation>Onde você vai capturar?</translation>
    </message>
    <message>
        <source>VPN server&apos;s &amp;address:</source>
        <translation>&amp;Endereço do servidor VPN:</translation>
    </message>
    <message>
        <source>Client&apos;s public &amp;address:</source>
        <translation>&amp;Endereço público do cliente:</translation>
    </message>
    <message>
        <source>Install Microsoft Network Monitor 3.4 on the server (the x86 or x64 package that matches Windows).</source>
        <translation>Instale o Microsoft Network Monitor 3.4 no servidor (o pacote x86 ou x64 correspondente ao Windows).</translation>
    </message>
    <message>
        <source>Open a Command Prompt &lt;b&gt;as administrator&lt;/b&gt; and go to the Network Monitor folder (usually C:\Program Files\Microsoft Network Monitor 3).</source>
        <translation>Abra um Prompt de Comando &lt;b&gt;como administrador&lt;/b&gt; e vá para a pasta do Network Monitor (normalmente C:\Program Files\Microsoft Network Monitor 3).</translation>
    </message>
    <message>
        <source>Open a Command Prompt and go to the Network Monitor folder (usually C:\Program Files\Microsoft Network Monitor 3).</source>
        <translation>Abra um Prompt de Comando e vá para a pasta do Network Monitor (normalmente C:\Program Files\Microsoft Network Monitor 3).</translation>
    </message>
    <message>
        <source>Run the commands below, then connect from the client and wait for error 792 (or 90 seconds).</source>
        <translation>Execute os comandos abaixo, conecte a partir do cliente e aguarde o erro 792 (ou 90 segundos).</translation>
    </message>
    <message>
        <source>Press Ctrl+C. Copy C:\frag792\isa.cap to this computer and open it here.</source>
        <translation>Pressione Ctrl+C. Copie C:\frag792\isa.cap para este computador e abra-o aqui.</translation>
    </message>
    <message>
        <source>Control Panel → Add or Remove Programs → Add/Remove Windows Components → Management and Monitoring Tools → Details → tick &lt;b&gt;Network Monitor Tools&lt;/b&gt;.</source>
        <translation>Painel de controle → Adicionar ou remover programas → Adicionar/remover componentes do Windows → Ferramentas de gerenciamento e monitoração → Detalhes → marque &lt;b&gt;Ferramentas do Monitor de rede&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Start &lt;b&gt;Network Monitor&lt;/b&gt; from Administrative Tools. If asked, pick the network card that faces the Internet.</source>
        <translation>Inicie o &lt;b&gt;Monitor de rede&lt;/b&gt; nas Ferramentas administrativas. Se for solicitado, escolha a placa de rede voltada para a Internet.</translation>
    </message>
    <message>
        <source>Capture menu → &lt;b&gt;Filter&lt;/b&gt; → double-click &lt;b&gt;AND (Address Pairs)&lt;/b&gt; and enter the client&apos;s public address shown below.</source>
        <translation>Menu Captura → &lt;b&gt;Filtro&lt;/b&gt; → clique duas vezes em &lt;b&gt;AND (Address Pairs)&lt;/b&gt; e informe o endereço público do cliente mostrado abaixo.</translation>
    </message>
    <message>
        <source>Make the capture buffer larger than its default of 1 MB.</source>
        <translation>Aumente o buffer de captura além do padrão de 1 MB.</translation>
    </message>
    <message>
        <source>Capture → &lt;b&gt;Start&lt;/b&gt;, connect from the client, wait for error 792, then Capture → &lt;b&gt;Stop&lt;/b&gt;.</source>
        <translation>Captura → &lt;b&gt;Iniciar&lt;/b&gt;, conecte a partir do cliente, aguarde o erro 792 e depois Captura → &lt;b&gt;Parar&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>File → &lt;b&gt;Save As&lt;/b&gt;, save as a .cap file, copy it to this computer and open it here.</source>
        <translation>Arquivo → &lt;b&gt;Salvar como&lt;/b&gt;, salve como arquivo .cap, copie-o para este computador e abra-o aqui.</translation>
    </message>
    <message>
        <source>Open a Command Prompt &lt;b&gt;as administrator&lt;/b&gt; on the TMG server and run the first two commands.</source>
        <translation>Abra um Prompt de Comando &lt;b&gt;como administrador&lt;/b&gt; no servidor TMG e execute os dois primeiros comandos.</translation>
    </message>
    <message>
        <source>Connect from the client and wait for error 792 (or 90 seconds).</source>
        <translation>Conecte a partir do cliente e aguarde o erro 792 (ou 90 segundos).</translation>
    </message>
    <message>
        <source>Run &lt;b&gt;netsh trace stop&lt;/b&gt; and wait until it says it has finished.</source>
        <translation>Execute &lt;b&gt;netsh trace stop&lt;/b&gt; e aguarde até ele informar que terminou.</translation>
    </message>
    <message>
        <source>Convert the file with Microsoft&apos;s free etl2pcapng tool (github.com/microsoft/etl2pcapng, on the server or any Windows PC), then copy tmg.pcapng to this computer and open it here.</source>
        <translation>Converta o arquivo com a ferramenta gratuita etl2pcapng da Microsoft (github.com/microsoft/etl2pcapng, no servidor ou em qualquer PC com Windows) e depois copie tmg.pcapng para este computador e abra-o aqui.</translation>
    </message>
    <message>
        <source>Do not add filemode=single: files made that way cannot be converted. The trace has no address filter: keep it short on a busy server.</source>
        <translation>Não adicione filemode=single: arquivos criados assim não podem ser convertidos. O rastreamento não tem filtro de endereço: mantenha-o curto em um servidor movimentado.</translation>
    </message>
    <message>
        <source>Open a Command Prompt &lt;b&gt;as administrator&lt;/b&gt; (Windows 10 version 2004 or later, or Windows 11) and run the first four commands.</source>
        <translation>Abra um Prompt de Comando &lt;b&gt;como administrador&lt;/b&gt; (Windows 10 versão 2004 ou posterior, ou Windows 11) e execute os quatro primeiros comandos.</translation>
    </message>
    <message>
        <source>Connect to the VPN and wait for error 792. Then run the last two commands and open client.pcapng here.</source>
        <translation>Conecte-se à VPN e aguarde o erro 792. Depois execute os dois últimos comandos e abra client.pcapng aqui.</translation>
    </message>
    <message>
        <source>Keep --pkt-size 0: without it, pktmon keeps only the first 128 bytes of each packet. Keep --comp nics: otherwise pktmon records each packet at several points inside Windows.</source>
        <translation>Mantenha --pkt-size 0: sem ele, o pktmon guarda só os primeiros 128 bytes de cada pacote. Mantenha --comp nics: caso contrário, o pktmon registra cada pacote em vários pontos dentro do Windows.</translation>
    </message>
    <message>
        <source>If Windows says etl2pcap is unknown, use: pktmon pcapng C:\frag792\client.etl -o C:\frag792\client.pcapng</source>
        <translation>Se o Windows disser que etl2pcap é desconhecido, use: pktmon pcapng C:\frag792\client.etl -o C:\frag792\client.pcapng</translation>
    </message>
    <message>
        <source>frag792 cannot read .etl files (netsh trace, pktmon): only Windows can. Convert the file on Windows first, then open the result here.</source>
        <translation>O frag792 não lê arquivos .etl (netsh trace, pktmon): só o Windows lê. Converta o arquivo no Windows primeiro e depois abra o resultado aqui.</translation>
    </message>
    <message>
        <source>Use the command that fits the tool that made it:</source>
        <translation>Use o comando correspondente à ferramenta que o criou:</translation>
    </message>
    <message>
        <source>pktmon (Windows 10 1809 and later, Server 2019 and later): pktmon etl2pcap FILE.etl --out FILE.pcapng (version 2004 and later; older builds: pktmon pcapng FILE.etl -o FILE.pcapng)</source>
        <translation>pktmon (Windows 10 1809 ou posterior, Server 2019 ou posterior): pktmon etl2pcap ARQUIVO.etl --out ARQUIVO.pcapng (versão 2004 ou posterior; builds anteriores: pktmon pcapng ARQUIVO.etl -o ARQUIVO.pcapng)</translation>
    </message>
    <message>
        <source>netsh trace: etl2pcapng.exe FILE.etl FILE.pcapng (github.com/microsoft/etl2pcapng)</source>
        <translation>netsh trace: etl2pcapng.exe ARQUIVO.etl ARQUIVO.pcapng (github.com/microsoft/etl2pcapng)</translation>
    </message>
    <message>
        <source>or open the .etl in Network Monitor 3.4 and use File → Save As to save a .cap file</source>
        <translation>ou abra o .etl no Network Monitor 3.4 e use Arquivo → Salvar como para salvar um arquivo .cap</translation>
    </message>
</context>
<context>
    <name>CapturePage</name>
    <message>
        <source>S&amp;kip the capture: I already know &quot;Block IP fragments&quot; is on</source>
        <translation>P&amp;ular a captura: já sei que &quot;Block IP fragments&quot; está ativado</translation>
    </message>
    <message>
        <source>Confirm the cause with a capture</source>
        <translation>Confirme a causa com uma captura</translation>
    </message>
    <message>
        <source>Capture while a client tries to connect (best on the VPN server), or open a capture file. frag792 looks for fragmented IKE messages that are never answered.</source>
        <translation>Capture enquanto um cliente tenta se conectar (de preferência no servidor VPN) ou abra um arquivo de captura. O frag792 procura mensagens IKE fragmentadas que nunca são respondidas.</translation>
    </message>
    <message>
        <source>Click Next to clear &quot;Block IP fragments&quot; in the management console.</source>
        <translation>Clique em Próximo para desmarcar &quot;Block IP fragments&quot; no console de gerenciamento.</translation>
    </message>
    <message>
        <source>Click Next for the report.</source>
        <translation>Clique em Próximo para o relatório.</translation>
    </message>
    <message>
        <source>How to capture on the server or a Windows client</source>
        <translation>Como capturar no servidor ou em um cliente Windows</translation>
    </message>
    <message>
        <source>Click Next to confirm what the capture shows about the server.</source>
        <translation>Clique em Próximo para confirmar o que a captura mostra sobre o servidor.</translation>
    </message>
    <message>
        <source>Goes on to the console change without a capture; the report then says that no capture was analysed.</source>
        <translation>Segue para a alteração no console sem captura; o relatório informa então que nenhuma captura foi analisada.</translation>
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
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <source>Open capture &amp;file…</source>
        <translation>Abrir arquivo de captu&amp;ra…</translation>
    </message>
    <message>
        <source>Open sa&amp;mple</source>
        <translation>Abrir a&amp;mostra</translation>
    </message>
    <message>
        <source>Network interface to capture on</source>
        <translation>Interface de rede para capturar</translation>
    </message>
    <message>
        <source>Where this machine sits</source>
        <translation>Onde esta máquina está</translation>
    </message>
    <message>
        <source>This machine is the VPN server</source>
        <translation>Esta máquina é o servidor VPN</translation>
    </message>
    <message>
        <source>This machine is a VPN client</source>
        <translation>Esta máquina é um cliente VPN</translation>
    </message>
    <message>
        <source>A mirror port or tap between them</source>
        <translation>Uma porta espelhada ou tap entre eles</translation>
    </message>
    <message>
        <source>Not sure: let frag792 decide from the packets</source>
        <translation>Não sei: deixe o frag792 decidir pelos pacotes</translation>
    </message>
    <message>
        <source>Bundled sample captures</source>
        <translation>Capturas de amostra incluídas</translation>
    </message>
    <message>
        <source>Progress reading the capture file</source>
        <translation>Progresso da leitura do arquivo de captura</translation>
    </message>
    <message>
        <source>Capture live on this machine</source>
        <translation>Capturar ao vivo nesta máquina</translation>
    </message>
    <message>
        <source>&amp;Interface:</source>
        <translation>I&amp;nterface:</translation>
    </message>
    <message>
        <source>&amp;Where the capture is taken:</source>
        <translation>&amp;Onde a captura é feita:</translation>
    </message>
    <message>
        <source>Fragment &amp;arrival</source>
        <translation>Chegada de fr&amp;agmentos</translation>
    </message>
    <message>
        <source>&amp;Verdict and timeline</source>
        <translation>&amp;Veredito e linha do tempo</translation>
    </message>
    <message>
        <source>(likely)</source>
        <translation>(provável)</translation>
    </message>
    <message>
        <source>No capturable interface found</source>
        <translation>Nenhuma interface de captura encontrada</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lendo %1…</translation>
    </message>
    <message>
        <source>Capturing on %1. Now connect the VPN client and wait for the error (about a minute), then click Stop.</source>
        <translation>Capturando em %1. Agora conecte o cliente VPN e aguarde o erro (cerca de um minuto); depois clique em Parar.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n packet(s) analysed.</source>
        <translation>
            <numerusform>Concluído: %n pacote analisado.</numerusform>
            <numerusform>Concluído: %n pacotes analisados.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>O arquivo não existe.</translation>
    </message>
    <message>
        <source>The file ends in the middle of a packet; the packets before that were analysed.</source>
        <translation>O arquivo termina no meio de um pacote; os pacotes anteriores foram analisados.</translation>
    </message>
    <message>
        <source>The capture&apos;s link type is not supported.</source>
        <translation>O tipo de enlace da captura não é suportado.</translation>
    </message>
    <message>
        <source>The capture filter was rejected.</source>
        <translation>O filtro de captura foi rejeitado.</translation>
    </message>
    <message>
        <source>Capturing is not permitted: see the command above.</source>
        <translation>A captura não é permitida: veja o comando acima.</translation>
    </message>
    <message>
        <source>The interface does not exist (any more).</source>
        <translation>A interface não existe (mais).</translation>
    </message>
    <message>
        <source>The interface went down during the capture.</source>
        <translation>A interface caiu durante a captura.</translation>
    </message>
    <message>
        <source>The evidence file could not be written, so the report will not include it.</source>
        <translation>O arquivo de evidência não pôde ser gravado; o relatório não o incluirá.</translation>
    </message>
    <message>
        <source>The capture failed.</source>
        <translation>A captura falhou.</translation>
    </message>
    <message>
        <source>Open a capture file</source>
        <translation>Abrir um arquivo de captura</translation>
    </message>
    <message>
        <source>The sample could not be unpacked.</source>
        <translation>Não foi possível extrair a amostra.</translation>
    </message>
    <message>
        <source>The file cannot be read as a capture (pcap, pcapng or Network Monitor .cap).</source>
        <translation>O arquivo não pode ser lido como captura (pcap, pcapng ou .cap do Network Monitor).</translation>
    </message>
    <message>
        <source>The file ends inside its header; there is nothing to analyse.</source>
        <translation>O arquivo termina dentro do cabeçalho; não há nada para analisar.</translation>
    </message>
    <message>
        <source>The capture ended early; what arrived before that was analysed.</source>
        <translation>A captura terminou antes da hora; o que chegou até então foi analisado.</translation>
    </message>
    <message>
        <source>Captures (*.pcapng *.pcap *.cap *.etl);;All files (*)</source>
        <translation>Capturas (*.pcapng *.pcap *.cap *.etl);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Where the capture is taken decides which drops the verdict can see: on the VPN server, on a client, or on the path between them.</source>
        <translation>O local da captura decide quais descartes o veredito pode ver: no servidor VPN, em um cliente ou no caminho entre eles.</translation>
    </message>
    <message>
        <source>libpcap cannot read this file and frag792&apos;s reader of other formats (Network Monitor .cap) is missing or from another build: reinstall frag792.</source>
        <translation>A libpcap não consegue ler este arquivo e o leitor de outros formatos do frag792 (Network Monitor .cap) está ausente ou vem de outra compilação: reinstale o frag792.</translation>
    </message>
</context>
<context>
    <name>CapturePermissionPanel</name>
    <message>
        <source>&lt;b&gt;Live capture is not permitted for this program yet.&lt;/b&gt;</source>
        <translation>&lt;b&gt;A captura ao vivo ainda não é permitida para este programa.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Command that grants capture permission</source>
        <translation>Comando que concede a permissão de captura</translation>
    </message>
    <message>
        <source>&amp;Copy command</source>
        <translation>&amp;Copiar comando</translation>
    </message>
    <message>
        <source>You can still open a capture file or a sample.</source>
        <translation>Você ainda pode abrir um arquivo de captura ou uma amostra.</translation>
    </message>
    <message>
        <source>Only members of the group %1 may capture packets. Add yourself to the group %1 (an administrator runs the command below), then log out and log in again.</source>
        <translation>Somente membros do grupo %1 podem capturar pacotes. Adicione-se ao grupo %1 (um administrador executa o comando abaixo) e depois saia e entre novamente na sessão.</translation>
    </message>
    <message>
        <source>You are a member of the group %1, but this session started before you joined it. Log out and log in again, then start frag792.</source>
        <translation>Você é membro do grupo %1, mas esta sessão começou antes de você entrar nele. Saia e entre novamente na sessão e depois inicie o frag792.</translation>
    </message>
    <message>
        <source>The capture helper %1 is missing. Reinstall frag792.</source>
        <translation>O programa auxiliar de captura %1 não foi encontrado. Reinstale o frag792.</translation>
    </message>
    <message>
        <source>This user may not run the capture helper %1. Ask an administrator to check its owner and permissions.</source>
        <translation>Este usuário não pode executar o programa auxiliar de captura %1. Peça a um administrador que verifique o proprietário e as permissões dele.</translation>
    </message>
    <message>
        <source>Capturing packets needs the CAP_NET_RAW and CAP_NET_ADMIN capabilities. Grant them once to the capture helper (an administrator runs the command below), then start frag792 again. The wizard itself never needs to run as an administrator.</source>
        <translation>Capturar pacotes exige as capacidades CAP_NET_RAW e CAP_NET_ADMIN. Conceda-as uma vez ao programa auxiliar de captura (um administrador executa o comando abaixo) e inicie o frag792 de novo. O assistente em si nunca precisa rodar como administrador.</translation>
    </message>
</context>
<context>
    <name>CausePage</name>
    <message>
        <source>Why the connection times out</source>
        <translation>Por que a conexão expira</translation>
    </message>
    <message>
        <source>KB 838438: the firewall on the VPN server is set to block IP fragments.</source>
        <translation>KB 838438: o firewall do servidor VPN está configurado para bloquear fragmentos IP.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Before L2TP can start, the client and the server authenticate each other with IKE. In the fifth and sixth Main Mode messages they exchange certificates. These messages are larger than one packet (the MTU, usually 1500 bytes), so IP splits them into fragments.&lt;/p&gt;&lt;p&gt;Only the first fragment carries the UDP header with port 500 (or 4500). With &lt;b&gt;Block IP fragments&lt;/b&gt; turned on, ISA Server or TMG drops every fragment, the IKE message never arrives, and after about a minute of retransmissions the client reports Error 792.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Antes de o L2TP começar, o cliente e o servidor se autenticam com IKE. Na quinta e na sexta mensagens do Main Mode eles trocam certificados. Essas mensagens são maiores que um pacote (a MTU, normalmente 1500 bytes), então o IP as divide em fragmentos.&lt;/p&gt;&lt;p&gt;Só o primeiro fragmento leva o cabeçalho UDP com a porta 500 (ou 4500). Com &lt;b&gt;Block IP fragments&lt;/b&gt; ativado, o ISA Server ou o TMG descarta todos os fragmentos, a mensagem IKE nunca chega e, após cerca de um minuto de retransmissões, o cliente informa o erro 792.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Side effect worth knowing:&lt;/b&gt; blocking IP fragments also breaks Kerberos over UDP, whose tickets are often fragmented; Microsoft recommends not blocking fragments where domain members authenticate through the firewall. Clearing the option fixes both.</source>
        <translation>&lt;b&gt;Efeito colateral que vale saber:&lt;/b&gt; bloquear fragmentos IP também quebra o Kerberos sobre UDP, cujos tíquetes costumam ser fragmentados; a Microsoft recomenda não bloquear fragmentos onde membros do domínio se autenticam através do firewall. Desmarcar a opção resolve os dois.</translation>
    </message>
    <message>
        <source>You use a pre-shared key: messages 5 and 6 are small then, so this cause is unlikely. A capture on the next page shows whether anything is fragmented at all.</source>
        <translation>Você usa uma chave pré-compartilhada: nesse caso as mensagens 5 e 6 são pequenas e esta causa é improvável. A captura na próxima página mostra se há algo fragmentado.</translation>
    </message>
</context>
<context>
    <name>ConsoleLabel</name>
    <message>
        <source>Click Apply to save changes and update the configuration.</source>
        <translation>Clique em Aplicar para salvar as alterações e atualizar a configuração.</translation>
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
        <translation>Tarefas</translation>
    </message>
    <message>
        <source>Help Topics</source>
        <translation>Tópicos da Ajuda</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
    <message>
        <source>Saving Configuration Changes</source>
        <translation>Salvando alterações de configuração</translation>
    </message>
    <message>
        <source>Changes to the configuration were successfully saved.</source>
        <translation>As alterações na configuração foram salvas com êxito.</translation>
    </message>
    <message>
        <source>Firewall Policy Tasks</source>
        <translation>Tarefas de política de firewall</translation>
    </message>
    <message>
        <source>Related Tasks</source>
        <translation>Tarefas relacionadas</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoramento</translation>
    </message>
    <message>
        <source>Firewall Policy</source>
        <translation>Política de firewall</translation>
    </message>
    <message>
        <source>Virtual Private Networks (VPN)</source>
        <translation>Redes virtuais privadas (VPN)</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuração</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Redes</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Add-ins</source>
        <translation>Suplementos</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Servidores</translation>
    </message>
    <message>
        <source>Arrays</source>
        <translation>Matrizes</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Logs &amp; Reports</source>
        <translation>Logs e relatórios</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <source>Web Access Policy</source>
        <translation>Política de acesso à Web</translation>
    </message>
    <message>
        <source>Intrusion Prevention System</source>
        <translation>Sistema de prevenção de intrusões</translation>
    </message>
    <message>
        <source>Remote Access Policy (VPN)</source>
        <translation>Política de acesso remoto (VPN)</translation>
    </message>
    <message>
        <source>Update Center</source>
        <translation>Central de atualizações</translation>
    </message>
    <message>
        <source>IP Options</source>
        <translation>Opções de IP</translation>
    </message>
    <message>
        <source>IP Fragments</source>
        <translation>Fragmentos IP</translation>
    </message>
    <message>
        <source>IP Routing</source>
        <translation>Roteamento IP</translation>
    </message>
    <message>
        <source>IP Preferences</source>
        <translation>Preferências de IP</translation>
    </message>
    <message>
        <source>Additional Security Policy</source>
        <translation>Política de segurança adicional</translation>
    </message>
    <message>
        <source>Define IP Preferences</source>
        <translation>Definir preferências de IP</translation>
    </message>
    <message>
        <source>Configure IP Protection</source>
        <translation>Configurar proteção de IP</translation>
    </message>
    <message>
        <source>Configure IP Preferences</source>
        <translation>Configurar preferências de IP</translation>
    </message>
    <message>
        <source>Configure IP Options Filtering</source>
        <translation>Configurar filtragem de opções de IP</translation>
    </message>
    <message>
        <source>Enable Intrusion Detection and DNS Attack Detection</source>
        <translation>Habilitar detecção de intrusão e de ataques de DNS</translation>
    </message>
    <message>
        <source>Define RADIUS Servers</source>
        <translation>Definir servidores RADIUS</translation>
    </message>
    <message>
        <source>Define LDAP and RADIUS Servers</source>
        <translation>Definir servidores LDAP e RADIUS</translation>
    </message>
    <message>
        <source>Specify DiffServ Preferences</source>
        <translation>Especificar preferências de DiffServ</translation>
    </message>
    <message>
        <source>Configure Flood Mitigation Settings</source>
        <translation>Definir configurações de mitigação de inundação</translation>
    </message>
    <message>
        <source>Create Access Rule</source>
        <translation>Criar regra de acesso</translation>
    </message>
    <message>
        <source>Enable Intrusion Detection</source>
        <translation>Habilitar detecção de intrusão</translation>
    </message>
    <message>
        <source>Edit System Policy</source>
        <translation>Editar política do sistema</translation>
    </message>
    <message>
        <source>Network Inspection System (NIS)</source>
        <translation>Sistema de inspeção de rede (NIS)</translation>
    </message>
    <message>
        <source>Behavioral Intrusion Detection</source>
        <translation>Detecção de intrusão comportamental</translation>
    </message>
    <message>
        <source>Configure Detection Settings for Common Network Attacks</source>
        <translation>Definir configurações de detecção de ataques de rede comuns</translation>
    </message>
    <message>
        <source>ISA Server Management</source>
        <translation>Gerenciamento do ISA Server</translation>
    </message>
    <message>
        <source>Microsoft Internet Security and Acceleration Server 2006</source>
        <translation>Microsoft Internet Security and Acceleration Server 2006</translation>
    </message>
    <message>
        <source>Microsoft Forefront Threat Management Gateway, Medium Business Edition Management</source>
        <translation>Gerenciamento do Microsoft Forefront Threat Management Gateway, Medium Business Edition</translation>
    </message>
    <message>
        <source>Forefront TMG MBE Management</source>
        <translation>Gerenciamento do Forefront TMG MBE</translation>
    </message>
    <message>
        <source>Forefront TMG Management</source>
        <translation>Gerenciamento do Forefront TMG</translation>
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
        <translation>Habilitar filtragem de opções de IP</translation>
    </message>
    <message>
        <source>Deny packets with the selected IP options</source>
        <translation>Negar pacotes com as opções de IP selecionadas</translation>
    </message>
    <message>
        <source>Deny all packets with any IP option</source>
        <translation>Negar todos os pacotes com qualquer opção de IP</translation>
    </message>
    <message>
        <source>Deny packets with all except selected IP options</source>
        <translation>Negar pacotes com todas as opções de IP exceto as selecionadas</translation>
    </message>
    <message>
        <source>Enable IP routing</source>
        <translation>Habilitar roteamento IP</translation>
    </message>
</context>
<context>
    <name>ConsoleMimic</name>
    <message>
        <source>Next step</source>
        <translation>Próximo passo</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Dica</translation>
    </message>
    <message>
        <source>Console tree</source>
        <translation>Árvore do console</translation>
    </message>
    <message>
        <source>Task pane</source>
        <translation>Painel de tarefas</translation>
    </message>
    <message>
        <source>The change is already made.</source>
        <translation>A alteração já foi feita.</translation>
    </message>
    <message>
        <source>Not there. %1</source>
        <translation>Não é aí. %1</translation>
    </message>
    <message>
        <source>The console&apos;s tree, as on the server. Move to the highlighted node with the arrow keys; the instruction above the console says which one.</source>
        <translation>A árvore do console, como no servidor. Vá até o nó destacado com as teclas de seta; a instrução acima do console diz qual.</translation>
    </message>
    <message>
        <source>Firewall policy rules</source>
        <translation>Regras da política de firewall</translation>
    </message>
</context>
<context>
    <name>ConsoleScript</name>
    <message>
        <source>In the Enterprise Edition the setting belongs to the array: every server in %1 gets it. (The server you typed, %2, is a member of this array.)</source>
        <translation>Na Enterprise Edition a configuração pertence à matriz: todos os servidores de %1 a recebem. (O servidor que você digitou, %2, é membro desta matriz.)</translation>
    </message>
    <message>
        <source>In TMG 2010 &quot;Block IP fragments&quot; is off by default. If it is checked on this server, someone turned it on.</source>
        <translation>No TMG 2010, &quot;Block IP fragments&quot; vem desativado por padrão. Se estiver marcado neste servidor, alguém o ativou.</translation>
    </message>
    <message>
        <source>Done: the change is saved. Existing VPN sessions keep the old policy, so disconnect the VPN client and connect it again before you verify.</source>
        <translation>Pronto: a alteração foi salva. As sessões VPN existentes mantêm a política antiga; desconecte o cliente VPN e conecte-o de novo antes de verificar.</translation>
    </message>
    <message>
        <source>In the console tree, expand %1.</source>
        <translation>Na árvore do console, expanda %1.</translation>
    </message>
    <message>
        <source>In the console tree, click %1.</source>
        <translation>Na árvore do console, clique em %1.</translation>
    </message>
    <message>
        <source>In the details pane, click the %1 tab.</source>
        <translation>No painel de detalhes, clique na guia %1.</translation>
    </message>
    <message>
        <source>In the task pane, on the Tasks tab, click %1.</source>
        <translation>No painel de tarefas, na guia Tasks (Tarefas), clique em %1.</translation>
    </message>
    <message>
        <source>In the details pane, under %1, click %2.</source>
        <translation>No painel de detalhes, em %1, clique em %2.</translation>
    </message>
    <message>
        <source>In the details pane, click %1.</source>
        <translation>No painel de detalhes, clique em %1.</translation>
    </message>
    <message>
        <source>(Some builds label it %1.)</source>
        <translation>(Algumas versões o chamam de %1.)</translation>
    </message>
    <message>
        <source>Click the %1 tab.</source>
        <translation>Clique na guia %1.</translation>
    </message>
    <message>
        <source>Clear the %1 check box.</source>
        <translation>Desmarque a caixa de seleção %1.</translation>
    </message>
    <message>
        <source>Click %1 to close the dialog.</source>
        <translation>Clique em %1 para fechar a caixa de diálogo.</translation>
    </message>
    <message>
        <source>Click %1 to update the firewall policy.</source>
        <translation>Clique em %1 para atualizar a política de firewall.</translation>
    </message>
    <message>
        <source>Click %1 when the configuration is saved.</source>
        <translation>Clique em %1 quando a configuração estiver salva.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Passo %1 de %2: %3</translation>
    </message>
</context>
<context>
    <name>ElsewherePage</name>
    <message>
        <source>Error %1 is not the problem KB 838438 solves</source>
        <translation>O erro %1 não é o problema que o KB 838438 resolve</translation>
    </message>
    <message>
        <source>Blocked IP fragments make the client time out with 792; this error means something else.</source>
        <translation>Fragmentos IP bloqueados fazem o cliente expirar com o erro 792; este erro significa outra coisa.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Microsoft&apos;s message:&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;&lt;b&gt;How it differs from 792:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Where to look instead:&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;If the client later reports Error 792, start this wizard again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Mensagem da Microsoft:&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;&lt;b&gt;Como difere do 792:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Onde procurar:&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;Se o cliente depois informar o erro 792, inicie este assistente de novo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>KB 838438 does not apply to %1</source>
        <translation>O KB 838438 não se aplica a %1</translation>
    </message>
    <message>
        <source>Error 792 comes from an IKE negotiation, and only L2TP/IPsec uses IKE.</source>
        <translation>O erro 792 vem de uma negociação IKE, e só o L2TP/IPsec usa IKE.</translation>
    </message>
    <message>
        <source>&lt;p&gt;PPTP carries its control channel over TCP port 1723 and its data in GRE (IP protocol 47). There is no IKE negotiation and no certificate exchange, so blocked IP fragments cannot cause a security-negotiation timeout.&lt;/p&gt;&lt;p&gt;Check the connection&apos;s VPN type on the client: if it is set to &quot;Automatic&quot; Windows may have tried L2TP/IPsec first. Set it to L2TP/IPsec explicitly and run this wizard again if the client then reports 792.&lt;/p&gt;</source>
        <translation>&lt;p&gt;O PPTP leva o canal de controle pela porta TCP 1723 e os dados em GRE (protocolo IP 47). Não há negociação IKE nem troca de certificados, então fragmentos IP bloqueados não podem causar um tempo esgotado na negociação de segurança.&lt;/p&gt;&lt;p&gt;Verifique o tipo de VPN da conexão no cliente: se estiver em &quot;Automático&quot;, o Windows pode ter tentado L2TP/IPsec primeiro. Defina L2TP/IPsec explicitamente e execute este assistente de novo se o cliente então informar o erro 792.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;SSTP carries PPP inside HTTPS (TCP port 443). TCP segments its own data, so nothing is IP-fragmented and there is no IKE negotiation to time out.&lt;/p&gt;&lt;p&gt;Check the connection&apos;s VPN type on the client: if it is set to &quot;Automatic&quot; Windows may have tried L2TP/IPsec first. Set it to L2TP/IPsec explicitly and run this wizard again if the client then reports 792.&lt;/p&gt;</source>
        <translation>&lt;p&gt;O SSTP leva o PPP dentro de HTTPS (porta TCP 443). O TCP segmenta os próprios dados, então nada é fragmentado pelo IP e não há negociação IKE para expirar.&lt;/p&gt;&lt;p&gt;Verifique o tipo de VPN da conexão no cliente: se estiver em &quot;Automático&quot;, o Windows pode ter tentado L2TP/IPsec primeiro. Defina L2TP/IPsec explicitamente e execute este assistente de novo se o cliente então informar o erro 792.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>EnvironmentPage</name>
    <message>
        <source>Describe the VPN server</source>
        <translation>Descreva o servidor VPN</translation>
    </message>
    <message>
        <source>The answers decide whether KB 838438 applies and which console the resolution shows.</source>
        <translation>As respostas decidem se o KB 838438 se aplica e qual console a resolução mostra.</translation>
    </message>
    <message>
        <source>Firewall product on the VPN server</source>
        <translation>Produto de firewall no servidor VPN</translation>
    </message>
    <message>
        <source>Choose the product…</source>
        <translation>Escolha o produto…</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nome do servidor</translation>
    </message>
    <message>
        <source>e.g. ISA01 (as shown in the console tree)</source>
        <translation>ex.: ISA01 (como aparece na árvore do console)</translation>
    </message>
    <message>
        <source>Array name</source>
        <translation>Nome da matriz</translation>
    </message>
    <message>
        <source>e.g. Main Array</source>
        <translation>ex.: Main Array</translation>
    </message>
    <message>
        <source>&amp;Array name:</source>
        <translation>Nome da &amp;matriz:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Produto:</translation>
    </message>
    <message>
        <source>&amp;Server name:</source>
        <translation>Nome do &amp;servidor:</translation>
    </message>
    <message>
        <source>VPN protocol the client uses</source>
        <translation>Protocolo VPN usado pelo cliente</translation>
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
        <translation>Autenticação IPsec</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <source>Pre-shared key</source>
        <translation>Chave pré-compartilhada</translation>
    </message>
    <message>
        <source>KB 838438 does not name TMG 2010, but the same setting exists there (Intrusion Prevention System). It is off by default, so check whether someone turned it on.</source>
        <translation>O KB 838438 não cita o TMG 2010, mas a mesma configuração existe nele (Sistema de prevenção de intrusões). Ela vem desativada por padrão; verifique se alguém a ativou.</translation>
    </message>
    <message>
        <source>In the Enterprise Edition the setting belongs to the array, not to one server.</source>
        <translation>Na Enterprise Edition a configuração pertence à matriz, não a um único servidor.</translation>
    </message>
    <message>
        <source>L2TP/IPsec negotiates with IKE first; that is where Error 792 comes from.</source>
        <translation>O L2TP/IPsec negocia primeiro com IKE; é daí que vem o erro 792.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This KB does not apply:&lt;/b&gt; PPTP uses TCP 1723 and GRE, never IKE, so it cannot produce a security-negotiation timeout.</source>
        <translation>&lt;b&gt;Este KB não se aplica:&lt;/b&gt; o PPTP usa TCP 1723 e GRE, nunca IKE, então não pode gerar um tempo esgotado na negociação de segurança.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This KB does not apply:&lt;/b&gt; SSTP runs inside HTTPS (TCP 443), never IKE, and TCP is not IP-fragmented this way.</source>
        <translation>&lt;b&gt;Este KB não se aplica:&lt;/b&gt; o SSTP roda dentro de HTTPS (TCP 443), nunca IKE, e o TCP não é fragmentado pelo IP dessa forma.</translation>
    </message>
    <message>
        <source>With a pre-shared key, Main Mode messages 5 and 6 carry only a small hash (well under 100 bytes), so they are rarely fragmented and this KB is unlikely to be the cause. The capture will tell.</source>
        <translation>Com chave pré-compartilhada, as mensagens 5 e 6 do Main Mode levam só um pequeno hash (bem menos de 100 bytes), então raramente são fragmentadas e este KB dificilmente é a causa. A captura vai dizer.</translation>
    </message>
    <message>
        <source>With certificates, Main Mode messages 5 and 6 carry the certificate chain (often 2 to 4 KB), larger than one packet: they are IP-fragmented.</source>
        <translation>Com certificados, as mensagens 5 e 6 do Main Mode levam a cadeia de certificados (muitas vezes de 2 a 4 KB), maior que um pacote: elas são fragmentadas pelo IP.</translation>
    </message>
    <message>
        <source>Clear the server name</source>
        <translation>Limpar o nome do servidor</translation>
    </message>
    <message>
        <source>The capture shows IKE version 1, so the client uses L2TP/IPsec.</source>
        <translation>A captura mostra IKE versão 1, então o cliente usa L2TP/IPsec.</translation>
    </message>
    <message>
        <source>Certificates were requested or sent, so IPsec authenticates with certificates.</source>
        <translation>Certificados foram solicitados ou enviados, então o IPsec autentica com certificados.</translation>
    </message>
    <message>
        <source>Main Mode went past message 4 without a certificate request, so IPsec most likely uses a pre-shared key.</source>
        <translation>O Main Mode passou da mensagem 4 sem solicitação de certificado, então o IPsec muito provavelmente usa uma chave pré-compartilhada.</translation>
    </message>
    <message>
        <source>Filled in from the capture (change an answer if the capture is not of this server&apos;s VPN):</source>
        <translation>Preenchido a partir da captura (altere uma resposta se a captura não for da VPN deste servidor):</translation>
    </message>
</context>
<context>
    <name>EvidenceLogPanel</name>
    <message>
        <source>Cancel reading</source>
        <translation>Cancelar a leitura</translation>
    </message>
    <message>
        <source>Open the client&apos;s event &amp;log...</source>
        <translation>Abrir o &amp;log de eventos do cliente...</translation>
    </message>
    <message>
        <source>Open an ISA/TMG &amp;firewall log...</source>
        <translation>Abrir um log de &amp;firewall do ISA/TMG...</translation>
    </message>
    <message>
        <source>Open the client&apos;s event log</source>
        <translation>Abrir o log de eventos do cliente</translation>
    </message>
    <message>
        <source>Open an ISA/TMG firewall log</source>
        <translation>Abrir um log de firewall do ISA/TMG</translation>
    </message>
    <message>
        <source>Optional: an exported event log (.evtx, Event Viewer XML, wevtutil text or CSV) shows the error RasClient 20227 recorded and how far Main Mode got.</source>
        <translation>Opcional: um log de eventos exportado (.evtx, XML do Visualizador de Eventos, texto do “wevtutil” ou CSV) mostra o erro que o RasClient 20227 registrou e até onde o modo principal chegou.</translation>
    </message>
    <message>
        <source>Optional, beside or instead of a capture: a W3C firewall log file, or the log viewer&apos;s copy or export. Logs kept in MSDE or SQL are databases: in ISA/TMG Management open Monitoring &gt; Logging, filter, then select the rows and copy them (Ctrl+C) into a text file, or export them.</source>
        <translation>Opcional, junto com uma captura ou em vez dela: um arquivo de log de firewall W3C, ou a cópia ou exportação do visualizador de logs. Logs guardados no MSDE ou SQL são bancos de dados: no gerenciamento do ISA/TMG abra Monitoramento &gt; Log, filtre, selecione as linhas e copie-as (Ctrl+C) para um arquivo de texto, ou exporte-as.</translation>
    </message>
    <message>
        <source>Log reading progress</source>
        <translation>Progresso da leitura do log</translation>
    </message>
    <message>
        <source>Cancel reading the log</source>
        <translation>Cancelar a leitura do log</translation>
    </message>
    <message>
        <source>What the log shows</source>
        <translation>O que o log mostra</translation>
    </message>
    <message>
        <source>Open an event log</source>
        <translation>Abrir um log de eventos</translation>
    </message>
    <message>
        <source>Open a firewall log</source>
        <translation>Abrir um log de firewall</translation>
    </message>
    <message>
        <source>Logs (*.evtx *.evt *.xml *.txt *.csv *.log *.w3c *.tsv);;All files (*)</source>
        <translation>Logs (*.evtx *.evt *.xml *.txt *.csv *.log *.w3c *.tsv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>Lendo %1...</translation>
    </message>
    <message>
        <source>Not a log frag792 can read (Windows event log, WFP net events, oakley.log or ISA/TMG firewall log): %1</source>
        <translation>Não é um log que o frag792 consiga ler (log de eventos do Windows, eventos de rede do WFP, oakley.log ou log de firewall do ISA/TMG): %1</translation>
    </message>
    <message>
        <source>Reading cancelled after %1 of %2 bytes; what was read so far is kept.</source>
        <translation>Leitura cancelada após %1 de %2 bytes; o que foi lido até agora é mantido.</translation>
    </message>
    <message>
        <source>Read %1.</source>
        <translation>%1 lido.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) recognised.</source>
        <translation>
            <numerusform>%n item reconhecido.</numerusform>
            <numerusform>%n itens reconhecidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading stopped early: %1</source>
        <translation>A leitura parou antes do fim: %1</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>IKE SA between %1 (initiator) and %2 (responder) completed.</source>
        <translation>A IKE SA entre %1 (iniciador) e %2 (respondedor) foi concluída.</translation>
    </message>
    <message>
        <source>IKE SA between %1 (initiator) and %2 (responder) was established before the capture started.</source>
        <translation>A IKE SA entre %1 (iniciador) e %2 (respondedor) já estava estabelecida antes do início da captura.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln IKE messages arrived in IP fragments and were answered: fragments get through.</source>
        <translation>
            <numerusform>%Ln mensagem IKE chegou em fragmentos IP e foi respondida: os fragmentos passam.</numerusform>
            <numerusform>%Ln mensagens IKE chegaram em fragmentos IP e foram respondidas: os fragmentos passam.</numerusform>
        </translation>
    </message>
    <message>
        <source>The peers used IKE-level fragmentation, so no IP fragments were needed.</source>
        <translation>Os pares usaram fragmentação IKE, então nenhum fragmento IP foi necessário.</translation>
    </message>
    <message>
        <source>After phase 1: %1.</source>
        <translation>Após a fase 1: %1.</translation>
    </message>
    <message>
        <source>IKE SA between %1 (initiator) and %2 (responder) stalled at %3 (%4 bytes of IKE, sent by the initiator).</source>
        <translation>A IKE SA entre %1 (iniciador) e %2 (respondedor) parou em %3 (%4 bytes de IKE, enviados pelo iniciador).</translation>
    </message>
    <message>
        <source>IKE SA between %1 (initiator) and %2 (responder) stalled at %3 (%4 bytes of IKE, sent by the responder).</source>
        <translation>A IKE SA entre %1 (iniciador) e %2 (respondedor) parou em %3 (%4 bytes de IKE, enviados pelo respondedor).</translation>
    </message>
    <message>
        <source>%1 left complete in %2 IP fragments (largest fragment %3 bytes).</source>
        <translation>%1 saiu completa em %2 fragmentos IP (maior fragmento: %3 bytes).</translation>
    </message>
    <message>
        <source>%1 arrived complete in %2 IP fragments (largest fragment %3 bytes).</source>
        <translation>%1 chegou completa em %2 fragmentos IP (maior fragmento: %3 bytes).</translation>
    </message>
    <message>
        <source>%1 fitted in one packet (not IP-fragmented).</source>
        <translation>%1 coube em um só pacote (sem fragmentação IP).</translation>
    </message>
    <message numerus="yes">
        <source>%1 was retransmitted %Ln times over %2 s.</source>
        <translation>
            <numerusform>%1 foi retransmitida uma vez, %2 s depois.</numerusform>
            <numerusform>%1 foi retransmitida %Ln vezes em %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not retransmitted before the capture ended (%2 s later); a longer capture makes the verdict firmer.</source>
        <translation>%1 não foi retransmitida antes do fim da captura (%2 s depois); uma captura mais longa deixa o veredito mais firme.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln datagrams from %1 to %2 never completed: some of their fragments never arrived.</source>
        <translation>
            <numerusform>%Ln datagrama de %1 para %2 nunca se completou: alguns de seus fragmentos nunca chegaram.</numerusform>
            <numerusform>%Ln datagramas de %1 para %2 nunca se completaram: alguns de seus fragmentos nunca chegaram.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The answer %1 arrived complete in %Ln IP fragments, yet the initiator kept repeating %2.</source>
        <translation>
            <numerusform>A resposta %1 chegou em um só pacote, mas o iniciador continuou repetindo %2.</numerusform>
            <numerusform>A resposta %1 chegou completa em %Ln fragmentos IP, mas o iniciador continuou repetindo %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The answer %1 was sent in %Ln IP fragments, yet the initiator kept repeating %2.</source>
        <translation>
            <numerusform>A resposta %1 foi enviada em um só pacote, mas o iniciador continuou repetindo %2.</numerusform>
            <numerusform>A resposta %1 foi enviada em %Ln fragmentos IP, mas o iniciador continuou repetindo %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer to %1 was seen.</source>
        <translation>Nenhuma resposta a %1 foi vista.</translation>
    </message>
    <message>
        <source>The initiator&apos;s next message (%1) never arrived here.</source>
        <translation>A próxima mensagem do iniciador (%1) nunca chegou aqui.</translation>
    </message>
    <message>
        <source>A certificate request was exchanged, so %1 carries certificates and is expected to exceed the MTU.</source>
        <translation>Uma solicitação de certificado foi trocada, então %1 leva certificados e deve exceder a MTU.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln datagrams from the initiator arrived with fragments missing.</source>
        <translation>
            <numerusform>%Ln datagrama do iniciador chegou com fragmentos faltando.</numerusform>
            <numerusform>%Ln datagramas do iniciador chegaram com fragmentos faltando.</numerusform>
        </translation>
    </message>
    <message>
        <source>Capture point: %1, %2.</source>
        <translation>Ponto de captura: %1, %2.</translation>
    </message>
    <message>
        <source>No IKE message on UDP 500 or 4500 was decoded.</source>
        <translation>Nenhuma mensagem IKE em UDP 500 ou 4500 foi decodificada.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fragmented datagrams to or from UDP 500/4500 never completed.</source>
        <translation>
            <numerusform>%Ln datagrama fragmentado de ou para UDP 500/4500 nunca se completou.</numerusform>
            <numerusform>%Ln datagramas fragmentados de ou para UDP 500/4500 nunca se completaram.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 IKE SAs seen, %Ln did not complete; the most specific finding is shown.</source>
        <translation>
            <numerusform>%1 IKE SAs vistas, %Ln não foi concluída; o achado mais específico é mostrado.</numerusform>
            <numerusform>%1 IKE SAs vistas, %Ln não foram concluídas; o achado mais específico é mostrado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln datagrams on UDP 500/4500 were not valid IKE (see malformed).</source>
        <translation>
            <numerusform>%Ln datagrama em UDP 500/4500 não era IKE válido (veja Malformados).</numerusform>
            <numerusform>%Ln datagramas em UDP 500/4500 não eram IKE válido (veja Malformados).</numerusform>
        </translation>
    </message>
    <message>
        <source>completed</source>
        <translation>concluída</translation>
    </message>
    <message>
        <source>established before the capture started</source>
        <translation>estabelecida antes do início da captura</translation>
    </message>
    <message>
        <source>stalled at %1</source>
        <translation>parada em %1</translation>
    </message>
    <message>
        <source>stalled after %1: %2 never arrived</source>
        <translation>parada após %1: %2 nunca chegou</translation>
    </message>
    <message>
        <source>Quick Mode (phase 2) was started but never answered: an IPsec policy or ESP problem, not a fragment problem</source>
        <translation>O Quick Mode (fase 2) foi iniciado, mas nunca respondido: um problema de política IPsec ou de ESP, não de fragmentos</translation>
    </message>
    <message>
        <source>CREATE_CHILD_SA was never answered: a child SA problem, not a fragment problem</source>
        <translation>CREATE_CHILD_SA nunca foi respondido: um problema de SA filha, não de fragmentos</translation>
    </message>
    <message>
        <source>an error notification (type %1) followed the completed phase 1</source>
        <translation>uma notificação de erro (tipo %1) seguiu a fase 1 concluída</translation>
    </message>
    <message>
        <source>stated by the user (%1)</source>
        <translation>informado pelo usuário (%1)</translation>
    </message>
    <message>
        <source>the responder %1 is one of the addresses of interface %2</source>
        <translation>o respondedor %1 é um dos endereços da interface %2</translation>
    </message>
    <message>
        <source>the responder %1 is the address given with --server</source>
        <translation>o respondedor %1 é o endereço informado com --server</translation>
    </message>
    <message>
        <source>the initiator %1 is one of the addresses of interface %2</source>
        <translation>o iniciador %1 é um dos endereços da interface %2</translation>
    </message>
    <message>
        <source>the initiator %1 is the address given with --server</source>
        <translation>o iniciador %1 é o endereço informado com --server</translation>
    </message>
    <message>
        <source>neither peer is one of the addresses of interface %1</source>
        <translation>nenhum dos pares tem um endereço da interface %1</translation>
    </message>
    <message>
        <source>neither peer is the address given with --server (%1)</source>
        <translation>nenhum dos pares tem o endereço informado com --server (%1)</translation>
    </message>
    <message>
        <source>only one side of the exchange was captured, so TTLs cannot be compared</source>
        <translation>só um lado da troca foi capturado, então os TTLs não podem ser comparados</translation>
    </message>
    <message>
        <source>inferred from TTLs (initiator TTL %1, responder TTL %2): the responder&apos;s packets had not crossed a router yet</source>
        <translation>deduzido dos TTLs (TTL do iniciador %1, TTL do respondedor %2): os pacotes do respondedor ainda não tinham passado por um roteador</translation>
    </message>
    <message>
        <source>inferred from TTLs (initiator TTL %1, responder TTL %2): the initiator&apos;s packets had not crossed a router yet</source>
        <translation>deduzido dos TTLs (TTL do iniciador %1, TTL do respondedor %2): os pacotes do iniciador ainda não tinham passado por um roteador</translation>
    </message>
    <message>
        <source>inferred from TTLs (initiator TTL %1, responder TTL %2): both sides&apos; packets had crossed a router</source>
        <translation>deduzido dos TTLs (TTL do iniciador %1, TTL do respondedor %2): os pacotes dos dois lados tinham passado por um roteador</translation>
    </message>
    <message>
        <source>TTLs do not tell (initiator TTL %1, responder TTL %2); use --server ADDR or state where the capture was taken</source>
        <translation>os TTLs não permitem concluir (TTL do iniciador %1, TTL do respondedor %2); use --server ADDR ou informe onde a captura foi feita</translation>
    </message>
    <message>
        <source>as the user stated</source>
        <translation>conforme informado pelo usuário</translation>
    </message>
    <message>
        <source>The verdict assumes the capture was taken %1 (%2), but the TTLs say it was taken at the server (initiator TTL %3, responder TTL %4: the responder&apos;s packets had not crossed a router yet). %5</source>
        <translation>O veredito supõe que a captura foi feita %1 (%2), mas os TTLs indicam que ela foi feita no servidor (TTL do iniciador %3, TTL do respondedor %4: os pacotes do respondedor ainda não tinham passado por um roteador). %5</translation>
    </message>
    <message>
        <source>The verdict assumes the capture was taken %1 (%2), but the TTLs say it was taken at the client (initiator TTL %3, responder TTL %4: the initiator&apos;s packets had not crossed a router yet). %5</source>
        <translation>O veredito supõe que a captura foi feita %1 (%2), mas os TTLs indicam que ela foi feita no cliente (TTL do iniciador %3, TTL do respondedor %4: os pacotes do iniciador ainda não tinham passado por um roteador). %5</translation>
    </message>
    <message>
        <source>The verdict assumes the capture was taken %1 (%2), but the TTLs say it was taken on the path between client and server (initiator TTL %3, responder TTL %4: both sides&apos; packets had crossed a router). %5</source>
        <translation>O veredito supõe que a captura foi feita %1 (%2), mas os TTLs indicam que ela foi feita no caminho entre o cliente e o servidor (TTL do iniciador %3, TTL do respondedor %4: os pacotes dos dois lados tinham passado por um roteador). %5</translation>
    </message>
    <message>
        <source>If the TTLs are right, the verdict is %1.</source>
        <translation>Se os TTLs estiverem certos, o veredito é %1.</translation>
    </message>
    <message>
        <source>The verdict is the same either way.</source>
        <translation>O veredito é o mesmo nos dois casos.</translation>
    </message>
    <message>
        <source>server</source>
        <translation>servidor</translation>
    </message>
    <message>
        <source>at the server</source>
        <translation>no servidor</translation>
    </message>
    <message>
        <source>client</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>at the client</source>
        <translation>no cliente</translation>
    </message>
    <message>
        <source>path</source>
        <translation>caminho</translation>
    </message>
    <message>
        <source>on the path between client and server</source>
        <translation>no caminho entre o cliente e o servidor</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>at an unknown point</source>
        <translation>em um ponto desconhecido</translation>
    </message>
    <message>
        <source>The authentication method chosen in MM2 is %2, so %1 carries a certificate and is expected to exceed the MTU.</source>
        <translation>O método de autenticação escolhido no MM2 é %2, então %1 leva um certificado e deve exceder a MTU.</translation>
    </message>
    <message>
        <source>Every authentication method offered in MM1 (%2) uses certificates, so %1 carries one and is expected to exceed the MTU.</source>
        <translation>Todos os métodos de autenticação oferecidos no MM1 (%2) usam certificados, então %1 leva um e deve exceder a MTU.</translation>
    </message>
    <message>
        <source>An IKE_AUTH message of this SA was too large for pre-shared-key authentication, so %1 carries certificates and is expected to exceed the MTU.</source>
        <translation>Uma mensagem IKE_AUTH desta SA era grande demais para autenticação com chave pré-compartilhada, então %1 leva certificados e deve exceder a MTU.</translation>
    </message>
    <message>
        <source>RasClient 20221: dialing started (VPN strategy %1).</source>
        <translation>RasClient 20221: discagem iniciada (estratégia de VPN %1).</translation>
    </message>
    <message>
        <source>RasClient 20222: connecting on device %1.</source>
        <translation>RasClient 20222: conectando pelo dispositivo %1.</translation>
    </message>
    <message>
        <source>RasClient 20225: the connection was established.</source>
        <translation>RasClient 20225: a conexão foi estabelecida.</translation>
    </message>
    <message>
        <source>RasClient 20227: the connection failed with error %1 (%2).</source>
        <translation>RasClient 20227: a conexão falhou com o erro %1 (%2).</translation>
    </message>
    <message>
        <source>%1: IPsec Main Mode failed between %2 and %3; state %4, role %5, failure code %6.</source>
        <translation>%1: o modo principal do IPsec falhou entre %2 e %3; estado %4, função %5, código de falha %6.</translation>
    </message>
    <message>
        <source>oakley.log: a message of %1 bytes arrived from %2 where its IKE header said %3 bytes.</source>
        <translation>oakley.log: chegou de %2 uma mensagem de %1 bytes cujo cabeçalho IKE indicava %3 bytes.</translation>
    </message>
    <message>
        <source>oakley.log: the negotiation with %1 timed out or got no response.</source>
        <translation>oakley.log: a negociação com %1 expirou ou não teve resposta.</translation>
    </message>
    <message>
        <source>Firewall log row %1: an IP fragment from %2 to %3 was dropped (0xC0040013 FWX_E_FRAGMENT_PACKET_DROPPED, &quot;Block IP fragments&quot;).</source>
        <translation>Log do firewall, linha %1: um fragmento IP de %2 para %3 foi descartado (0xC0040013 FWX_E_FRAGMENT_PACKET_DROPPED, &quot;Block IP fragments&quot;).</translation>
    </message>
    <message>
        <source>Firewall log row %1: a packet from %2 to %3 was dropped with %4 (%5); that is not the fragment drop of KB 838438.</source>
        <translation>Log do firewall, linha %1: um pacote de %2 para %3 foi descartado com %4 (%5); não é o descarte de fragmentos do KB 838438.</translation>
    </message>
    <message>
        <source>Firewall log row %1: IKE traffic from %2 to %3 (%4).</source>
        <translation>Log do firewall, linha %1: tráfego IKE de %2 para %3 (%4).</translation>
    </message>
    <message>
        <source>This verdict comes from logs alone: no packet was analysed.</source>
        <translation>Este veredito vem apenas de logs: nenhum pacote foi analisado.</translation>
    </message>
    <message>
        <source>The firewall log %1 has no row with 0xC0040013 (%2 rows, %3 of them dropped packets). That proves nothing: logging of dropped packets may be off.</source>
        <translation>O log do firewall %1 não tem nenhuma linha com 0xC0040013 (%2 linhas, %3 delas pacotes descartados). Isso não prova nada: o registro de pacotes descartados pode estar desativado.</translation>
    </message>
    <message>
        <source>The firewall log %1 has no result-code column, so it cannot show dropped fragments; export it with the Result Code column.</source>
        <translation>O log do firewall %1 não tem coluna de código de resultado, portanto não pode mostrar fragmentos descartados; exporte-o com a coluna Result Code.</translation>
    </message>
    <message>
        <source>%1 gives the exporting machine&apos;s local time in an unknown zone: its items are not placed on the capture&apos;s timeline.</source>
        <translation>%1 traz a hora local da máquina que exportou, em fuso desconhecido: seus itens não são colocados na linha do tempo da captura.</translation>
    </message>
    <message>
        <source>%1 gives times in UTC, so they line up with a capture&apos;s packet times.</source>
        <translation>%1 traz os horários em UTC, portanto alinham com os horários dos pacotes de uma captura.</translation>
    </message>
    <message>
        <source>The logs agree with the packets: they alone would say %1.</source>
        <translation>Os logs concordam com os pacotes: sozinhos diriam %1.</translation>
    </message>
    <message>
        <source>The logs alone would say %1, the packets say %2. The verdict follows the packets; check that the log and the capture show the same attempt.</source>
        <translation>Os logs sozinhos diriam %1, os pacotes dizem %2. O veredito segue os pacotes; verifique se o log e a captura mostram a mesma tentativa.</translation>
    </message>
    <message>
        <source>A log item points away from blocked fragments: %1</source>
        <translation>Um item do log aponta para longe de fragmentos bloqueados: %1</translation>
    </message>
    <message>
        <source>%1 could not be used as evidence: %2.</source>
        <translation>%1 não pôde ser usado como evidência: %2.</translation>
    </message>
    <message>
        <source>The client&apos;s log shows error %1 but not where Main Mode stopped; turn on IPsec auditing (event 4653) or capture to locate the failure.</source>
        <translation>O log do cliente mostra o erro %1, mas não onde o modo principal parou; ative a auditoria de IPsec (evento 4653) ou faça uma captura para localizar a falha.</translation>
    </message>
    <message>
        <source>Log items more than 10 minutes away from the capture: %1. They are not from the same connection attempt and were not weighed against the packets.</source>
        <translation>Itens do log a mais de 10 minutos da captura: %1. Não são da mesma tentativa de conexão e não foram confrontados com os pacotes.</translation>
    </message>
</context>
<context>
    <name>FragmentChartView</name>
    <message>
        <source>Chart of IP fragments and IKE messages over time</source>
        <translation>Gráfico de fragmentos IP e mensagens IKE ao longo do tempo</translation>
    </message>
    <message>
        <source>Packets: %1 · IP fragments: %2 · reassembled: %3 · incomplete: %4 · IKE messages: %5 · retransmissions: %6 · answers: %7 · kernel drops: %8</source>
        <translation>Pacotes: %1 · fragmentos IP: %2 · remontados: %3 · incompletos: %4 · mensagens IKE: %5 · retransmissões: %6 · respostas: %7 · descartes do kernel: %8</translation>
    </message>
    <message>
        <source>Per second during the capture: IP fragments, reassembled IKE messages, incomplete datagrams, retransmissions and answers. The counts below the chart and the verdict tab say the same in words.</source>
        <translation>Por segundo durante a captura: fragmentos IP, mensagens IKE remontadas, datagramas incompletos, retransmissões e respostas. Os contadores abaixo do gráfico e a aba do veredito dizem o mesmo em palavras.</translation>
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
        <translation>O cliente envia a mensagem 5 do Main Mode em três fragmentos IP. Só o primeiro leva a porta UDP. O firewall bloqueia fragmentos IP, então nenhum chega ao serviço VPN; o cliente retransmite e por fim informa o erro 792.</translation>
    </message>
    <message>
        <source>IKE Main Mode message 5 (with certificate) is larger than the MTU</source>
        <translation>A mensagem 5 do IKE Main Mode (com certificado) é maior que a MTU</translation>
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
        <translation>Serviço VPN
(IKE, UDP 500/4500)</translation>
    </message>
    <message>
        <source>ISA Server / Forefront TMG: the firewall has &quot;Block IP fragments&quot; on</source>
        <translation>ISA Server / Forefront TMG: o firewall está com &quot;Block IP fragments&quot; ativado</translation>
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
IP + dados (sem porta)</translation>
    </message>
    <message>
        <source>Fragment 3
IP + data (no port)</source>
        <translation>Fragmento 3
IP + dados (sem porta)</translation>
    </message>
    <message>
        <source>No answer (MM6) comes back. The client sends MM5 again after about 1, 2, 4, 8 and 16 seconds, then gives up: Error 792.</source>
        <translation>Nenhuma resposta (MM6) volta. O cliente reenvia a MM5 após cerca de 1, 2, 4, 8 e 16 segundos e então desiste: erro 792.</translation>
    </message>
</context>
<context>
    <name>IpPreferencesDialogMimic</name>
    <message>
        <source>IP options</source>
        <translation>Opções de IP</translation>
    </message>
</context>
<context>
    <name>LookAlikeError</name>
    <message>
        <source>The L2TP connection attempt failed because security negotiation timed out.</source>
        <translation>A tentativa de conexão L2TP falhou porque a negociação de segurança atingiu o tempo limite.</translation>
    </message>
    <message>
        <source>The client waited about a minute and gave up: its large IKE message (Main Mode 5 or 6, carrying the certificate) was never answered. Typical cause: a firewall blocks IP fragments.</source>
        <translation>O cliente esperou cerca de um minuto e desistiu: sua mensagem IKE grande (Main Mode 5 ou 6, com o certificado) nunca foi respondida. Causa típica: um firewall bloqueia fragmentos IP.</translation>
    </message>
    <message>
        <source>Access was denied because the username and/or password was invalid on the domain.</source>
        <translation>O acesso foi negado porque o nome de usuário e/ou a senha não são válidos no domínio.</translation>
    </message>
    <message>
        <source>IPsec worked: the error comes after the tunnel is up, during user (PPP) authentication.</source>
        <translation>O IPsec funcionou: o erro vem depois que o túnel está ativo, na autenticação do usuário (PPP).</translation>
    </message>
    <message>
        <source>Check the user name, password and domain, the account&apos;s dial-in permission and the remote access policy on the server. IP fragments are not involved.</source>
        <translation>Verifique o nome de usuário, a senha e o domínio, a permissão de discagem da conta e a política de acesso remoto no servidor. Fragmentos IP não estão envolvidos.</translation>
    </message>
    <message>
        <source>A certificate could not be found. Connections that use the L2TP protocol over IPSec require the installation of a machine certificate, also known as a computer certificate.</source>
        <translation>Não foi possível localizar um certificado. As conexões que usam o protocolo L2TP sobre IPSec exigem a instalação de um certificado de máquina, também conhecido como certificado de computador.</translation>
    </message>
    <message>
        <source>The client fails at once, before any IKE packet is sent.</source>
        <translation>O cliente falha na hora, antes de enviar qualquer pacote IKE.</translation>
    </message>
    <message>
        <source>Install a computer certificate on the client (Local Computer store, Personal), or switch the connection to a pre-shared key.</source>
        <translation>Instale um certificado de computador no cliente (repositório Computador Local, Pessoal) ou mude a conexão para chave pré-compartilhada.</translation>
    </message>
    <message>
        <source>The encryption attempt failed because no valid certificate was found.</source>
        <translation>A tentativa de criptografia falhou porque nenhum certificado válido foi encontrado.</translation>
    </message>
    <message>
        <source>A local certificate problem; reported at once, not after a timeout.</source>
        <translation>Um problema de certificado local; informado na hora, não após um tempo esgotado.</translation>
    </message>
    <message>
        <source>Check the client&apos;s computer certificate: present, valid, with a private key.</source>
        <translation>Verifique o certificado de computador do cliente: presente, válido e com chave privada.</translation>
    </message>
    <message>
        <source>The L2TP connection attempt failed because there is no valid machine certificate on your computer for security authentication.</source>
        <translation>A tentativa de conexão L2TP falhou porque não há um certificado de máquina válido no computador para autenticação de segurança.</translation>
    </message>
    <message>
        <source>The client has no usable computer certificate; no timeout is involved.</source>
        <translation>O cliente não tem certificado de computador utilizável; não há tempo esgotado.</translation>
    </message>
    <message>
        <source>Enroll or renew the client&apos;s computer certificate and check that the issuing CA is trusted.</source>
        <translation>Registre ou renove o certificado de computador do cliente e verifique se a AC emissora é confiável.</translation>
    </message>
    <message>
        <source>The L2TP connection attempt failed because the security layer could not authenticate the remote computer.</source>
        <translation>A tentativa de conexão L2TP falhou porque a camada de segurança não pôde autenticar o computador remoto.</translation>
    </message>
    <message>
        <source>The server&apos;s answer (Main Mode 6) did arrive, so fragments got through; the client rejected the server&apos;s identity.</source>
        <translation>A resposta do servidor (Main Mode 6) chegou, então os fragmentos passaram; o cliente rejeitou a identidade do servidor.</translation>
    </message>
    <message>
        <source>Check the server&apos;s certificate (trusted root, validity, name) or the pre-shared key on both ends.</source>
        <translation>Verifique o certificado do servidor (raiz confiável, validade, nome) ou a chave pré-compartilhada nas duas pontas.</translation>
    </message>
    <message>
        <source>The L2TP connection attempt failed because the security layer could not negotiate compatible parameters with the remote computer.</source>
        <translation>A tentativa de conexão L2TP falhou porque a camada de segurança não pôde negociar parâmetros compatíveis com o computador remoto.</translation>
    </message>
    <message>
        <source>Fails at the first exchange (Main Mode 1 and 2), long before any large message.</source>
        <translation>Falha na primeira troca (Main Mode 1 e 2), muito antes de qualquer mensagem grande.</translation>
    </message>
    <message>
        <source>Compare the IKE proposals (encryption, hash, Diffie-Hellman group) on client and server.</source>
        <translation>Compare as propostas IKE (criptografia, hash, grupo Diffie-Hellman) no cliente e no servidor.</translation>
    </message>
    <message>
        <source>The L2TP connection attempt failed because the security layer encountered a processing error during initial negotiations with the remote computer.</source>
        <translation>A tentativa de conexão L2TP falhou porque a camada de segurança encontrou um erro de processamento durante as negociações iniciais com o computador remoto.</translation>
    </message>
    <message>
        <source>The server answered, but the negotiation failed: no timeout.</source>
        <translation>O servidor respondeu, mas a negociação falhou: não há tempo esgotado.</translation>
    </message>
    <message>
        <source>Check the pre-shared key on both ends and, when the server is behind NAT, the client&apos;s AssumeUDPEncapsulationContextOnSendRule registry value.</source>
        <translation>Verifique a chave pré-compartilhada nas duas pontas e, se o servidor estiver atrás de NAT, o valor de registro AssumeUDPEncapsulationContextOnSendRule no cliente.</translation>
    </message>
    <message>
        <source>The L2TP connection attempt failed because certificate validation on the remote computer failed.</source>
        <translation>A tentativa de conexão L2TP falhou porque houve falha na validação do certificado no computador remoto.</translation>
    </message>
    <message>
        <source>The server received the client&apos;s certificate and rejected it: the fragments arrived.</source>
        <translation>O servidor recebeu o certificado do cliente e o rejeitou: os fragmentos chegaram.</translation>
    </message>
    <message>
        <source>Check the client certificate&apos;s chain, validity and revocation as seen from the server.</source>
        <translation>Verifique a cadeia, a validade e a revogação do certificado do cliente vistas a partir do servidor.</translation>
    </message>
    <message>
        <source>The L2TP connection attempt failed because security policy for the connection was not found.</source>
        <translation>A tentativa de conexão L2TP falhou porque a política de segurança da conexão não foi encontrada.</translation>
    </message>
    <message>
        <source>A local IPsec policy problem; the client may send nothing at all.</source>
        <translation>Um problema de política IPsec local; o cliente pode nem enviar nada.</translation>
    </message>
    <message>
        <source>Check that the IPsec Policy Agent service (and IKE and AuthIP IPsec Keying Modules) runs on the client.</source>
        <translation>Verifique se o serviço Agente de Política IPsec (e Módulos de Chaveamento IKE e AuthIP IPsec) está em execução no cliente.</translation>
    </message>
    <message>
        <source>The L2TP connection attempt failed because an error occurred while negotiating security.</source>
        <translation>A tentativa de conexão L2TP falhou porque ocorreu um erro durante a negociação de segurança.</translation>
    </message>
    <message>
        <source>A generic negotiation error, not a timeout.</source>
        <translation>Um erro genérico de negociação, não um tempo esgotado.</translation>
    </message>
    <message>
        <source>Read the client&apos;s IPsec audit events (event 547 or 4653) for the failure point and reason.</source>
        <translation>Leia os eventos de auditoria IPsec do cliente (evento 547 ou 4653) para ver o ponto e o motivo da falha.</translation>
    </message>
    <message>
        <source>Unable to establish the VPN connection. The VPN server may be unreachable, or security parameters may not be configured properly for this connection.</source>
        <translation>Não é possível estabelecer a conexão VPN. O servidor VPN pode estar inacessível ou os parâmetros de segurança podem não estar configurados corretamente para esta conexão.</translation>
    </message>
    <message>
        <source>The connection type is &quot;Automatic&quot;: Windows tried every protocol and reports only the last failure.</source>
        <translation>O tipo de conexão é &quot;Automático&quot;: o Windows tentou todos os protocolos e informa só a última falha.</translation>
    </message>
    <message>
        <source>Set the connection&apos;s VPN type to L2TP/IPsec and connect again; if you then get 792, come back here.</source>
        <translation>Defina o tipo de VPN da conexão como L2TP/IPsec e conecte de novo; se então aparecer o 792, volte aqui.</translation>
    </message>
    <message>
        <source>The network connection between your computer and the VPN server could not be established because the remote server is not responding.</source>
        <translation>A conexão de rede entre o computador e o servidor VPN não pôde ser estabelecida porque o servidor remoto não está respondendo.</translation>
    </message>
    <message>
        <source>Nothing comes back at all: even the first IKE message (UDP 500) is not answered.</source>
        <translation>Nada volta: nem a primeira mensagem IKE (UDP 500) é respondida.</translation>
    </message>
    <message>
        <source>Check that UDP 500 and 4500 reach the server (firewalls, NAT, routers) and the NAT-T registry setting on the client.</source>
        <translation>Verifique se UDP 500 e 4500 chegam ao servidor (firewalls, NAT, roteadores) e a configuração de registro de NAT-T no cliente.</translation>
    </message>
    <message>
        <source>The connection was prevented because of a policy configured on your RAS/VPN server.</source>
        <translation>A conexão foi impedida devido a uma política configurada no servidor RAS/VPN.</translation>
    </message>
    <message>
        <source>IPsec worked: the server&apos;s network policy refused the authentication method.</source>
        <translation>O IPsec funcionou: a política de rede do servidor recusou o método de autenticação.</translation>
    </message>
    <message>
        <source>Compare the authentication methods in the connection profile with the server&apos;s remote access (NPS) policy.</source>
        <translation>Compare os métodos de autenticação do perfil de conexão com a política de acesso remoto (NPS) do servidor.</translation>
    </message>
    <message>
        <source>IKE authentication credentials are unacceptable.</source>
        <translation>As credenciais de autenticação IKE são inaceitáveis.</translation>
    </message>
    <message>
        <source>IKEv2: the peer answered and rejected the certificate or key.</source>
        <translation>IKEv2: o par respondeu e rejeitou o certificado ou a chave.</translation>
    </message>
    <message>
        <source>Check the server certificate&apos;s name, extended key usage, validity and root CA on the client.</source>
        <translation>Verifique no cliente o nome, o uso estendido de chave, a validade e a AC raiz do certificado do servidor.</translation>
    </message>
    <message>
        <source>Negotiation timed out.</source>
        <translation>A negociação atingiu o tempo limite.</translation>
    </message>
    <message>
        <source>The IKEv2 counterpart of 792: it may also be dropped fragments, but of an IKEv2 connection, which ISA Server and TMG MBE do not terminate.</source>
        <translation>O equivalente IKEv2 do 792: também pode ser fragmentos descartados, mas de uma conexão IKEv2, que o ISA Server e o TMG MBE não terminam.</translation>
    </message>
    <message>
        <source>For IKEv2, enable IKEv2 fragmentation on server and client, or find the device that drops IP fragments on the path. The capture page of this wizard can still show the stalled message.</source>
        <translation>Para IKEv2, habilite a fragmentação IKEv2 no servidor e no cliente ou encontre o dispositivo que descarta fragmentos IP no caminho. A página de captura deste assistente ainda pode mostrar a mensagem parada.</translation>
    </message>
    <message>
        <source>IKE failed to find valid machine certificate.</source>
        <translation>O IKE não encontrou um certificado de máquina válido.</translation>
    </message>
    <message>
        <source>A missing certificate, found locally; no timeout.</source>
        <translation>Um certificado ausente, detectado localmente; sem tempo esgotado.</translation>
    </message>
    <message>
        <source>Install a valid computer certificate in the client&apos;s Local Computer Personal store.</source>
        <translation>Instale um certificado de computador válido no repositório Pessoal do Computador Local do cliente.</translation>
    </message>
    <message>
        <source>No response from peer.</source>
        <translation>Nenhuma resposta do par.</translation>
    </message>
    <message>
        <source>Logged under a 792 as the detailed reason; on its own it means the peer never answered at all.</source>
        <translation>Registrado sob um 792 como motivo detalhado; sozinho, significa que o par nunca respondeu.</translation>
    </message>
    <message>
        <source>If the client also showed 792, choose 792. Otherwise check that UDP 500 and 4500 reach the server.</source>
        <translation>Se o cliente também mostrou o 792, escolha 792. Caso contrário, verifique se UDP 500 e 4500 chegam ao servidor.</translation>
    </message>
    <message>
        <source>Policy match error.</source>
        <translation>Erro de correspondência de política.</translation>
    </message>
    <message>
        <source>The peers answered each other but found no common IKE or IPsec policy.</source>
        <translation>Os pares se responderam, mas não encontraram política IKE ou IPsec em comum.</translation>
    </message>
    <message>
        <source>Align the IKE and IPsec proposals (algorithms, groups, lifetimes) on both ends.</source>
        <translation>Alinhe as propostas IKE e IPsec (algoritmos, grupos, tempos de vida) nas duas pontas.</translation>
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
        <translation>Nenhuma atividade de fragmentos ou IKE nesta captura</translation>
    </message>
    <message>
        <source>Retransmissions</source>
        <translation>Retransmissões</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Error %1 diagnostic report</source>
        <translation>Relatório de diagnóstico do erro %1</translation>
    </message>
    <message>
        <source>L2TP/IPsec: security negotiation timed out. Checked against Microsoft KB 838438 (ISA Server and Forefront TMG blocking IP fragments).</source>
        <translation>L2TP/IPsec: a negociação de segurança atingiu o tempo limite. Verificado segundo o KB 838438 da Microsoft (ISA Server e Forefront TMG bloqueando fragmentos IP).</translation>
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
        <translation>não informado</translation>
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
        <translation>Observações</translation>
    </message>
    <message>
        <source>Redacted</source>
        <translation>Anonimizado</translation>
    </message>
    <message>
        <source>yes: addresses and names are replaced by labels such as client-1, server-1, host-3</source>
        <translation>sim: endereços e nomes foram substituídos por rótulos como client-1, server-1, host-3</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Aviso:</translation>
    </message>
    <message>
        <source>reading stopped early (%1); the analysis covers what was read.</source>
        <translation>a leitura parou antes do fim (%1); a análise cobre o que foi lido.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Código de erro</translation>
    </message>
    <message>
        <source>VPN protocol</source>
        <translation>Protocolo VPN</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticação</translation>
    </message>
    <message>
        <source>Firewall product</source>
        <translation>Produto de firewall</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nome do servidor</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredito</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidências</translation>
    </message>
    <message>
        <source>Vantage point</source>
        <translation>Ponto de observação</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>não decidido</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Contadores</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Pacotes</translation>
    </message>
    <message>
        <source>IKE messages (v1 / v2)</source>
        <translation>Mensagens IKE (v1 / v2)</translation>
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
        <translation>Datagramas remontados</translation>
    </message>
    <message>
        <source>Datagrams incomplete</source>
        <translation>Datagramas incompletos</translation>
    </message>
    <message>
        <source>IKE messages from fragments</source>
        <translation>Mensagens IKE vindas de fragmentos</translation>
    </message>
    <message>
        <source>Path MTU estimate</source>
        <translation>Estimativa de MTU do caminho</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>n/a (no fragmented IKE)</source>
        <translation>n/d (nenhum IKE fragmentado)</translation>
    </message>
    <message>
        <source>IKE fragmentation offered</source>
        <translation>Fragmentação IKE oferecida</translation>
    </message>
    <message>
        <source>NAT-T in use</source>
        <translation>NAT-T em uso</translation>
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
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Kernel drops</source>
        <translation>Descartes do kernel</translation>
    </message>
    <message>
        <source>%1 of %2 packets</source>
        <translation>%1 de %2 pacotes</translation>
    </message>
    <message>
        <source>n/a (file)</source>
        <translation>n/d (arquivo)</translation>
    </message>
    <message>
        <source>IKE timeline</source>
        <translation>Linha do tempo IKE</translation>
    </message>
    <message>
        <source>No IKE security association was seen.</source>
        <translation>Nenhuma associação de segurança IKE foi vista.</translation>
    </message>
    <message>
        <source>IKE SA %1: %2 (initiator) to %3 (responder), %4</source>
        <translation>IKE SA %1: %2 (iniciador) para %3 (respondedor), %4</translation>
    </message>
    <message>
        <source>Outcome: %1, verdict</source>
        <translation>Resultado: %1, veredito</translation>
    </message>
    <message>
        <source>Certificates expected: %1; IKE fragmentation offered: %2; used: %3. I = initiator, R = responder.</source>
        <translation>Certificados esperados: %1; fragmentação IKE oferecida: %2; usada: %3. I = iniciador, R = respondedor.</translation>
    </message>
    <message>
        <source>%1 more messages were not kept.</source>
        <translation>%1 mensagens a mais não foram guardadas.</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Observação:</translation>
    </message>
    <message>
        <source>%1 more IKE SAs are in the JSON report.</source>
        <translation>%1 IKE SAs a mais estão no relatório JSON.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Tempo (s)</translation>
    </message>
    <message>
        <source>Dir.</source>
        <translation>Dir.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
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
        <translation>Respondida</translation>
    </message>
    <message>
        <source>Resent copy of</source>
        <translation>Cópia reenviada de</translation>
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
        <translation>notificação de erro %1</translation>
    </message>
    <message>
        <source>First seen (s)</source>
        <translation>Primeira vez (s)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
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
        <translation>Esperado</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Portas</translation>
    </message>
    <message>
        <source>%1 more in the JSON report.</source>
        <translation>%1 a mais no relatório JSON.</translation>
    </message>
    <message>
        <source>Resolution (KB 838438)</source>
        <translation>Resolução (KB 838438)</translation>
    </message>
    <message>
        <source>Console path:</source>
        <translation>Caminho no console:</translation>
    </message>
    <message>
        <source>Verification after the change</source>
        <translation>Verificação após a alteração</translation>
    </message>
    <message>
        <source>No verification capture yet. After the change, capture again while the client connects.</source>
        <translation>Ainda não há captura de verificação. Após a alteração, capture de novo enquanto o cliente se conecta.</translation>
    </message>
    <message>
        <source>Case closed.</source>
        <translation>Caso encerrado.</translation>
    </message>
    <message>
        <source>Not resolved yet.</source>
        <translation>Ainda não resolvido.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Depois</translation>
    </message>
    <message>
        <source>Verification capture</source>
        <translation>Captura de verificação</translation>
    </message>
    <message>
        <source>Generated by frag792 %1 on %2 UTC.</source>
        <translation>Gerado pelo frag792 %1 em %2 UTC.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>PDF reports need a QGuiApplication (fonts); none is running</source>
        <translation>Relatórios PDF precisam de uma QGuiApplication (fontes); nenhuma está em execução</translation>
    </message>
    <message>
        <source>cannot start the PDF writer</source>
        <translation>não foi possível iniciar o gravador de PDF</translation>
    </message>
    <message>
        <source>frag792 report, error %1</source>
        <translation>relatório frag792, erro %1</translation>
    </message>
    <message>
        <source>frag792 report: %1</source>
        <translation>relatório frag792: %1</translation>
    </message>
    <message>
        <source>cannot finish the PDF</source>
        <translation>não foi possível concluir o PDF</translation>
    </message>
    <message>
        <source>no report file name given</source>
        <translation>nenhum nome de arquivo de relatório informado</translation>
    </message>
    <message>
        <source>%1 is a directory</source>
        <translation>%1 é uma pasta</translation>
    </message>
    <message>
        <source>%1 already exists; not replacing it</source>
        <translation>%1 já existe; não será substituído</translation>
    </message>
    <message>
        <source>HTML and PDF reports need a QGuiApplication; none is running</source>
        <translation>Relatórios HTML e PDF precisam de uma QGuiApplication; nenhuma está em execução</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Expand %1.</source>
        <translation>Expanda %1.</translation>
    </message>
    <message>
        <source>Expand %1, where %1 is the name of the computer that is running %2.</source>
        <translation>Expanda %1, onde %1 é o nome do computador que executa o %2.</translation>
    </message>
    <message>
        <source>Click the %1 tab, clear the %2 check box, and then click %3.</source>
        <translation>Clique na guia %1, desmarque a caixa de seleção %2 e clique em %3.</translation>
    </message>
    <message>
        <source>In the details pane, click %1 to update the firewall policy, and then click %2.</source>
        <translation>No painel de detalhes, clique em %1 para atualizar a política de firewall e depois em %2.</translation>
    </message>
    <message>
        <source>Disconnect the VPN client and connect again: connections made before %1 keep the old policy.</source>
        <translation>Desconecte o cliente VPN e conecte de novo: conexões feitas antes de %1 mantêm a política antiga.</translation>
    </message>
    <message>
        <source>Expand %1, and then click %2.</source>
        <translation>Expanda %1 e clique em %2.</translation>
    </message>
    <message>
        <source>Start the %1 tool.</source>
        <translation>Inicie a ferramenta %1.</translation>
    </message>
    <message>
        <source>In the details pane, under %1, click %2.</source>
        <translation>No painel de detalhes, em %1, clique em %2.</translation>
    </message>
    <message>
        <source>In the details pane, under %1, click %2 (on some builds the link is named %3).</source>
        <translation>No painel de detalhes, em %1, clique em %2 (em algumas versões o link se chama %3).</translation>
    </message>
    <message>
        <source>Click %1, and then in the task pane, on the %2 tab, click %3.</source>
        <translation>Clique em %1 e, no painel de tarefas, na guia %2, clique em %3.</translation>
    </message>
    <message>
        <source>Start the %1 console.</source>
        <translation>Inicie o console %1.</translation>
    </message>
    <message>
        <source>Click %1.</source>
        <translation>Clique em %1.</translation>
    </message>
    <message>
        <source>In the details pane, click the %1 tab, and then click %2.</source>
        <translation>No painel de detalhes, clique na guia %1 e depois em %2.</translation>
    </message>
    <message>
        <source>If the client still fails after Apply, its old session may still be open: disconnect it (Monitoring &gt; Sessions &gt; Disconnect Session) or restart the Firewall service, then connect again.</source>
        <translation>Se o cliente ainda falhar após Aplicar, a sessão antiga pode continuar aberta: desconecte-a (Monitoramento &gt; Sessões &gt; Desconectar sessão) ou reinicie o serviço Firewall e conecte de novo.</translation>
    </message>
    <message>
        <source>Leave IP fragments allowed wherever Kerberos is used: Kerberos over UDP is often fragmented, and Microsoft recommends not blocking IP fragments on such networks.</source>
        <translation>Deixe os fragmentos IP permitidos onde o Kerberos é usado: o Kerberos sobre UDP costuma ser fragmentado, e a Microsoft recomenda não bloquear fragmentos IP nessas redes.</translation>
    </message>
    <message>
        <source>ISA Server 2006 Enterprise Edition applies changes asynchronously: check the Configuration tab in Monitoring until every array member is synchronized.</source>
        <translation>O ISA Server 2006 Enterprise Edition aplica as alterações de forma assíncrona: acompanhe a guia Configuração em Monitoramento até todos os membros da matriz estarem sincronizados.</translation>
    </message>
    <message>
        <source>Forefront TMG 2010 does not block IP fragments by default, so someone turned it on: find out why before clearing it.</source>
        <translation>O Forefront TMG 2010 não bloqueia fragmentos IP por padrão, então alguém ativou a opção: descubra por quê antes de desmarcá-la.</translation>
    </message>
    <message>
        <source>Array name</source>
        <translation>Nome da matriz</translation>
    </message>
    <message>
        <source>Expand %1, and then expand %2.</source>
        <translation>Expanda %1 e, em seguida, expanda %2.</translation>
    </message>
    <message>
        <source>Expand %1, and then expand %2, where %2 is the name of the array that the VPN server belongs to.</source>
        <translation>Expanda %1 e, em seguida, expanda %2, onde %2 é o nome da matriz à qual o servidor VPN pertence.</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 já existe</translation>
    </message>
    <message>
        <source>nothing to write</source>
        <translation>nada a gravar</translation>
    </message>
    <message>
        <source>The capture was taken %1: %2.</source>
        <translation>A captura foi feita %1: %2.</translation>
    </message>
    <message>
        <source>Capture point in doubt:</source>
        <translation>Ponto de captura duvidoso:</translation>
    </message>
    <message>
        <source>IP fragments per second</source>
        <translation>Fragmentos IP por segundo</translation>
    </message>
    <message>
        <source>IKE answers per second</source>
        <translation>Respostas IKE por segundo</translation>
    </message>
    <message>
        <source>Retransmission</source>
        <translation>Retransmissão</translation>
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
            <numerusform>%1 UTC, %2 s, %Ln pacote</numerusform>
            <numerusform>%1 UTC, %2 s, %Ln pacotes</numerusform>
        </translation>
    </message>
    <message>
        <source>Chart of IP fragments and IKE answers per second, with retransmissions and incomplete datagrams marked</source>
        <translation>Gráfico de fragmentos IP e respostas IKE por segundo, com retransmissões e datagramas incompletos marcados</translation>
    </message>
    <message>
        <source>Activity over the capture, in local time: IP fragments per second as bars, IKE answers per second as dots; triangles mark retransmissions, crosses mark datagrams whose fragments did not all arrive.</source>
        <translation>Atividade durante a captura, em hora local: fragmentos IP por segundo como barras, respostas IKE por segundo como pontos; triângulos marcam retransmissões e cruzes, datagramas cujos fragmentos não chegaram todos.</translation>
    </message>
    <message>
        <source>ISA Server 2006 Help, &quot;IP preferences&quot;</source>
        <translation>Ajuda do ISA Server 2006, &quot;IP preferences&quot;</translation>
    </message>
    <message>
        <source>Forefront TMG 2010 SDK, IPFragmentsFilteringEnabled</source>
        <translation>SDK do Forefront TMG 2010, IPFragmentsFilteringEnabled</translation>
    </message>
    <message>
        <source>Microsoft KB 179129, modified teardrop attack</source>
        <translation>Microsoft KB 179129, ataque teardrop modificado</translation>
    </message>
    <message>
        <source>RFC 1858, security considerations for IP fragment filtering</source>
        <translation>RFC 1858, considerações de segurança para a filtragem de fragmentos IP</translation>
    </message>
    <message>
        <source>ISA Server 2006 Help, &quot;IP fragments&quot;</source>
        <translation>Ajuda do ISA Server 2006, &quot;IP fragments&quot;</translation>
    </message>
    <message>
        <source>Forefront TMG Help, &quot;Configuring IP preferences&quot;</source>
        <translation>Ajuda do Forefront TMG, &quot;Configuring IP preferences&quot;</translation>
    </message>
    <message>
        <source>Microsoft KB 252366, limit of fragment reassembly headers</source>
        <translation>Microsoft KB 252366, limite de cabeçalhos de remontagem</translation>
    </message>
    <message>
        <source>ISA Server 2006 Help, &quot;Intrusion detection&quot;</source>
        <translation>Ajuda do ISA Server 2006, &quot;Intrusion detection&quot;</translation>
    </message>
    <message>
        <source>Forefront TMG Help, intrusion detection (cc984458)</source>
        <translation>Ajuda do Forefront TMG, detecção de intrusão (cc984458)</translation>
    </message>
    <message>
        <source>Forefront TMG 2010 SDK, FPCAttackDetection</source>
        <translation>SDK do Forefront TMG 2010, FPCAttackDetection</translation>
    </message>
    <message>
        <source>Forefront TMG 2010 SDK, IntrusionDetectionEnabled</source>
        <translation>SDK do Forefront TMG 2010, IntrusionDetectionEnabled</translation>
    </message>
    <message>
        <source>ISA Server 2006 Help, &quot;Flood mitigation&quot;</source>
        <translation>Ajuda do ISA Server 2006, &quot;Flood mitigation&quot;</translation>
    </message>
    <message>
        <source>Forefront TMG Help, flood mitigation (cc995183)</source>
        <translation>Ajuda do Forefront TMG, mitigação de inundação (cc995183)</translation>
    </message>
    <message>
        <source>Microsoft KB 838438, Resolution</source>
        <translation>Microsoft KB 838438, resolução</translation>
    </message>
    <message>
        <source>frag792 research note docs/security-fragments.md, row D6</source>
        <translation>nota de pesquisa do frag792 docs/security-fragments.md, linha D6</translation>
    </message>
    <message>
        <source>Forefront TMG 2010 SDK, EnableSSTP</source>
        <translation>SDK do Forefront TMG 2010, EnableSSTP</translation>
    </message>
    <message>
        <source>Forefront TMG 2010 SDK, SetSSTPListener</source>
        <translation>SDK do Forefront TMG 2010, SetSSTPListener</translation>
    </message>
    <message>
        <source>Davies, Windows Server 2008 TCP/IP Protocols and Services, chapter 19</source>
        <translation>Davies, Windows Server 2008 TCP/IP Protocols and Services, capítulo 19</translation>
    </message>
    <message>
        <source>jvangent blog, &quot;SSTP remote access&quot; (third party)</source>
        <translation>blog jvangent, &quot;SSTP remote access&quot; (terceiros)</translation>
    </message>
    <message>
        <source>RFC 2409 (IKE), sections 5.1 and 5.4</source>
        <translation>RFC 2409 (IKE), seções 5.1 e 5.4</translation>
    </message>
    <message>
        <source>Forefront TMG 2010 SDK, PreSharedIPSecKey</source>
        <translation>SDK do Forefront TMG 2010, PreSharedIPSecKey</translation>
    </message>
    <message>
        <source>Microsoft CMAK, &quot;Including a Preshared Key&quot; (dd672872)</source>
        <translation>Microsoft CMAK, &quot;Including a Preshared Key&quot; (dd672872)</translation>
    </message>
    <message>
        <source>Shinder, Configuring ISA Server 2004</source>
        <translation>Shinder, Configuring ISA Server 2004 (livro)</translation>
    </message>
    <message>
        <source>R. Hicks, &quot;Always On VPN and IKEv2 Fragmentation&quot; (third party)</source>
        <translation>R. Hicks, &quot;Always On VPN and IKEv2 Fragmentation&quot; (terceiros)</translation>
    </message>
    <message>
        <source>Microsoft Security Advisory 2743314</source>
        <translation>Comunicado de segurança da Microsoft 2743314</translation>
    </message>
    <message>
        <source>trailofbits/algo issue 305 (third party)</source>
        <translation>trailofbits/algo, issue 305 (terceiros)</translation>
    </message>
    <message>
        <source>What the block protects against, and what clearing it exposes</source>
        <translation>Contra o que o bloqueio protege e o que desativá-lo expõe</translation>
    </message>
    <message>
        <source>&quot;Block IP fragments&quot; is one setting for the whole server: when it is on, ISA Server or TMG drops every fragmented IP packet, whatever its source, destination or port. No way to exempt only the VPN is documented.</source>
        <translation>&quot;Block IP fragments&quot; é uma única configuração para o servidor inteiro: ativada, o ISA Server ou TMG descarta todo pacote IP fragmentado, seja qual for a origem, o destino ou a porta. Nenhuma exceção só para a VPN está documentada.</translation>
    </message>
    <message>
        <source>Fragments can also be used to slip TCP headers past packet filters and to exhaust reassembly memory.</source>
        <translation>Fragmentos também podem ser usados para passar cabeçalhos TCP pelos filtros de pacotes e para esgotar a memória de remontagem.</translation>
    </message>
    <message>
        <source>What blocking costs: Microsoft&apos;s help says that with it on, Kerberos authentication fails when the server is a domain member, streaming audio and video can break, and L2TP/IPsec connections may not be established because packet fragmentation may take place during the certificate exchange.</source>
        <translation>O que o bloqueio custa: segundo a ajuda da Microsoft, com ele ativado a autenticação Kerberos falha quando o servidor é membro de domínio, o streaming de áudio e vídeo pode falhar, e as conexões L2TP/IPsec podem não ser estabelecidas porque pode ocorrer fragmentação durante a troca de certificados.</translation>
    </message>
    <message>
        <source>What clearing it exposes: the server no longer drops fragmented packets outright. Forefront TMG 2010 ships with this setting turned off.</source>
        <translation>O que desativá-lo expõe: o servidor deixa de descartar de imediato os pacotes fragmentados. O Forefront TMG 2010 vem com esta configuração desativada.</translation>
    </message>
    <message>
        <source>What still protects the server once it is cleared</source>
        <translation>O que ainda protege o servidor depois de desativado</translation>
    </message>
    <message>
        <source>Intrusion detection is a separate setting and stays as it is. It detects &quot;ping of death&quot;, an IP fragment with more data than the maximum IP packet size. Forefront TMG 2010 setup turns it on.</source>
        <translation>A detecção de intrusão é uma configuração separada e fica como está. Ela detecta o &quot;ping of death&quot;, um fragmento IP com mais dados que o tamanho máximo de um pacote IP. A instalação do Forefront TMG 2010 a ativa.</translation>
    </message>
    <message>
        <source>On ISA Server 2006 and Forefront TMG, flood mitigation (connection counters and limits per client) is also a separate setting and stays as it is.</source>
        <translation>No ISA Server 2006 e no Forefront TMG, a mitigação de inundação (contadores e limites de conexões por cliente) também é uma configuração separada e fica como está.</translation>
    </message>
    <message>
        <source>Your firewall rules do not change: the KB&apos;s procedure clears only the IP fragments option.</source>
        <translation>Suas regras de firewall não mudam: o procedimento do artigo KB desativa apenas a opção de fragmentos IP.</translation>
    </message>
    <message>
        <source>Windows itself limits fragment reassembly: Windows Server 2003 keeps at most 100 reassembly headers by default and silently drops fragments beyond that.</source>
        <translation>O próprio Windows limita a remontagem: o Windows Server 2003 mantém por padrão no máximo 100 cabeçalhos de remontagem e descarta silenciosamente os fragmentos excedentes.</translation>
    </message>
    <message>
        <source>Not documented: whether ISA Server or TMG reassembles fragments and applies the firewall rules to the whole datagram. No statement was found, so do not assume it.</source>
        <translation>Não documentado: se o ISA Server ou TMG remonta os fragmentos e aplica as regras de firewall ao datagrama inteiro. Nenhuma declaração foi encontrada, então não presuma isso.</translation>
    </message>
    <message>
        <source>If policy forbids clearing it</source>
        <translation>Se a política proíbe desativá-lo</translation>
    </message>
    <message>
        <source>SSTP (the VPN inside HTTPS, TCP port 443) exchanges no IKE messages. Where: Forefront TMG 2010 only (off by default, it needs a Web listener) with clients on Windows Vista SP1 or later. ISA Server 2004 and 2006 run on Windows Server 2003, which offers only PPTP and L2TP/IPsec.</source>
        <translation>SSTP (a VPN dentro do HTTPS, porta TCP 443) não troca mensagens IKE. Onde: somente Forefront TMG 2010 (desativado por padrão, precisa de uma escuta web) com clientes Windows Vista SP1 ou posterior. O ISA Server 2004 e 2006 rodam no Windows Server 2003, que oferece apenas PPTP e L2TP/IPsec.</translation>
    </message>
    <message>
        <source>A pre-shared key instead of certificates, as a stopgap: Main Mode messages 5 and 6 then carry a hash instead of the certificate that gets fragmented. Cost: Microsoft calls it &quot;a relatively weak authentication method&quot; for interim use; all clients share one key, and changing it means updating every client. Where: documented for ISA Server 2004 and Forefront TMG 2010. Run frag792 again afterwards to confirm that nothing is fragmented.</source>
        <translation>Uma chave pré-compartilhada em vez de certificados, como solução provisória: as mensagens 5 e 6 do Main Mode passam a levar um hash em vez do certificado que é fragmentado. Custo: a Microsoft a chama de &quot;um método de autenticação relativamente fraco&quot; para uso transitório; todos os clientes compartilham uma chave, e trocá-la exige atualizar cada cliente. Onde: documentado para o ISA Server 2004 e o Forefront TMG 2010. Execute o frag792 de novo depois para confirmar que nada é fragmentado.</translation>
    </message>
    <message>
        <source>A shorter certificate chain or smaller keys (RSA 2048 bits rather than larger) make the certificate messages smaller, but no source shows that they then fit in one packet: measure with frag792 before relying on it. Where: every product.</source>
        <translation>Uma cadeia de certificados mais curta ou chaves menores (RSA de 2048 bits em vez de maiores) diminuem as mensagens de certificado, mas nenhuma fonte mostra que elas passam a caber em um pacote: meça com o frag792 antes de confiar nisso. Onde: todos os produtos.</translation>
    </message>
    <message>
        <source>IKE-level fragmentation, where both ends support it, splits the IKE message itself into small pieces, so IP does not fragment it. Cost: Microsoft documents no setting in ISA Server or Forefront TMG to turn it on, and IKEv2 fragmentation needs Windows Server 1803 (2019) or later on the VPN server.</source>
        <translation>A fragmentação no nível do IKE, onde as duas pontas a suportam, divide a própria mensagem IKE em pedaços pequenos, de modo que o IP não a fragmenta. Custo: a Microsoft não documenta nenhuma configuração no ISA Server ou no Forefront TMG para ativá-la, e a fragmentação IKEv2 exige Windows Server 1803 (2019) ou posterior no servidor VPN.</translation>
    </message>
    <message>
        <source>PPTP, as a last resort, uses no IKE. Cost: Microsoft warns that PPTP with MS-CHAP v2 as the only authentication can expose user credentials. Where: all four products.</source>
        <translation>PPTP, como último recurso, não usa IKE. Custo: a Microsoft alerta que o PPTP com MS-CHAP v2 como única autenticação pode expor as credenciais dos usuários. Onde: os quatro produtos.</translation>
    </message>
    <message>
        <source>What will not help: lowering the MTU on the clients. The IKE message with the certificate is still larger than one packet.</source>
        <translation>O que não vai ajudar: reduzir a MTU nos clientes. A mensagem IKE com o certificado continua maior que um pacote.</translation>
    </message>
    <message>
        <source>Is it safe to stop blocking IP fragments, and what if we can&apos;t?</source>
        <translation>É seguro deixar de bloquear fragmentos IP, e se não pudermos?</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <source>It guards against the teardrop attack: fragments whose offsets overlap so that reassembling them can harm the system. Microsoft fixed the teardrop variants it documented in Windows NT 4.0.</source>
        <translation>Protege contra o ataque teardrop: fragmentos cujos deslocamentos se sobrepõem, de modo que remontá-los pode prejudicar o sistema. A Microsoft corrigiu as variantes documentadas no Windows NT 4.0.</translation>
    </message>
    <message>
        <source>[MS-IKEE], the IKE fragmentation vendor ID</source>
        <translation>[MS-IKEE], o ID de fornecedor de fragmentação IKE</translation>
    </message>
    <message>
        <source>[MS-IKEE], the size of IKE fragments</source>
        <translation>[MS-IKEE], o tamanho dos fragmentos IKE</translation>
    </message>
    <message>
        <source>Truncated capture:</source>
        <translation>Captura truncada:</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) were cut to at most %1 bytes by the capture&apos;s snap length. Cut frames are not malformed: fragments are counted from their IP headers and IKE messages identified from their IKE headers. Not read past the cut: %2.</source>
        <translation>
            <numerusform>%n quadro foi cortado para no máximo %1 bytes pelo snap length da captura. Quadros cortados não são malformados: os fragmentos são contados pelos cabeçalhos IP e as mensagens IKE identificadas pelos cabeçalhos IKE. Não lido após o corte: %2.</numerusform>
            <numerusform>%n quadros foram cortados para no máximo %1 bytes pelo snap length da captura. Quadros cortados não são malformados: os fragmentos são contados pelos cabeçalhos IP e as mensagens IKE identificadas pelos cabeçalhos IKE. Não lido após o corte: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing the verdict uses</source>
        <translation>nada do que o veredito usa</translation>
    </message>
    <message>
        <source>Windows logs</source>
        <translation>Logs do Windows</translation>
    </message>
    <message>
        <source>No capture: the verdict comes from these logs alone.</source>
        <translation>Sem captura: o veredito vem apenas destes logs.</translation>
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
        <translation>O que o log diz</translation>
    </message>
    <message>
        <source>zone unknown</source>
        <translation>fuso desconhecido</translation>
    </message>
    <message>
        <source>%1 (local time, zone unknown)</source>
        <translation>%1 (hora local, fuso desconhecido)</translation>
    </message>
    <message numerus="yes">
        <source>%n more log items not shown.</source>
        <translation>
            <numerusform>%n item a mais do log não é mostrado.</numerusform>
            <numerusform>%n itens a mais do log não são mostrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>certificates</source>
        <translation>certificados</translation>
    </message>
    <message>
        <source>pre-shared key</source>
        <translation>chave pré-compartilhada</translation>
    </message>
    <message>
        <source>none: the verdict comes from the Windows logs below</source>
        <translation>nenhuma: o veredito vem dos logs do Windows abaixo</translation>
    </message>
    <message>
        <source>%1, before the capture</source>
        <translation>%1, antes da captura</translation>
    </message>
    <message>
        <source>%1, after the capture</source>
        <translation>%1, depois da captura</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>&amp;Redact addresses and names (client-1, server-1, …)</source>
        <translation>&amp;Anonimizar endereços e nomes (client-1, server-1, …)</translation>
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
        <translation>Capturas de &amp;evidência (pcapng)</translation>
    </message>
    <message>
        <source>Export a report</source>
        <translation>Exportar um relatório</translation>
    </message>
    <message>
        <source>Keep a record of the diagnosis and the fix, or send it to whoever owns the server.</source>
        <translation>Guarde um registro do diagnóstico e da correção ou envie-o a quem administra o servidor.</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Substituir arquivo?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 já existe. Substituir?</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>Título do caso</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nome do arquivo</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Case &amp;title:</source>
        <translation>&amp;Título do caso:</translation>
    </message>
    <message>
        <source>Te&amp;chnician:</source>
        <translation>Té&amp;cnico:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Observações:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Arquivos</translation>
    </message>
    <message>
        <source>Redaction covers the report; the evidence captures always hold the real packets.</source>
        <translation>A anonimização vale para o relatório; as capturas de evidência sempre guardam os pacotes reais.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>Pa&amp;sta:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nome do arquivo:</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Diagnosis: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Diagnóstico: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Diagnosis: no capture was analysed.</source>
        <translation>Diagnóstico: nenhuma captura foi analisada.</translation>
    </message>
    <message>
        <source>Verification: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Verificação: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Verification: not done.</source>
        <translation>Verificação: não feita.</translation>
    </message>
    <message>
        <source>Error %1 on %2</source>
        <translation>Erro %1 em %2</translation>
    </message>
    <message>
        <source>Choose a folder for the report</source>
        <translation>Escolha uma pasta para o relatório</translation>
    </message>
    <message>
        <source>%1 exists</source>
        <translation>%1 existe</translation>
    </message>
    <message>
        <source>&lt;b&gt;The folder %1 cannot be created.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Não é possível criar a pasta %1.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 kept (not replaced)</source>
        <translation>%1 mantido (não substituído)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Written:&lt;br&gt;%1</source>
        <translation>Gravado:&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Nothing selected to export.</source>
        <translation>Nada selecionado para exportar.</translation>
    </message>
    <message>
        <source>Replaces IP addresses and server and array names in the HTML, PDF and JSON reports with placeholders such as client-1 and server-1.</source>
        <translation>Substitui endereços IP e nomes de servidor e de array nos relatórios HTML, PDF e JSON por marcadores como client-1 e server-1.</translation>
    </message>
</context>
<context>
    <name>ResolutionPage</name>
    <message>
        <source>I have made this change on the real server &amp;console</source>
        <translation>Já fiz esta alteração no &amp;console real do servidor</translation>
    </message>
    <message>
        <source>Clear &quot;Block IP fragments&quot;</source>
        <translation>Desmarque &quot;Block IP fragments&quot;</translation>
    </message>
    <message>
        <source>Practise on this copy of the %1 console, then do the same on the server. The labels stay in English, as on the server, with a translation beside them.</source>
        <translation>Pratique nesta cópia do console do %1 e depois faça o mesmo no servidor. Os rótulos ficam em inglês, como no servidor, com a tradução ao lado.</translation>
    </message>
    <message>
        <source>Click where the highlight shows. The same clicks on the server&apos;s console turn off the option (KB 838438, Resolution).</source>
        <translation>Clique onde o destaque indica. Os mesmos cliques no console do servidor desativam a opção (KB 838438, Resolução).</translation>
    </message>
    <message>
        <source>&amp;Make the change</source>
        <translation>&amp;Fazer a alteração</translation>
    </message>
    <message>
        <source>Is it &amp;safe? Alternatives</source>
        <translation>É &amp;seguro? Alternativas</translation>
    </message>
    <message>
        <source>Before you change it: is it safe, and what if you can&apos;t?</source>
        <translation>Antes de alterar: é seguro, e se você não puder?</translation>
    </message>
    <message>
        <source>Check this if you made the change on the server without practising here; Next then goes on to the verification.</source>
        <translation>Marque isto se você fez a alteração no servidor sem praticar aqui; Próximo leva então à verificação.</translation>
    </message>
</context>
<context>
    <name>SampleCaptures</name>
    <message>
        <source>Sample: the server blocks IP fragments (KB 838438)</source>
        <translation>Amostra: o servidor bloqueia fragmentos IP (KB 838438)</translation>
    </message>
    <message>
        <source>Sample: fragments pass, negotiation completes</source>
        <translation>Amostra: os fragmentos passam, a negociação é concluída</translation>
    </message>
    <message>
        <source>the server blocks IP fragments</source>
        <translation>o servidor bloqueia fragmentos IP</translation>
    </message>
    <message>
        <source>a router drops IP fragments</source>
        <translation>um roteador descarta fragmentos IP</translation>
    </message>
    <message>
        <source>the client drops IP fragments</source>
        <translation>o cliente descarta fragmentos IP</translation>
    </message>
    <message>
        <source>pre-shared key, nothing fragmented</source>
        <translation>chave pré-compartilhada, nada fragmentado</translation>
    </message>
    <message>
        <source>NAT-T, the server blocks IP fragments</source>
        <translation>NAT-T, o servidor bloqueia fragmentos IP</translation>
    </message>
    <message>
        <source>NAT-T, fragments pass</source>
        <translation>NAT-T, os fragmentos passam</translation>
    </message>
    <message>
        <source>IKEv2 with IKE fragmentation</source>
        <translation>IKEv2 com fragmentação IKE</translation>
    </message>
    <message>
        <source>IKEv2 without IKE fragmentation, the server blocks IP fragments</source>
        <translation>IKEv2 sem fragmentação IKE, o servidor bloqueia fragmentos IP</translation>
    </message>
    <message>
        <source>IPv6, the server blocks IP fragments</source>
        <translation>IPv6, o servidor bloqueia fragmentos IP</translation>
    </message>
    <message>
        <source>Lab: %1 (captured at the server)</source>
        <translation>Laboratório: %1 (capturado no servidor)</translation>
    </message>
    <message>
        <source>Lab: %1 (captured at the client)</source>
        <translation>Laboratório: %1 (capturado no cliente)</translation>
    </message>
    <message>
        <source>Lab: %1</source>
        <translation>Laboratório: %1</translation>
    </message>
    <message>
        <source>Sample: %1</source>
        <translation>Amostra: %1</translation>
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
        <translation>Não especificado</translation>
    </message>
</context>
<context>
    <name>SymptomPage</name>
    <message>
        <source>Which error does the VPN client show?</source>
        <translation>Qual erro o cliente VPN mostra?</translation>
    </message>
    <message>
        <source>KB 838438 is about one exact message. Several other errors look similar but point elsewhere.</source>
        <translation>O KB 838438 trata de uma mensagem exata. Vários outros erros parecem semelhantes, mas apontam para outro lugar.</translation>
    </message>
    <message>
        <source>The symptom this wizard solves:&lt;br&gt;&lt;b&gt;Error 792: %1&lt;/b&gt;</source>
        <translation>O sintoma que este assistente resolve:&lt;br&gt;&lt;b&gt;Erro 792: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Pick the &amp;error the client reported:</source>
        <translation>Escolha o &amp;erro informado pelo cliente:</translation>
    </message>
    <message>
        <source>Error reported by the VPN client</source>
        <translation>Erro informado pelo cliente VPN</translation>
    </message>
    <message>
        <source>Error %1: %2</source>
        <translation>Erro %1: %2</translation>
    </message>
    <message>
        <source>Select an error to see how it differs from 792.</source>
        <translation>Selecione um erro para ver como ele difere do 792.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>Click Next to describe the server.</source>
        <translation>Clique em Próximo para descrever o servidor.</translation>
    </message>
    <message>
        <source>Click Next to see where this error points instead.</source>
        <translation>Clique em Próximo para ver para onde este erro aponta.</translation>
    </message>
    <message>
        <source>Choose the error number and message the VPN client showed. The text below the list says how the selected error differs from Error 792.</source>
        <translation>Escolha o número do erro e a mensagem que o cliente VPN mostrou. O texto abaixo da lista diz como o erro escolhido difere do erro 792.</translation>
    </message>
</context>
<context>
    <name>TroubleshootWizard</name>
    <message>
        <source>Error 792 troubleshooter (KB 838438)</source>
        <translation>Solução de problemas do erro 792 (KB 838438)</translation>
    </message>
    <message>
        <source>About this troubleshooter</source>
        <translation>Sobre esta solução de problemas</translation>
    </message>
    <message>
        <source>This wizard follows Microsoft KB 838438: L2TP/IPsec VPN clients of ISA Server 2004, ISA Server 2006 or Forefront TMG Medium Business Edition fail with Error 792 when the firewall blocks IP fragments.

Describe the symptom and the server, confirm the cause with a capture, make the change in the console (the wizard shows where to click), verify with a second capture and export a report.</source>
        <translation>Este assistente segue o KB 838438 da Microsoft: clientes VPN L2TP/IPsec do ISA Server 2004, ISA Server 2006 ou Forefront TMG Medium Business Edition falham com o erro 792 quando o firewall bloqueia fragmentos IP.

Descreva o sintoma e o servidor, confirme a causa com uma captura, faça a alteração no console (o assistente mostra onde clicar), verifique com uma segunda captura e exporte um relatório.</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>No IKE traffic seen</source>
        <translation>Nenhum tráfego IKE visto</translation>
    </message>
    <message>
        <source>No IKE message (UDP 500 or 4500) was captured. Check that the capture ran on the interface that faces the VPN clients, that the filter was not changed, and that the client really tried to connect while capturing. If UDP 500/4500 is blocked before this host, the client reports error 809 rather than 792.</source>
        <translation>Nenhuma mensagem IKE (UDP 500 ou 4500) foi capturada. Verifique se a captura rodou na interface voltada para os clientes VPN, se o filtro não foi alterado e se o cliente realmente tentou se conectar durante a captura. Se UDP 500/4500 estiver bloqueado antes deste host, o cliente informa o erro 809 em vez do 792.</translation>
    </message>
    <message>
        <source>IKE negotiation completed</source>
        <translation>Negociação IKE concluída</translation>
    </message>
    <message>
        <source>The IKE security association was established (IKEv1 Main Mode message 6 or the IKEv2 IKE_AUTH response reached the client). Any IP fragments got through, so Error 792 is not caused by blocked fragments here.</source>
        <translation>A associação de segurança IKE foi estabelecida (a mensagem 6 do IKEv1 Main Mode ou a resposta IKE_AUTH do IKEv2 chegou ao cliente). Os fragmentos IP passaram, então o erro 792 não é causado por fragmentos bloqueados aqui.</translation>
    </message>
    <message>
        <source>Negotiation stalled, but no fragmented message was involved</source>
        <translation>A negociação parou, mas sem mensagem fragmentada envolvida</translation>
    </message>
    <message>
        <source>The negotiation stopped without any IP-fragmented IKE message, so KB 838438 does not explain it. Look at the look-alike errors: 789 (pre-shared key or NAT-T registry setting), 809 (UDP 500/4500 blocked or NAT), 13801 (certificate not acceptable), 13806 (no machine certificate), 13868 (policy mismatch).</source>
        <translation>A negociação parou sem nenhuma mensagem IKE fragmentada pelo IP, então o KB 838438 não a explica. Veja os erros parecidos: 789 (chave pré-compartilhada ou registro de NAT-T), 809 (UDP 500/4500 bloqueado ou NAT), 13801 (certificado não aceito), 13806 (sem certificado de máquina), 13868 (política incompatível).</translation>
    </message>
    <message>
        <source>Fragmented IKE message left complete and was never answered</source>
        <translation>Mensagem IKE fragmentada saiu completa e nunca foi respondida</translation>
    </message>
    <message>
        <source>A fragmented IKE message left this point complete, every fragment present, and no answer came back while it was retransmitted. Where the fragments were dropped cannot be told from here: capture on the VPN server to tell whether they reach it.</source>
        <translation>Uma mensagem IKE fragmentada saiu deste ponto completa, com todos os fragmentos, e nenhuma resposta voltou enquanto era retransmitida. Daqui não dá para saber onde os fragmentos foram descartados: capture no servidor VPN para ver se chegam até ele.</translation>
    </message>
    <message>
        <source>The server&apos;s fragmented answer does not reach the client</source>
        <translation>A resposta fragmentada do servidor não chega ao cliente</translation>
    </message>
    <message>
        <source>The VPN server answered with a fragmented IKE message, and the client kept repeating its request: the answer&apos;s fragments are lost on the way to the client or at the client itself (a firewall or router between them, or the client&apos;s own firewall, drops IP fragments).</source>
        <translation>O servidor VPN respondeu com uma mensagem IKE fragmentada e o cliente continuou repetindo a solicitação: os fragmentos da resposta se perdem no caminho até o cliente ou no próprio cliente (um firewall ou roteador entre eles, ou o firewall do próprio cliente, descarta fragmentos IP).</translation>
    </message>
    <message>
        <source>Fragments are lost before they reach the server</source>
        <translation>Os fragmentos se perdem antes de chegar ao servidor</translation>
    </message>
    <message>
        <source>The exchange stalls where a large, fragmented IKE message from the client is due, and its fragments arrive incomplete or not at all: a device between the client and the server (router, NAT device, upstream firewall) drops IP fragments.</source>
        <translation>A troca para onde uma mensagem IKE grande e fragmentada do cliente deveria vir, e seus fragmentos chegam incompletos ou não chegam: um dispositivo entre o cliente e o servidor (roteador, dispositivo NAT, firewall anterior) descarta fragmentos IP.</translation>
    </message>
    <message>
        <source>The client drops the server&apos;s fragmented answer</source>
        <translation>O cliente descarta a resposta fragmentada do servidor</translation>
    </message>
    <message>
        <source>The server&apos;s fragmented answer arrived at the client complete, every fragment present, and the client still kept repeating its request: a firewall on the client itself drops IP fragments.</source>
        <translation>A resposta fragmentada do servidor chegou completa ao cliente, com todos os fragmentos, e o cliente ainda continuou repetindo a solicitação: um firewall no próprio cliente descarta fragmentos IP.</translation>
    </message>
    <message>
        <source>The server receives the fragments and drops them (KB 838438)</source>
        <translation>O servidor recebe os fragmentos e os descarta (KB 838438)</translation>
    </message>
    <message>
        <source>A fragmented IKE message arrived at the VPN server complete, every fragment present, and was never answered while the client retransmitted it. This is KB 838438: the server&apos;s firewall drops IP fragments (&quot;Block IP fragments&quot; is on). Clear &quot;Block IP fragments&quot; on the IP Fragments tab of the IP Preferences dialog, click OK, then Apply.</source>
        <translation>Uma mensagem IKE fragmentada chegou completa ao servidor VPN, com todos os fragmentos, e nunca foi respondida enquanto o cliente a retransmitia. Este é o KB 838438: o firewall do servidor descarta fragmentos IP (&quot;Block IP fragments&quot; está ativado). Desmarque &quot;Block IP fragments&quot; na guia IP Fragments da caixa de diálogo IP Preferences, clique em OK e depois em Apply.</translation>
    </message>
    <message>
        <source>The client sent its identity message (MM5) and no answer came</source>
        <translation>O cliente enviou sua mensagem de identidade (MM5) e nenhuma resposta veio</translation>
    </message>
    <message>
        <source>The client&apos;s own log shows IPsec Main Mode stopped after the client sent its identity (certificate) message, MM5, and no answer came. That message carries the certificates and is usually IP-fragmented, so this fits KB 838438, but no packet was seen: where the fragments were lost needs a capture at the server or the server&apos;s firewall log.</source>
        <translation>O log do cliente mostra que o modo principal do IPsec parou depois que o cliente enviou sua mensagem de identidade (certificado), MM5, e nenhuma resposta veio. Essa mensagem leva os certificados e costuma ser fragmentada em IP, o que combina com o KB 838438, mas nenhum pacote foi visto: para saber onde os fragmentos se perderam é preciso uma captura no servidor ou o log do firewall do servidor.</translation>
    </message>
    <message>
        <source>The logs do not show where the negotiation stopped</source>
        <translation>Os logs não mostram onde a negociação parou</translation>
    </message>
    <message>
        <source>No capture was analysed, and none of the logs given shows where IKE stopped: no ISA/TMG firewall row dropping an IP fragment (result code 0xC0040013) and no IPsec Main Mode failure on the client (Security event 4653 or 547, a WFP net event). They can neither confirm nor rule out blocked fragments.</source>
        <translation>Nenhuma captura foi analisada, e nenhum dos logs fornecidos mostra onde o IKE parou: nenhuma linha do firewall do ISA/TMG descartando um fragmento IP (código de resultado 0xC0040013) e nenhuma falha do modo principal do IPsec no cliente (evento de segurança 4653 ou 547, um evento de rede do WFP). Eles não podem confirmar nem descartar fragmentos bloqueados.</translation>
    </message>
</context>
<context>
    <name>VerdictAdvice</name>
    <message>
        <source>No IKE traffic was captured. Capture on the interface that faces the VPN clients and have a client connect while the capture runs.</source>
        <translation>Nenhum tráfego IKE foi capturado. Capture na interface voltada para os clientes VPN e faça um cliente se conectar durante a captura.</translation>
    </message>
    <message>
        <source>The fragments are lost before they reach the server: a router, NAT device or upstream firewall drops IP fragments. Check that device (or ask the provider); changing the ISA/TMG setting will not help.</source>
        <translation>Os fragmentos se perdem antes de chegar ao servidor: um roteador, dispositivo NAT ou firewall anterior descarta fragmentos IP. Verifique esse dispositivo (ou consulte o provedor); alterar a configuração do ISA/TMG não vai ajudar.</translation>
    </message>
    <message>
        <source>The server answers, but its fragmented answer is lost on the way back. Check the devices between the server and the client, and the client&apos;s own firewall.</source>
        <translation>O servidor responde, mas sua resposta fragmentada se perde na volta. Verifique os dispositivos entre o servidor e o cliente e o próprio firewall do cliente.</translation>
    </message>
    <message>
        <source>The client&apos;s own firewall drops the fragmented answer. Check third-party firewall or security software on the client.</source>
        <translation>O próprio firewall do cliente descarta a resposta fragmentada. Verifique firewall ou software de segurança de terceiros no cliente.</translation>
    </message>
    <message>
        <source>Nothing was fragmented, so blocked fragments are not the cause. Compare with the look-alike errors 789, 809, 13801, 13806 and 13868.</source>
        <translation>Nada foi fragmentado, então fragmentos bloqueados não são a causa. Compare com os erros parecidos 789, 809, 13801, 13806 e 13868.</translation>
    </message>
    <message>
        <source>The fragments are still unanswered. Capture on the VPN server itself to see whether they arrive there, then check that the change was applied and the client reconnected.</source>
        <translation>Os fragmentos continuam sem resposta. Capture no próprio servidor VPN para ver se chegam até ele e depois verifique se a alteração foi aplicada e o cliente se reconectou.</translation>
    </message>
    <message>
        <source>This capture does not show the server dropping fragments, so the KB 838438 change may not help. The steps are listed for reference; check the verdict&apos;s explanation first.</source>
        <translation>Esta captura não mostra o servidor descartando fragmentos, então a alteração do KB 838438 pode não ajudar. Os passos são listados como referência; leia primeiro a explicação do veredito.</translation>
    </message>
    <message>
        <source>The verification capture has no IKE traffic: capture again while the client connects.</source>
        <translation>A captura de verificação não tem tráfego IKE: capture de novo enquanto o cliente se conecta.</translation>
    </message>
    <message>
        <source>The negotiation completed, so fragments pass here and this KB does not explain the error. Capture while the failure happens, or check the error number again.</source>
        <translation>A negociação foi concluída, então os fragmentos passam aqui e este KB não explica o erro. Capture enquanto a falha acontece ou confira de novo o número do erro.</translation>
    </message>
    <message>
        <source>The negotiation completed in this capture, so no change is needed. The steps are listed for reference only.</source>
        <translation>A negociação foi concluída nesta captura, então nenhuma alteração é necessária. Os passos são listados só como referência.</translation>
    </message>
    <message>
        <source>The IKE negotiation now completes, so the fragments get through. If the client still fails, it reports a different error now; check its number.</source>
        <translation>A negociação IKE agora é concluída, então os fragmentos passam. Se o cliente ainda falhar, ele agora informa outro erro; confira o número.</translation>
    </message>
    <message>
        <source>Fragments are no longer the problem, but the negotiation still stalls: look at the look-alike errors (789, 809, 13801, 13806, 13868).</source>
        <translation>Os fragmentos não são mais o problema, mas a negociação ainda para: veja os erros parecidos (789, 809, 13801, 13806, 13868).</translation>
    </message>
    <message>
        <source>The fragments left complete and were never answered. The server most likely drops them (KB 838438); to be certain, capture on the VPN server itself.</source>
        <translation>Os fragmentos saíram completos e nunca foram respondidos. O servidor provavelmente os descarta (KB 838438); para ter certeza, capture no próprio servidor VPN.</translation>
    </message>
    <message>
        <source>The fragments left this point and were never answered. If the VPN server runs ISA Server or Forefront TMG, check &quot;Block IP fragments&quot; as follows; a capture on the server tells whether it is the one dropping them.</source>
        <translation>Os fragmentos saíram deste ponto e nunca foram respondidos. Se o servidor VPN roda ISA Server ou Forefront TMG, verifique &quot;Block IP fragments&quot; como segue; uma captura no servidor mostra se é ele que os descarta.</translation>
    </message>
    <message>
        <source>The server now answers, but its fragmented answer does not reach the client: check the devices between server and client and the client&apos;s own firewall.</source>
        <translation>O servidor agora responde, mas sua resposta fragmentada não chega ao cliente: verifique os dispositivos entre o servidor e o cliente e o próprio firewall do cliente.</translation>
    </message>
    <message>
        <source>Fragments now go missing before they reach the server: a router, NAT device or upstream firewall between client and server drops them. Allow IP fragments there, or lower the certificate size.</source>
        <translation>Agora os fragmentos se perdem antes de chegar ao servidor: um roteador, dispositivo NAT ou firewall anterior entre cliente e servidor os descarta. Permita fragmentos IP ali ou reduza o tamanho do certificado.</translation>
    </message>
    <message>
        <source>The server&apos;s answer reaches the client and the client drops it: allow IP fragments in the client&apos;s firewall.</source>
        <translation>A resposta do servidor chega ao cliente e o cliente a descarta: permita fragmentos IP no firewall do cliente.</translation>
    </message>
    <message>
        <source>This is KB 838438: the server receives the fragments and drops them.</source>
        <translation>Este é o KB 838438: o servidor recebe os fragmentos e os descarta.</translation>
    </message>
    <message>
        <source>The capture shows KB 838438: the server drops the IP fragments. Clear &quot;Block IP fragments&quot; as follows, then capture again while the client connects.</source>
        <translation>A captura mostra o KB 838438: o servidor descarta os fragmentos IP. Desmarque &quot;Block IP fragments&quot; como segue e capture de novo enquanto o cliente se conecta.</translation>
    </message>
    <message>
        <source>The server still drops the fragments. Check that Apply was clicked on the server (or array) the client connects to, that the configuration reached it (Monitoring &gt; Configuration), and that the client made a new connection afterwards: existing sessions keep the old policy. Disconnect them or restart the Firewall service if needed.</source>
        <translation>O servidor ainda descarta os fragmentos. Verifique se alguém clicou em Aplicar no servidor (ou na matriz) ao qual o cliente se conecta, se a configuração chegou até ele (Monitoramento &gt; Configuração) e se o cliente fez uma nova conexão depois: as sessões existentes mantêm a política antiga. Desconecte-as ou reinicie o serviço Firewall, se necessário.</translation>
    </message>
    <message>
        <source>The client&apos;s log shows MM5 went out and was never answered. Capture on the VPN server, or look in its firewall log for result code 0xC0040013, to tell where the fragments are lost.</source>
        <translation>O log do cliente mostra que o MM5 saiu e nunca foi respondido. Faça uma captura no servidor VPN ou procure no log do firewall dele o código de resultado 0xC0040013 para saber onde os fragmentos se perdem.</translation>
    </message>
    <message>
        <source>The client&apos;s log shows its identity message was never answered. If the VPN server runs ISA Server or Forefront TMG, check &quot;Block IP fragments&quot; as follows; a capture on the server or its firewall log tells whether it is the one dropping them.</source>
        <translation>O log do cliente mostra que sua mensagem de identidade nunca foi respondida. Se o servidor VPN executa ISA Server ou Forefront TMG, verifique &quot;Block IP fragments&quot; como a seguir; uma captura no servidor ou o log do firewall dele mostra se é ele quem os descarta.</translation>
    </message>
    <message>
        <source>The client&apos;s log still shows MM5 unanswered. Capture on the VPN server to see whether the fragments arrive there, then check that the change was applied and the client reconnected.</source>
        <translation>O log do cliente ainda mostra o MM5 sem resposta. Faça uma captura no servidor VPN para ver se os fragmentos chegam lá e depois verifique se a alteração foi aplicada e o cliente se reconectou.</translation>
    </message>
    <message>
        <source>The logs alone cannot locate the failure. Capture on the VPN server while a client connects, or turn on IPsec auditing on the client (event 4653) and try again.</source>
        <translation>Os logs sozinhos não permitem localizar a falha. Capture no servidor VPN enquanto um cliente se conecta, ou ative a auditoria de IPsec no cliente (evento 4653) e tente novamente.</translation>
    </message>
    <message>
        <source>The logs do not show the server dropping fragments, so the KB 838438 change may not help. The steps are listed for reference; capture on the server first.</source>
        <translation>Os logs não mostram o servidor descartando fragmentos, então a alteração da KB 838438 pode não ajudar. As etapas estão listadas como referência; capture primeiro no servidor.</translation>
    </message>
    <message>
        <source>The logs still do not show where the negotiation stops: capture on the VPN server while the client connects to verify the change.</source>
        <translation>Os logs ainda não mostram onde a negociação para: capture no servidor VPN enquanto o cliente se conecta para verificar a alteração.</translation>
    </message>
</context>
<context>
    <name>VerdictView</name>
    <message>
        <source>IKE timeline</source>
        <translation>Linha do tempo IKE</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Tempo (s)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direção</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Tamanho (bytes)</translation>
    </message>
    <message>
        <source>IP fragments</source>
        <translation>Fragmentos IP</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Evidências:</translation>
    </message>
    <message>
        <source>Reading stopped early: %1</source>
        <translation>A leitura parou antes do fim: %1</translation>
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
        <translation>%1 (retransmissão)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Capture point in doubt:</source>
        <translation>Ponto de captura duvidoso:</translation>
    </message>
    <message>
        <source>One row per IKE message of the session the verdict is about: time since its first message, direction, message, size, the IP fragments that carried it, and whether it was answered.</source>
        <translation>Uma linha por mensagem IKE da sessão de que trata o veredito: tempo desde a primeira mensagem, direção, mensagem, tamanho, os fragmentos IP que a carregaram e se foi respondida.</translation>
    </message>
    <message>
        <source>Windows logs:</source>
        <translation>Logs do Windows:</translation>
    </message>
    <message numerus="yes">
        <source>%n more log item(s) in the report.</source>
        <translation>
            <numerusform>Mais %n item de log no relatório.</numerusform>
            <numerusform>Mais %n itens de log no relatório.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Verify the fix</source>
        <translation>Verifique a correção</translation>
    </message>
    <message>
        <source>Disconnect the VPN client and connect again: sessions that existed before Apply keep the old policy. Capture while it connects, the same way as before.</source>
        <translation>Desconecte o cliente VPN e conecte de novo: sessões que existiam antes de Aplicar mantêm a política antiga. Capture enquanto ele se conecta, do mesmo jeito que antes.</translation>
    </message>
</context>
</TS>
