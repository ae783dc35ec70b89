# ok: on Windows only ContainerAdministrator is the administrator
FROM mcr.microsoft.com/windows/nanoserver:ltsc2022
USER ContainerUser
