#!/usr/bin/env bash
# Installs what the notebooks in notebooks/ need, idempotently (a second run only checks):
#   - Jupyter (nbconvert, nbclient, jupyter-client, the classic notebook server) from Debian packages,
#     via apt-get when missing (needs root or sudo); no PyPI;
#   - the Java kernel (io.github.padreati:rapaio-jupyter-kernel, a JShell kernel) from Maven Central;
#   - the notebooks' own jars (DuckDB JDBC, XChart; versions in notebooks/pom.xml) from Maven Central;
#   - a kernelspec "newsgraph-java" that runs that kernel on this machine's Java 17+, with a fix for the
#     kernel's start-up race (notebooks/kernel-patch).
# Everything but the Debian packages lands in target/jupyter (NEWSGRAPH_JUPYTER overrides it); nothing is
# written to the home folder apart from Maven's local repository. Jupyter finds the kernelspec when
# JUPYTER_PATH includes that folder (jobs/run-notebooks.sh sets it; see notebooks/README.md).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
home="${NEWSGRAPH_JUPYTER:-$root/target/jupyter}"
kernel_version="$(sed -n 's:.*<rapaio-jupyter-kernel.version>\(.*\)</rapaio-jupyter-kernel.version>.*:\1:p' \
  "$root/notebooks/pom.xml")"
kernel_jar="$home/rapaio-jupyter-kernel-$kernel_version.jar"
spec_dir="$home/kernels/newsgraph-java"

# Debian packages: jupyter-nbconvert brings nbconvert + nbclient + jupyter-client; python3-ipykernel is what
# jupyter-client's kernel manager imports; jupyter-notebook is the interactive server users open.
# fontconfig and a font: XChart draws its axis labels with Java2D, which needs at least one font.
packages=(jupyter-nbconvert python3-nbclient jupyter-client python3-ipykernel jupyter-notebook fontconfig fonts-dejavu-core)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup-notebooks: installing Debian packages: ${missing[*]}"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

java_bin="${JAVA_HOME:+$JAVA_HOME/bin/java}"
java_bin="$(readlink -f "${java_bin:-$(command -v java)}")"
java_major="$("$java_bin" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
if [ "${java_major%%.*}" -lt 17 ] 2>/dev/null; then
  echo "setup-notebooks: $java_bin is Java $java_major; the kernel needs Java 17 or later (set JAVA_HOME)" >&2; exit 1
fi

mkdir -p "$home/lib" "$spec_dir"
if [ ! -f "$kernel_jar" ]; then
  echo "setup-notebooks: fetching rapaio-jupyter-kernel $kernel_version"
  (cd "$root" && mvn -q -B -ntp dependency:copy \
    -Dartifact="io.github.padreati:rapaio-jupyter-kernel:$kernel_version" -DoutputDirectory="$home")
fi
# Re-copied only when notebooks/pom.xml changed; the old jars go first so a version bump leaves no stale jar.
stamp="$home/lib/.pom.xml"
if ! cmp -s "$root/notebooks/pom.xml" "$stamp"; then
  echo "setup-notebooks: fetching the notebooks' jars (notebooks/pom.xml)"
  rm -f "$home/lib/"*.jar
  (cd "$root" && mvn -q -B -ntp -f notebooks/pom.xml dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$home/lib")
  cp "$root/notebooks/pom.xml" "$stamp"
fi

# Kernel 3.0.1's channel loop threads can exit before they are marked running (a start-up race that leaves
# the kernel mute); notebooks/kernel-patch/LoopThread.java replaces that class, ahead of the jar on the
# classpath. Other kernel versions run unpatched.
patch_dir="$home/kernel-patch"
classpath="$kernel_jar"
if [ "$kernel_version" = 3.0.1 ]; then
  patch_src="$root/notebooks/kernel-patch/LoopThread.java"
  patch_class="$patch_dir/org/rapaio/jupyter/kernel/channels/LoopThread.class"
  if [ ! -f "$patch_class" ] || [ "$patch_src" -nt "$patch_class" ]; then
    echo "setup-notebooks: compiling the kernel's start-up fix ($patch_src)"
    "$(dirname "$java_bin")/javac" --release 17 -nowarn -cp "$kernel_jar" -d "$patch_dir" "$patch_src"
  fi
  classpath="$patch_dir:$kernel_jar"
fi

# Our own kernelspec rather than the kernel's installer: that one writes under the home folder and puts a
# bare `java` (whatever is first on PATH) in argv. RJK_MIMA_CACHE (the kernel's Maven cache for %dependency)
# is resolved against the jar's folder, so an absolute path keeps it where we expect.
json_escape() { printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g'; }
spec="$(cat <<EOF
{
  "argv": [
    "$(json_escape "$java_bin")",
    "-Xmx2g",
    "-XX:+UseSerialGC",
    "-XX:TieredStopAtLevel=1",
    "-Djava.awt.headless=true",
    "-cp",
    "$(json_escape "$classpath")",
    "org.rapaio.jupyter.kernel.MainApp",
    "{connection_file}"
  ],
  "display_name": "Java (newsgraph, rjk $kernel_version)",
  "language": "java",
  "interrupt_mode": "message",
  "env": {
    "RJK_CLASSPATH": "",
    "RJK_COMPILER_OPTIONS": "",
    "RJK_INIT_SCRIPT": "",
    "RJK_TIMEOUT_MILLIS": "-1",
    "RJK_MIMA_CACHE": "$(json_escape "$home/mima_cache")"
  }
}
EOF
)"
if [ "$(cat "$spec_dir/kernel.json" 2>/dev/null)" != "$spec" ]; then
  printf '%s\n' "$spec" > "$spec_dir/kernel.json"
  echo "setup-notebooks: wrote $spec_dir/kernel.json"
fi
echo "setup-notebooks: ready (kernelspec newsgraph-java in $home/kernels; run with JUPYTER_PATH=$home)"
