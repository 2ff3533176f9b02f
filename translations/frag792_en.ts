<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CapturePanel</name>
    <message numerus="yes">
        <source>Done: %n packet(s) analysed.</source>
        <translation>
            <numerusform>Done: %n packet analysed.</numerusform>
            <numerusform>Done: %n packets analysed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceLogPanel</name>
    <message numerus="yes">
        <source>%n item(s) recognised.</source>
        <translation>
            <numerusform>%n item recognised.</numerusform>
            <numerusform>%n items recognised.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message numerus="yes">
        <source>%Ln IKE messages arrived in IP fragments and were answered: fragments get through.</source>
        <translation>
            <numerusform>%Ln IKE message arrived in IP fragments and was answered: fragments get through.</numerusform>
            <numerusform>%Ln IKE messages arrived in IP fragments and were answered: fragments get through.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was retransmitted %Ln times over %2 s.</source>
        <translation>
            <numerusform>%1 was retransmitted once, %2 s later.</numerusform>
            <numerusform>%1 was retransmitted %Ln times over %2 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln datagrams from %1 to %2 never completed: some of their fragments never arrived.</source>
        <translation>
            <numerusform>%Ln datagram from %1 to %2 never completed: some of its fragments never arrived.</numerusform>
            <numerusform>%Ln datagrams from %1 to %2 never completed: some of their fragments never arrived.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The answer %1 arrived complete in %Ln IP fragments, yet the initiator kept repeating %2.</source>
        <translation>
            <numerusform>The answer %1 arrived in one packet, yet the initiator kept repeating %2.</numerusform>
            <numerusform>The answer %1 arrived complete in %Ln IP fragments, yet the initiator kept repeating %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The answer %1 was sent in %Ln IP fragments, yet the initiator kept repeating %2.</source>
        <translation>
            <numerusform>The answer %1 was sent in one packet, yet the initiator kept repeating %2.</numerusform>
            <numerusform>The answer %1 was sent in %Ln IP fragments, yet the initiator kept repeating %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln datagrams from the initiator arrived with fragments missing.</source>
        <translation>
            <numerusform>%Ln datagram from the initiator arrived with fragments missing.</numerusform>
            <numerusform>%Ln datagrams from the initiator arrived with fragments missing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fragmented datagrams to or from UDP 500/4500 never completed.</source>
        <translation>
            <numerusform>%Ln fragmented datagram to or from UDP 500/4500 never completed.</numerusform>
            <numerusform>%Ln fragmented datagrams to or from UDP 500/4500 never completed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 IKE SAs seen, %Ln did not complete; the most specific finding is shown.</source>
        <translation>
            <numerusform>%1 IKE SAs seen, %Ln did not complete; the most specific finding is shown.</numerusform>
            <numerusform>%1 IKE SAs seen, %Ln did not complete; the most specific finding is shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln datagrams on UDP 500/4500 were not valid IKE (see malformed).</source>
        <translation>
            <numerusform>%Ln datagram on UDP 500/4500 was not valid IKE (see malformed).</numerusform>
            <numerusform>%Ln datagrams on UDP 500/4500 were not valid IKE (see malformed).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>%1 UTC, %2 s, %Ln packet(s)</source>
        <translation>
            <numerusform>%1 UTC, %2 s, %Ln packet</numerusform>
            <numerusform>%1 UTC, %2 s, %Ln packets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) were cut to at most %1 bytes by the capture&apos;s snap length. Cut frames are not malformed: fragments are counted from their IP headers and IKE messages identified from their IKE headers. Not read past the cut: %2.</source>
        <translation>
            <numerusform>%n frame was cut to at most %1 bytes by the capture&apos;s snap length. Cut frames are not malformed: fragments are counted from their IP headers and IKE messages identified from their IKE headers. Not read past the cut: %2.</numerusform>
            <numerusform>%n frames were cut to at most %1 bytes by the capture&apos;s snap length. Cut frames are not malformed: fragments are counted from their IP headers and IKE messages identified from their IKE headers. Not read past the cut: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more log items not shown.</source>
        <translation>
            <numerusform>%n more log item not shown.</numerusform>
            <numerusform>%n more log items not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerdictView</name>
    <message numerus="yes">
        <source>%n more log item(s) in the report.</source>
        <translation>
            <numerusform>%n more log item in the report.</numerusform>
            <numerusform>%n more log items in the report.</numerusform>
        </translation>
    </message>
</context>
</TS>
