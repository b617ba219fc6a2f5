package org.migrantportal.accounts;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PasswordResetTokenRepository extends JpaRepository<PasswordResetToken, Long> {

	Optional<PasswordResetToken> findByTokenHash(String tokenHash);

	/** Ends every unused token of an account: after a reset, no other link works. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update PasswordResetToken t set t.usedAt = :now where t.accountId = :accountId and t.usedAt is null")
	int useAllOfAccount(Long accountId, Instant now);

	/** Forgets tokens that expired long ago. */
	@Modifying
	@Query("delete from PasswordResetToken t where t.expiresAt < :before")
	int deleteExpiredBefore(Instant before);

}
