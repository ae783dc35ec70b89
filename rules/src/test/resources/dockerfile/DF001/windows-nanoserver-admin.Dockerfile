FROM mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022
COPY publish/ C:/app/
# expect: DF001 "Windows administrator"
USER ContainerAdministrator
ENTRYPOINT ["dotnet", "C:\\app\\Web.dll"]
