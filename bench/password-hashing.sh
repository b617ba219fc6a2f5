#!/usr/bin/env bash
# Cost of one password check: Argon2id at the settings the portal hashes with (m=19 MiB, t=2,
# p=1) against the older 16 MiB settings and bcrypt, and of the guessability estimate (nbvcxz
# with the Georgian and Armenian words). Median of N runs after a warm-up, on one core.
# Usage: bench/password-hashing.sh [runs]   (after `mvn -o -q compile`; uses ~/.m2 jars)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-20}
m2=${HOME}/.m2/repository
cp="target/classes:$(ls $m2/org/springframework/security/spring-security-crypto/*/spring-security-crypto-*.jar | grep -v sources | tail -1)"
cp="$cp:$(ls $m2/org/bouncycastle/bcprov-jdk18on/*/bcprov-jdk18on-*.jar | tail -1):$m2/me/gosimple/nbvcxz/1.5.1/nbvcxz-1.5.1.jar"
cp="$cp:$(ls $m2/org/springframework/spring-core/*/spring-core-*.jar | grep -v sources | tail -1)"
cp="$cp:$(ls $m2/commons-logging/commons-logging/*/commons-logging-*.jar 2>/dev/null | tail -1)"
mkdir -p target/bench
cat > target/bench/PasswordBench.java <<JAVA
package org.migrantportal.accounts;

import java.util.Arrays;
import java.util.function.Supplier;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

public class PasswordBench {
	static double median(int n, Runnable r) {
		for (int i = 0; i < 3; i++) r.run();
		double[] t = new double[n];
		for (int i = 0; i < n; i++) { long s = System.nanoTime(); r.run(); t[i] = (System.nanoTime() - s) / 1e6; }
		Arrays.sort(t);
		return t[n / 2];
	}
	public static void main(String[] a) {
		int n = Integer.parseInt(a[0]);
		String pw = "მიგრანტების დახმარება ყველაზე მნიშვნელოვანი საქმეა";
		var current = new Argon2PasswordEncoder(16, 32, 1, 19456, 2);
		var old = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
		var bcrypt = new BCryptPasswordEncoder();
		String h1 = current.encode(pw), h2 = old.encode(pw), h3 = bcrypt.encode("ascii passphrase here");
		System.out.printf("argon2id m=19456 t=2 p=1 verify: %.1f ms%n", median(n, () -> current.matches(pw, h1)));
		System.out.printf("argon2id m=16384 t=2 p=1 verify: %.1f ms%n", median(n, () -> old.matches(pw, h2)));
		System.out.printf("bcrypt 10 verify:                %.1f ms%n", median(n, () -> bcrypt.matches("ascii passphrase here", h3)));
		System.out.printf("policy (nbvcxz) 'Tbilisi2024!':  %.1f ms%n", median(n, () -> PasswordPolicy.problem("Tbilisi2024!", "a@b.org")));
		System.out.printf("policy (nbvcxz) 51-char Georgian: %.1f ms%n", median(n, () -> PasswordPolicy.problem(pw, "a@b.org")));
		System.out.printf("policy (nbvcxz) 100-char mixed:  %.1f ms%n", median(n, () -> PasswordPolicy.problem("Tq7#mZ2!pX9@wL4\$".repeat(7), "a@b.org")));
	}
}
JAVA
javac -d target/bench -cp "$cp" target/bench/PasswordBench.java
java -cp "target/bench:$cp" org.migrantportal.accounts.PasswordBench "$n"
