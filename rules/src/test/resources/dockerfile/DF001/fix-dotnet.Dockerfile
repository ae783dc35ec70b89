# .NET 8 images ship the app user
# expect: DF001 "`USER app` before ENTRYPOINT"
FROM mcr.microsoft.com/dotnet/aspnet:8.0
COPY out/ /app/
ENTRYPOINT ["dotnet", "/app/api.dll"]
