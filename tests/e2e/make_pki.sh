#!/bin/bash
# Regenerates the test PKI used by the e2e lab (tests/e2e/pki/).
#
#   root CA (RSA 4096) -> intermediate CA (RSA 4096) -> client, server (RSA 4096)
#
# The keys are big on purpose: IKEv1 Main Mode messages 5/6 carry the end-entity
# certificate, the intermediate CA certificate and a 4096-bit signature, so they
# are ~2.8-3 KB and must be IP-fragmented on a 1500-byte MTU link (KB 838438).
#
# Validity is a fixed window 2020-01-01 .. 2049-12-31 so the shipped files do not
# expire; these are TEST-ONLY keys (never use them anywhere else).
# Usage: make_pki.sh [OUTDIR]   (default: the pki/ directory next to this script)
set -euo pipefail
out=${1:-"$(cd "$(dirname "$0")" && pwd)/pki"}
mkdir -p "$out"
cd "$out"
pki() { command pki "$@" 2>/dev/null; }   # pki prints plugin noise on stderr
FROM="01.01.20 00:00:00"
UNTIL="31.12.49 23:59:59"
DATES=(--not-before "$FROM" --not-after "$UNTIL" --dateform "%d.%m.%y %T")

for k in root inter client server; do
    pki --gen --type rsa --size 4096 --outform pem > "$k.key"
done
pki --self --ca --in root.key --dn "C=XX, O=frag792 test, CN=frag792 Test Root CA" \
    "${DATES[@]}" --outform pem > root.crt
pki --pub --in inter.key | pki --issue --cacert root.crt --cakey root.key --ca --pathlen 0 \
    --dn "C=XX, O=frag792 test, CN=frag792 Test Intermediate CA" "${DATES[@]}" --outform pem > inter.crt
for k in client server; do
    pki --pub --in "$k.key" | pki --issue --cacert inter.crt --cakey inter.key \
        --dn "C=XX, O=frag792 test, CN=$k.frag792.test" --san "$k.frag792.test" \
        --flag serverAuth --flag clientAuth "${DATES[@]}" --outform pem > "$k.crt"
done
rm -f root.key inter.key   # CA keys are not needed at run time
echo "PKI written to $out"
