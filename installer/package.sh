#!/usr/bin/env bash
# Builds a self-contained eLås (its own Java runtime included) with jpackage, for the OS it runs on.
#   installer/package.sh                # app image in target/installer/eLaas
#   installer/package.sh deb|rpm|dmg|pkg  # an installer of that type (needs the OS's packaging tools)
# Windows: run installer/package.ps1 instead (msi/exe need the WiX toolset).
set -euo pipefail
cd "$(dirname "$0")/.."
type="${1:-app-image}"
version="$(mvn -q help:evaluate -Dexpression=project.version -DforceStdout | sed 's/-SNAPSHOT//')"

mvn -q -DskipTests package dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory=target/installer-input
cp target/elaas-*.jar target/installer-input/elaas.jar
rm -rf target/installer && mkdir -p target/installer

jpackage --type "$type" --dest target/installer \
  --name eLaas --app-version "$version" --vendor "Aarhus Kommune" \
  --description "Samtykker og onboarding for eksterne leverandørers brug af elektroniske dørlåse" \
  --input target/installer-input --main-jar elaas.jar --main-class dk.elaas.app.Main \
  --java-options "-Xmx1g -Dfile.encoding=UTF-8" \
  --add-modules java.base,java.desktop,java.logging,java.management,java.naming,java.sql,java.xml,jdk.unsupported,java.instrument,java.compiler,jdk.crypto.ec,java.scripting,jdk.localedata,jdk.charsets,java.prefs,jdk.zipfs

echo "Built: $(ls -d target/installer/*)"
