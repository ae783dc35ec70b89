# ok: Windows containers run as ContainerUser unless told otherwise
FROM mcr.microsoft.com/windows/servercore:ltsc2022
COPY app/ C:/app/
CMD ["C:\\app\\app.exe"]
