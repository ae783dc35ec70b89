FROM mcr.microsoft.com/powershell:lts-ubuntu-22.04
# ok: exec form is not run by a shell Docker controls
RUN ["/bin/sh", "-c", "curl -fsSL https://example.com/tool.tgz | tar -xz"]
SHELL ["pwsh", "-c"]
# ok: PowerShell pipes objects; pipefail does not apply
RUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value
