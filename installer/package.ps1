# Builds eLås for Windows with jpackage: an app image, or an MSI when WiX 3 is on the PATH.
#   powershell -File installer\package.ps1            # app image in target\installer\eLaas
#   powershell -File installer\package.ps1 -Type msi  # installer (per-user, Start-menu entry)
param([string]$Type = "app-image")
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
mvn -q -DskipTests package dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory=target/installer-input
Copy-Item (Get-ChildItem target\elaas-*.jar | Select-Object -First 1).FullName target\installer-input\elaas.jar
Remove-Item -Recurse -Force target\installer -ErrorAction SilentlyContinue
$extra = @()
if ($Type -ne "app-image") { $extra = @("--win-per-user-install", "--win-menu", "--win-shortcut") }
jpackage --type $Type --dest target\installer `
  --name eLaas --vendor "Aarhus Kommune" `
  --input target\installer-input --main-jar elaas.jar --main-class dk.elaas.app.Main `
  --java-options "-Xmx1g -Dfile.encoding=UTF-8" `
  --add-modules java.base,java.desktop,java.logging,java.management,java.naming,java.sql,java.xml,jdk.unsupported,java.instrument,java.compiler,jdk.crypto.ec,java.scripting,jdk.localedata,jdk.charsets,java.prefs,jdk.zipfs `
  @extra
