# escape=`
FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["powershell", "-Command"]
# expect: DF018 "runs under `powershell -Command`"
CMD Start-Sleep 5 ; ./app.exe
