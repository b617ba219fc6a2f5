package org.migrantportal.shared;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts secrets at rest with AES-256-GCM under a key derived (SHA-256) from a
 * passphrase given by configuration (the second-factor secrets under
 * {@code PORTAL_MFA_KEY}, call-back requests under {@code PORTAL_CALLBACK_KEY}). A
 * database dump alone then does not reveal them; the key lives in the environment, not in
 * the database. Each value gets a fresh random nonce.
 */
public final class SecretBox {

	private static final String PREFIX = "v1:";

	private static final int IV_BYTES = 12;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKeySpec key;

	public SecretBox(String passphrase) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(passphrase.getBytes(StandardCharsets.UTF_8));
			this.key = new SecretKeySpec(digest, "AES");
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	public String seal(byte[] plain) {
		try {
			byte[] iv = new byte[IV_BYTES];
			RANDOM.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(128, iv));
			byte[] sealed = cipher.doFinal(plain);
			return PREFIX + Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is part of every Java runtime", ex);
		}
	}

	/** Decrypts; a value sealed under another key fails (the key was changed). */
	public byte[] open(String sealed) {
		if (!sealed.startsWith(PREFIX)) {
			throw new IllegalStateException("Unknown format of a sealed secret");
		}
		try {
			byte[] all = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(128, all, 0, IV_BYTES));
			return cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(
					"A sealed secret cannot be decrypted: was its key (PORTAL_MFA_KEY, PORTAL_CALLBACK_KEY) changed?",
					ex);
		}
	}

}
