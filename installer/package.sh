#!/usr/bin/env bash
# Builds a self-contained eLås (its own Java runtime included) with jpackage, for the OS it runs on.
#   installer/package.sh                # app image in target/installer/eLaas
#   installer/package.sh deb|rpm|dmg|pkg  # an installer of that type (needs the OS's packaging tools)
# Windows: run installer/package.ps1 instead (msi/exe need the WiX toolset).
set -euo pipefail
cd "$(dirname "$0")/.."
type="${1:-app-image}"
modules=java.base,java.desktop,java.logging,java.management,java.naming,java.sql,java.xml,jdk.unsupported,java.instrument,java.compiler,jdk.crypto.ec,java.scripting,jdk.localedata,jdk.charsets,java.prefs,jdk.zipfs
version="$(mvn -q help:evaluate -Dexpression=project.version -DforceStdout | sed 's/-SNAPSHOT//')"

mvn -q -DskipTests package dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory=target/installer-input
cp target/elaas-*.jar target/installer-input/elaas.jar
rm -rf target/installer && mkdir -p target/installer

# 1. The app image, with a runtime that has the JDK's own class-data-sharing archive (needed for step 2).
jpackage --type app-image --dest target/installer \
  --name eLaas --app-version "$version" --vendor "Aarhus Kommune" \
  --description "Samtykker og onboarding for eksterne leverandørers brug af elektroniske dørlåse" \
  --input target/installer-input --main-jar elaas.jar --main-class dk.elaas.app.Main \
  --java-options "-Xmx1g -Dfile.encoding=UTF-8 -XX:SharedArchiveFile=\$APPDIR/elaas.jsa -Xshare:auto" \
  --add-modules "$modules" \
  --jlink-options "--strip-debug --no-man-pages --no-header-files --generate-cds-archive"

# 2. An AppCDS archive of the classes a start loads: the window and the database come up in about two
#    thirds of the time (docs/benchmarks.md). Made by starting the image once; needs a display (xvfb-run on
#    a headless build machine). If it cannot be made, the app starts as before: -Xshare:auto ignores it.
image=target/installer/eLaas
app="$image/lib/app"
[ -d "$app" ] || app="$image/Contents/app"
runtime_java="$(find "$image" -path '*runtime*' -name java -type f | head -1)"
cp=$(grep '^app.classpath=' "$app"/eLaas.cfg | sed "s|app.classpath=\$APPDIR|$(cd "$app" && pwd)|" | paste -sd: -)
scratch="$(mktemp -d)"
run=("$runtime_java" -XX:ArchiveClassesAtExit="$app/elaas.jsa" -cp "$cp" dk.elaas.app.Main --data-dir "$scratch" --exit-when-ready)
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then run=(xvfb-run -a "${run[@]}"); fi
"${run[@]}" >/dev/null 2>&1 || echo "No AppCDS archive (no display?): the app works, it just starts slower."
rm -rf "$scratch"

# 3. An installer from the image, when one was asked for.
if [ "$type" != "app-image" ]; then
  jpackage --type "$type" --dest target/installer --app-image "$image" --name eLaas --app-version "$version" \
    --vendor "Aarhus Kommune"
fi

echo "Built: $(ls -d target/installer/*)"
