# Builds eLås for Windows with jpackage: an app image, or an MSI when WiX is on the PATH.
#   powershell -File installer\package.ps1                        # app image in target\installer\eLaas
#   powershell -File installer\package.ps1 -Type msi              # per user: %LOCALAPPDATA%\Programs\eLaas
#   powershell -File installer\package.ps1 -Type msi -PerMachine  # for every user: Program Files\eLaas
# The settings (upgrade UUID, install folder, menu, file types, JVM options) come from
# dk.elaas.app.install.JpackageArgs, the same class package.sh uses; JpackageArgsTest checks them.
# The data folder (%LOCALAPPDATA%\eLaas) is never the install folder, so uninstall and upgrade keep it.
param([string]$Type = "app-image", [switch]$PerMachine)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
$jdk = if ($env:JPACKAGE_JDK) { $env:JPACKAGE_JDK } else { Split-Path (Split-Path (Get-Command jpackage).Source) }
$feature = ((& "$jdk\bin\java" -version 2>&1 | Select-Object -First 1) -replace '.*version "(\d+).*', '$1')
New-Item -ItemType Directory -Force target | Out-Null
mvn -q -B "-Dstyle.color=never" help:evaluate "-Dexpression=project.version" "-Doutput=target/pom-version.txt" | Out-Null
$version = (Get-Content target\pom-version.txt -Raw).Trim()
$build = (git rev-parse --short HEAD 2>$null); if (-not $build) { $build = "local" }
Remove-Item -Recurse -Force target\installer, target\installer-input, target\jpackage -ErrorAction SilentlyContinue
mvn -q -B "-Dstyle.color=never" -DskipTests "-Delaas.build=$build" package dependency:copy-dependencies `
  -DincludeScope=runtime -DoutputDirectory=target/installer-input
Copy-Item (Get-ChildItem target\elaas-*.jar | Select-Object -First 1).FullName target\installer-input\elaas.jar
Remove-Item target\installer-input\postgresql-*.jar, target\installer-input\flyway-database-postgresql-*.jar -ErrorAction SilentlyContinue
# The Danish models (Tesseract's from its installer, ours from the sources).
New-Item -ItemType Directory -Force target\installer-input\tessdata | Out-Null
Copy-Item src\main\resources\dk\elaas\ocr\dan_elaas.traineddata target\installer-input\tessdata\
$dan = @("$env:ProgramFiles\Tesseract-OCR\tessdata\dan.traineddata", "$env:TESSDATA_PREFIX\dan.traineddata") |
  Where-Object { $_ -and (Test-Path $_) } | Select-Object -First 1
if (-not $dan) { throw "dan.traineddata not found: install Tesseract with the Danish language first." }
Copy-Item $dan target\installer-input\tessdata\
$args = @("windows", $Type, $version, $feature, "target\jpackage")
if ($PerMachine) { $args += "--per-machine" }
& "$jdk\bin\java" -cp target\classes dk.elaas.app.install.JpackageArgs @args
& "$jdk\bin\jpackage" "@target\jpackage\jpackage.args"
