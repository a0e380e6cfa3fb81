# Sourced by the dev/bench-* scripts: moves to the project root, finds a JDK >= 21 ($java_home) and builds the
# test classes quietly, with their dependency classpath in $test_classpath (the build log is shown on failure).
cd "$(dirname "${BASH_SOURCE[0]}")/.."
java_home="$(./vnsearch --print-java-home)"
JAVA_HOME="$java_home" mvn -q -B -pl core test-compile dependency:build-classpath \
  -Dmdep.outputFile="$PWD/target/test-classpath.txt" -Dmdep.includeScope=test >target/bench-build.log 2>&1 || { cat target/bench-build.log; exit 1; }
test_classpath="$(cat target/test-classpath.txt)"
