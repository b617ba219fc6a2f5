package org.migrantportal.accounts;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

	/** Uses an unused code: 1 when it was there and unused, else 0. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update RecoveryCode c set c.usedAt = :now where c.accountId = :accountId and c.codeHash = :codeHash "
			+ "and c.usedAt is null")
	int use(Long accountId, String codeHash, Instant now);

	long countByAccountIdAndUsedAtIsNull(Long accountId);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from RecoveryCode c where c.accountId = :accountId")
	void deleteAllOfAccount(Long accountId);

}
