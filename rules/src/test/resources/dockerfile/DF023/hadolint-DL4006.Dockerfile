# hadolint DL4006 (pipefail); /bin/sh (dash) has no pipefail option, so a SHELL with sh does not count
FROM debian:12-slim AS plain
# expect: DF023
RUN wget -O - https://example.com | wc -l > /number
# ok: no pipe
RUN wget -O - https://example.com && wc -l file > /number
FROM debian:12-slim AS bash-eo
SHELL ["/bin/bash", "-eo", "pipefail", "-c"]
# ok: -eo pipefail
RUN wget -O - https://example.com | wc -l file > /number
FROM debian:12-slim AS bash-e-o
SHELL ["/bin/bash", "-e", "-o", "pipefail", "-c"]
# ok: -o pipefail
RUN wget -O - https://example.com | wc -l file > /number
FROM debian:12-slim AS bash-errexit
SHELL ["/bin/bash", "-o", "errexit", "-o", "pipefail", "-c"]
# ok: pipefail after another -o
RUN wget -O - https://example.com | wc -l file > /number
FROM debian:12-slim AS zsh
SHELL ["/bin/zsh", "-o", "pipefail", "-c"]
# ok: zsh
RUN wget -O - https://example.com | wc -l file > /number
FROM debian:12-slim AS usr-bin-bash
SHELL ["/usr/bin/bash", "-o", "pipefail", "-c"]
# ok: bash under another directory
RUN wget -O - https://example.com | wc -l file > /number
FROM debian:12-slim AS usr-local-zsh
SHELL ["/usr/local/bin/zsh", "-o", "pipefail", "-c"]
# ok: zsh under another directory
RUN wget -O - https://example.com | wc -l file > /number
FROM debian:12-slim AS pwsh
SHELL ["pwsh", "-c"]
# ok: PowerShell
RUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value
FROM debian:12-slim AS sh
SHELL ["/bin/sh", "-o", "pipefail", "-c"]
# expect: DF023
RUN wget -O - https://example.com | wc -l file > /number
FROM debian:12-slim AS first
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
# ok: pipefail in this stage
RUN wget -O - https://example.com | wc -l file > /number
FROM debian:12-slim AS next
# a SHELL does not carry into the next stage
# expect: DF023
RUN wget -O - https://example.com | wc -l file > /number
FROM debian:12-slim AS switched
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
# ok: pipefail
RUN wget -O - https://example.com | wc -l file > /number
SHELL ["/bin/sh", "-c"]
# expect: DF023
RUN wget -O - https://example.com | wc -l file > /number
FROM mcr.microsoft.com/powershell:lts-ubuntu-22.04 AS ps1
SHELL [ "pwsh", "-c" ]
# ok: pwsh
RUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value
FROM mcr.microsoft.com/powershell:lts-ubuntu-22.04 AS ps2
SHELL [ "powershell.exe" ]
# ok: powershell.exe
RUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value
FROM mcr.microsoft.com/powershell:lts-ubuntu-22.04 AS cmd
SHELL [ "cmd.exe", "/c" ]
# ok: cmd.exe
RUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value
